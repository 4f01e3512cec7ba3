import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { piiPaths } from '../event-schema';
import { BankAccountOpened, CARE_EVENTS, CarePlanCreated, HealthCheckRecorded } from './index';

const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const CASE = '0195f3a0-0000-7000-8000-0000000c0001';

describe('care event contracts', () => {
  it('names every type care.<PascalCase>, once, at schema version 1', () => {
    const types = CARE_EVENTS.map((d) => d.type);
    expect(new Set(types).size).toBe(types.length);
    for (const definition of CARE_EVENTS) {
      expect(definition.type).toMatch(/^care\.[A-Z][A-Za-z]+$/);
      expect(definition.schemaVersion).toBe(1);
      expect(() => ajv.compile(definition.schema)).not.toThrow();
    }
  });

  it('marks the identifying free text and the account digits, and nothing about institutions', () => {
    expect(piiPaths(HealthCheckRecorded.schema)).toEqual(['findings', 'referrals[].reason']);
    expect(piiPaths(CarePlanCreated.schema)).toEqual(['goals[].goal', 'goals[].actions']);
    expect(piiPaths(BankAccountOpened.schema)).toEqual(['accountNumberLast4']);
    const all = CARE_EVENTS.flatMap((d) => piiPaths(d.schema));
    expect(all.filter((p) => /home|counsellor|examinedBy|facility|bank|branch/.test(p))).toEqual([]);
  });


  it('refuses a full account number', () => {
    const validate = ajv.compile(BankAccountOpened.schema);
    const account = {
      caseId: CASE,
      accountId: '0195f3a0-0000-7000-8000-0000000ba001',
      openedAt: '2026-04-02T06:30:00.000Z',
      bank: 'State Bank of India',
      branch: 'Johari Bazar, Jaipur',
      holder: 'child',
      accountNumberLast4: '4821',
    };
    expect(validate(account)).toBe(true);
    expect(validate({ ...account, accountNumberLast4: '30918274821' })).toBe(false);
  });
});
