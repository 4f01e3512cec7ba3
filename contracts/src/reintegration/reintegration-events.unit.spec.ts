import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { piiPaths } from '../event-schema';
import { FollowUpVisited, NeedsAssessed, REINTEGRATION_EVENTS, REPATRIATION_BATCH_EVENTS, ReintegrationCaseClosed } from './index';

const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const CASE = '0196a3f2-7c41-7b1e-9d2a-5e8f1c0a4b71';
const scores = { safety_protection: 2, physical_mental_health: 3, education_skills: 2, livelihood_economic: 1, legal_justice: 2, social_acceptance_empowerment: 3 };

describe('reintegration event contracts', () => {
  it('names every type reintegration.<PascalCase>, once, at schema version 1', () => {
    const types = REINTEGRATION_EVENTS.map((d) => d.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toHaveLength(26);
    for (const definition of REINTEGRATION_EVENTS) {
      expect(definition.type).toMatch(/^reintegration\.[A-Z][A-Za-z]+$/);
      expect(definition.schemaVersion).toBe(1);
      expect(() => ajv.compile(definition.schema)).not.toThrow();
    }
  });

  it('marks names, places, schools, numbers that lead to the family and free text; nothing of institutions or batches', () => {
    const marked = Object.fromEntries(REINTEGRATION_EVENTS.map((d) => [d.type, piiPaths(d.schema)]).filter(([, paths]) => paths.length > 0));
    expect(marked).toEqual({
      'reintegration.CaseOpened': ['names[].text', 'aliases[]', 'guardian.name', 'home.block', 'home.village', 'summary'],
      'reintegration.TransferRefused': ['summary'],
      'reintegration.ChildSentHomeOutsideChannel': ['summary'],
      'reintegration.NeedsAssessed': ['summary'],
      'reintegration.FollowUpVisited': ['metWith[].name', 'summary'],
      'reintegration.SchoolEnrolled': ['schoolName', 'udiseCode'],
      'reintegration.EntitlementApplied': ['applicationNumber'],
      'reintegration.EntitlementReceived': ['documentNumberMasked'],
      'reintegration.LivelihoodSupportProvided': ['summary'],
      'reintegration.ThreatReported': ['summary'],
      'reintegration.ReTraffickingSuspected': ['summary'],
      'reintegration.ReTraffickingConfirmed': ['summary'],
      'reintegration.ReTraffickingRuledOut': ['summary'],
      'reintegration.CaseClosed': ['summary'],
      'reintegration.CaseReopened': ['summary'],
      'reintegration.ChildRemovedFromBatch': ['summary'],
    });
    expect(REPATRIATION_BATCH_EVENTS.flatMap((d) => piiPaths(d.schema)).filter((p) => p !== 'summary')).toEqual([]);
  });

  it('takes scores of 1 to 4 in the six domains only, and no field it does not name', () => {
    const validate = ajv.compile(NeedsAssessed.schema);
    const assessed = { caseId: CASE, assessedAt: '2026-05-05T05:30:00.000Z', scores };
    expect(validate(assessed)).toBe(true);
    expect(validate({ ...assessed, scores: { ...scores, legal_justice: 5 } })).toBe(false);
    expect(validate({ ...assessed, scores: { ...scores, spirituality: 3 } })).toBe(false);
    expect(validate({ ...assessed, scores: { safety_protection: 2 } })).toBe(false);
    expect(validate({ ...assessed, childName: 'x' })).toBe(false);
    const visit = ajv.compile(FollowUpVisited.schema);
    expect(visit({ caseId: CASE, visitedAt: '2026-06-05T05:00:00.000Z', mode: 'phone', metWith: [{ relation: 'mother' }], threatsReported: false, scores: { legal_justice: 2 } })).toBe(true);
    expect(visit({ caseId: CASE, visitedAt: '2026-06-05T05:00:00.000Z', mode: 'phone', metWith: [], threatsReported: false })).toBe(false);
  });

  it('records a closure with its verdict on the domains', () => {
    const validate = ajv.compile(ReintegrationCaseClosed.schema);
    const closed = {
      caseId: CASE,
      closedAt: '2026-10-30T00:00:00.000Z',
      reason: 'turned_18',
      latestScores: { safety_protection: 2 },
      criteriaMetFrom: 3,
      allDomainsMetCriteria: false,
      domainsBelowCriteria: ['safety_protection', 'legal_justice'],
    };
    expect(validate(closed)).toBe(true);
    expect(validate({ ...closed, domainsBelowCriteria: ['safety_protection', 'safety_protection'] })).toBe(false);
  });
});
