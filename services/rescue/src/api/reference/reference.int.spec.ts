import { AGENCY_KINDS, DISTRICTS, LEGAL_SECTIONS } from '@setu/contracts';
import { useRescueTestApp } from '../../testing/rescue-test-app';

interface Operation {
  readonly requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  readonly responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
  readonly parameters?: { name: string; in: string }[];
}

const RESCUE_ROUTES: readonly [string, string][] = [
  ['post', '/rescue-operations'],
  ['get', '/rescue-operations/{operationId}'],
  ['post', '/rescue-operations/{operationId}/persons-found'],
  ['post', '/rescue-operations/{operationId}/evidence'],
  ['post', '/rescue-operations/{operationId}/premises-sealing'],
  ['post', '/rescue-operations/{operationId}/children'],
  ['post', '/rescue-operations/{operationId}/close'],
  ['get', '/rescue/cases/{caseId}'],
  ['post', '/rescue/cases/{caseId}/held-at'],
  ['post', '/rescue/cases/{caseId}/counsellor-visits'],
  ['post', '/rescue/cases/{caseId}/medical-examinations'],
  ['post', '/rescue/cases/{caseId}/age-assessments'],
  ['post', '/rescue/cases/{caseId}/interpreters'],
  ['post', '/rescue/cases/{caseId}/cwc-productions'],
  ['post', '/rescue/cases/{caseId}/cwc-orders'],
  ['get', '/reference/states'],
  ['get', '/reference/districts'],
  ['get', '/reference/agencies'],
  ['get', '/reference/legal-sections'],
];

describe('reference data and the OpenAPI document', () => {
  const rescue = useRescueTestApp();

  it('serves states, districts, agencies and legal sections without a token', async () => {
    const states = await rescue.http().get('/reference/states').expect(200);
    expect(states.body).toEqual([
      { code: 'RJ', name: 'Rajasthan', nameHi: 'राजस्थान' },
      { code: 'BR', name: 'Bihar', nameHi: 'बिहार' },
    ]);
    expect((await rescue.http().get('/reference/districts').expect(200)).body).toHaveLength(DISTRICTS.length);
    const bihar = (await rescue.http().get('/reference/districts?state=BR').expect(200)).body as { code: string; state: string }[];
    expect(bihar.length).toBe(DISTRICTS.filter((d) => d.state === 'BR').length);
    expect(bihar.every((d) => d.state === 'BR' && d.code.startsWith('BR-'))).toBe(true);
    expect(bihar).toContainEqual(expect.objectContaining({ code: 'BR-GAY', name: 'Gaya' }));
    const agencies = (await rescue.http().get('/reference/agencies').expect(200)).body;
    expect(agencies.kinds.map((k: { code: string }) => k.code)).toEqual(AGENCY_KINDS.map((k) => k.code));
    expect(agencies.kinds).toContainEqual(expect.objectContaining({ code: 'ahtu', name: 'Anti-Human Trafficking Unit' }));
    expect(agencies.exampleOrganisations.length).toBeGreaterThan(0);
    const sections = (await rescue.http().get('/reference/legal-sections').expect(200)).body;
    expect(sections).toEqual(LEGAL_SECTIONS);
    expect(sections).toContainEqual(expect.objectContaining({ code: 'BNS-143', oldCodeEquivalent: 'IPC-370' }));
  });

  it('answers an unknown state with 422 pointing to the states', async () => {
    const res = await rescue.http().get('/reference/districts?state=UP').expect(422);
    expect(res.body).toMatchObject({ code: 'UNKNOWN_CODE', see: '/reference/states', errors: [{ field: 'state' }] });
  });

  describe('the OpenAPI document', () => {
    let doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
    beforeAll(async () => {
      doc = (await rescue.http().get('/docs/openapi.json').expect(200)).body;
    });

    it.each(RESCUE_ROUTES)('documents %s %s with an example response and its problems', (method, path) => {
      const operation = doc.paths[path]?.[method];
      if (operation === undefined) throw new Error(`${method} ${path} is not documented`);
      const success = operation.responses[method === 'post' && /children$|operations$/.test(path) ? '201' : '200'];
      expect(success?.content?.['application/json']?.example).toBeDefined();
      if (method === 'post') {
        expect(operation.responses['400']?.content?.['application/problem+json']).toBeDefined();
        expect(operation.parameters?.map((p) => p.name)).toContain('Idempotency-Key');
      }
    });

    it('gives every field of every request body an example, nested ones included', () => {
      for (const [method, path] of RESCUE_ROUTES.filter(([m]) => m === 'post')) {
        expect(doc.paths[path][method].requestBody?.content['application/json']?.schema.$ref).toMatch(/^#\/components\/schemas\/\w+RequestDto$/);
      }
      const dtos = Object.entries(doc.components.schemas).filter(([name]) => name.endsWith('Dto'));
      expect(dtos.length).toBeGreaterThan(20);
      for (const [name, { properties = {} }] of dtos) {
        for (const [field, schema] of Object.entries(properties) as [string, Record<string, unknown>][]) {
          const nested = JSON.stringify(schema).includes('"$ref"');
          const documented = schema.example !== undefined || nested;
          expect({ dto: name, field, documented }).toEqual({ dto: name, field, documented: true });
        }
      }
    });

    it('uses only made-up child names in its examples', () => {
      const text = JSON.stringify(doc);
      expect(text).toContain('Rahul Kumar');
      expect(text).toContain('राहुल कुमार');
    });
  });
});
