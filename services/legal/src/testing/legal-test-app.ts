import type { INestApplication } from '@nestjs/common';
import { ReintegrationCaseOpened } from '@setu/contracts';
import type { EventStore } from '@setu/event-store';
import { useServiceTestApp, type ServiceTestApp } from '@setu/service-kit/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { LegalModule } from '../legal.module';

export interface OpenCaseOptions {
  /** Who opened the case: the rescue service (default), or reintegration for a child who came home with no record. */
  readonly by?: 'rescue' | 'reintegration';
  /** The opening event's `occurredAt`: when the child was identified (or first met at home). */
  readonly openedAt?: string;
  /** The child's home district, or null for a home not known. */
  readonly homeDistrict?: string | null;
}

export interface LegalTestApp extends ServiceTestApp {
  /**
   * Opens a case the way the rescue service does (`rescue.ChildIdentified` on `rescue-<caseId>`,
   * in RJ; by default identified on 1 February 2026, a child from Gaya, Bihar); or, with
   * `by: 'reintegration'`, as reintegration does in BR for a child who came home with no record.
   */
  openCase(options?: OpenCaseOptions): Promise<string>;
  /** How many events the legal service has written (`fir-` and `legal-` streams). */
  legalEventCount(): Promise<number>;
}

/** When the cases `openCase` opens are opened, unless told otherwise: 1 February 2026, 10:00 IST. */
export const CASE_OPENED_AT = '2026-02-01T04:30:00.000Z';

/**
 * The legal service alone for a test file (the kit's `useServiceTestApp`): authentication by the
 * local issuer, an RJ caseworker's token unless told otherwise. Use it between beforeAll and afterAll.
 */
export function useLegalTestApp(): LegalTestApp {
  const t = useServiceTestApp({ modules: [LegalModule], principal: { role: 'caseworker', orgId: 'org-synthetic-ngo' }, logLevel: 'silent' });
  const extra: Pick<LegalTestApp, 'openCase' | 'legalEventCount'> = {
    openCase: (options) => openCase(t, options),
    legalEventCount: async () => (await t.countEvents('fir-')) + (await t.countEvents('legal-')),
  };
  // The kit's app exists only between beforeAll and afterAll: read through to it on each use.
  return new Proxy(extra as LegalTestApp, {
    get: (target, key: keyof LegalTestApp) => (key === 'openCase' || key === 'legalEventCount' ? target[key] : t[key]),
  });
}

async function openCase(t: ServiceTestApp, { by = 'rescue', openedAt = CASE_OPENED_AT, homeDistrict = 'BR-GAY' }: OpenCaseOptions = {}): Promise<string> {
  const home = homeDistrict === null ? {} : { districtCode: homeDistrict };
  if (by === 'rescue') {
    // Only the fields legal reads, and enough to tell the story: not a full event of the schema.
    const data = { reference: 'RJ-JPR-2026-00042', rescueState: 'RJ', rescuedAt: openedAt, identifiedAt: openedAt, home: { ...home, ...(homeDistrict === null ? {} : { state: homeDistrict.slice(0, 2) }) } };
    return t.openRescueCase({ occurredAt: new Date(openedAt), data });
  }
  return openReintegrationCase(t.store, openedAt, home);
}

/** A `reintegration.CaseOpened` on `reintegration-<caseId>`, in BR: a child first met at home. */
async function openReintegrationCase(store: EventStore, openedAt: string, home: { readonly districtCode?: string }): Promise<string> {
  const caseId = randomUUID();
  const metadata = {
    actor: { userId: 'fieldworker', orgId: 'ngo-gaya', role: 'ngo-caseworker' },
    jurisdiction: 'BR' as const,
    correlationId: randomUUID(),
    causationId: randomUUID(),
    source: 'setu.test',
  };
  const data = { caseId, reference: 'BR-GAY-2026-00007', identifiedAt: openedAt, home };
  await store.append(`reintegration-${caseId}`, [{ type: ReintegrationCaseOpened.type, schemaVersion: 1, occurredAt: new Date(openedAt), data, metadata }], 'no_stream');
  return caseId;
}

/** supertest with the bearer token set. */
export function authed(app: INestApplication, token: string) {
  const http = () => request(app.getHttpServer());
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);
  return {
    get: (url: string) => auth(http().get(url)),
    post: (url: string, body?: object) => auth(http().post(url)).send(body ?? {}),
  };
}
