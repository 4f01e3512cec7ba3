import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { piiPaths } from '../event-schema';
import { ChildIdentified, OperationOpened, PersonFoundAtScene, RESCUE_CASE_EVENTS, RESCUE_EVENTS, RESCUE_OPERATION_EVENTS } from './index';

const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));

describe('rescue event contracts', () => {
  it('names every type rescue.<PascalCase>, once, at schema version 1, with a description', () => {
    const types = RESCUE_EVENTS.map((d) => d.type);
    expect(new Set(types).size).toBe(types.length);
    expect(RESCUE_EVENTS).toHaveLength(RESCUE_OPERATION_EVENTS.length + RESCUE_CASE_EVENTS.length);
    for (const definition of RESCUE_EVENTS) {
      expect(definition.type).toMatch(/^rescue\.[A-Z][A-Za-z]+$/);
      expect(definition.schemaVersion).toBe(1);
      expect(definition.schema.description).toEqual(expect.any(String));
      expect(() => ajv.compile(definition.schema)).not.toThrow();
    }
  });

  it('marks the names, the addresses, the village and the photographs as identifying', () => {
    expect(piiPaths(ChildIdentified.schema)).toEqual([
      'names[].text',
      'aliases[]',
      'guardian.name',
      'home.block',
      'home.village',
      'workingConditions.description',
      'photoRefs[]',
    ]);
    expect(piiPaths(OperationOpened.schema)).toEqual(['workshopAddress', 'informedBy.details']);
    expect(piiPaths(PersonFoundAtScene.schema)).toEqual(['name', 'aliases[]', 'description']);
  });

  it('marks nothing about institutions or codes as identifying', () => {
    const all = RESCUE_EVENTS.flatMap((d) => piiPaths(d.schema));
    expect(all.filter((p) => /policeStation|districtCode|facility|cwc|shelterHome|counsellor|examinedBy|reference/.test(p))).toEqual([]);
  });

  it('refuses an age outside 0-25 and a district code of another shape', () => {
    const validate = ajv.compile(ChildIdentified.schema);
    const child = {
      caseId: '0195d3a6-02b4-7d51-8e0a-2c7b9f4d3e12',
      reference: 'RJ-JPR-2026-00042',
      operationId: '0195d3a4-7c10-7a3e-9b21-4f6c2d8e1a01',
      rescueState: 'RJ',
      rescueDistrictCode: 'RJ-JPR',
      rescuedAt: '2026-03-10T04:30:00.000Z',
      identifiedAt: '2026-03-10T05:00:00.000Z',
      names: [{ text: 'Rahul Kumar', script: 'Latn' }],
      aliases: [],
      sex: 'male',
      languages: ['mag'],
      interpreterNeeded: true,
      home: { state: 'BR', districtCode: 'BR-GAY' },
    };
    expect(validate(child)).toBe(true);
    expect(validate({ ...child, ageStated: 26 })).toBe(false);
    expect(validate({ ...child, home: { districtCode: 'Gaya' } })).toBe(false);
  });
});
