import request from 'supertest';
import { useLegalTestApp } from '../testing/legal-test-app';

interface Schema {
  $ref?: string;
  example?: unknown;
  items?: Schema;
  allOf?: Schema[];
  properties?: Record<string, Schema>;
}
interface Operation {
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
  parameters?: { name: string; in: string }[];
  tags?: string[];
}

const ENDPOINTS: readonly [method: 'get' | 'post', path: string][] = [
  ['post', '/firs'],
  ['get', '/firs/{firId}'],
  ['post', '/firs/{firId}/victims'],
  ['post', '/firs/{firId}/accused'],
  ['post', '/firs/{firId}/accused/{accusedId}/status'],
  ['post', '/firs/{firId}/bail-hearings'],
  ['post', '/firs/{firId}/charge-sheets'],
  ['post', '/firs/{firId}/summons'],
  ['post', '/firs/{firId}/summons/{summonsId}/service'],
  ['post', '/firs/{firId}/summons/{summonsId}/ngo-notice'],
  ['post', '/firs/{firId}/testimonies'],
  ['post', '/firs/{firId}/judgments'],
  ['post', '/firs/{firId}/appeals'],
  ['post', '/firs/{firId}/appeals/{appealId}/decision'],
  ['get', '/legal/cases/{caseId}'],
  ['post', '/legal/cases/{caseId}/statements'],
  ['post', '/legal/cases/{caseId}/lawyer-authorisations'],
  ['post', '/legal/cases/{caseId}/release-certificates'],
  ['post', '/legal/cases/{caseId}/compensation-claims'],
  ['get', '/legal/cases/{caseId}/compensation-claims/{claimId}'],
  ['post', '/legal/cases/{caseId}/compensation-claims/{claimId}/inquiries'],
  ['post', '/legal/cases/{caseId}/compensation-claims/{claimId}/awards'],
  ['post', '/legal/cases/{caseId}/compensation-claims/{claimId}/payments'],
  ['post', '/legal/cases/{caseId}/compensation-claims/{claimId}/rejections'],
];

describe('the legal service\'s OpenAPI document', () => {
  const legal = useLegalTestApp();

  let doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  beforeAll(async () => {
    doc = (await request(legal.app.getHttpServer()).get('/docs/openapi.json').expect(200)).body;
  });

  /** Every leaf property of a request schema carries an example (nested objects through their own schema). */
  const propertiesWithoutExample = (schema: Schema, seen = new Set<string>()): string[] => {
    if (schema.$ref !== undefined) {
      const name = schema.$ref.split('/').at(-1) ?? '';
      if (seen.has(name)) return [];
      seen.add(name);
      return propertiesWithoutExample(doc.components.schemas[name], seen).map((p) => `${name}.${p}`);
    }
    return Object.entries(schema.properties ?? {}).flatMap(([key, property]) => {
      const nested = property.$ref ?? property.items?.$ref ?? property.allOf?.[0]?.$ref;
      if (nested !== undefined) return propertiesWithoutExample({ $ref: nested }, seen);
      return property.example === undefined ? [key] : [];
    });
  };

  it.each(ENDPOINTS)('documents %s %s with examples of the request and the answer', (method, path) => {
    const operation = doc.paths[path]?.[method];
    expect(operation).toBeDefined();
    if (operation === undefined) return;
    expect(operation.tags?.some((t) => t.startsWith('Legal'))).toBe(true);
    const success = operation.responses[method === 'post' && (path === '/firs' || path.endsWith('compensation-claims')) ? '201' : '200'];
    expect(success?.content?.['application/json']?.example).toBeDefined();
    for (const status of ['400', '403', '404']) expect(operation.responses[status]?.content?.['application/problem+json']?.example).toBeDefined();
    if (method === 'post') {
      const body = operation.requestBody?.content['application/json']?.schema;
      expect(body).toBeDefined();
      expect(propertiesWithoutExample(body ?? {})).toEqual([]);
      expect(operation.responses['422']).toBeDefined();
      expect(operation.parameters?.map((p) => p.name)).toContain('Idempotency-Key');
    }
  });
});
