import { Body, Controller, Get, Inject, Injectable, Module, Param, Post, Res, type CanActivate, type ExecutionContext, type INestApplication } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { EventStore } from '@setu/event-store';
import { sampleEvent } from '@setu/event-store/testing';
import {
  createLogger,
  createSetuApp,
  EVENT_STORE,
  ID_GENERATOR,
  IdempotencyKey,
  IfMatch,
  IsPastOrNow,
  loadConfig,
  revisionHeaders,
  setRequestUser,
  type IdGenerator,
} from '@setu/platform';
import { useTestDatabase } from '@setu/postgres/testing';
import { IsISO8601, IsString } from 'class-validator';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import request from 'supertest';

class RecordStepDto {
  @IsString() note!: string;
  @IsISO8601({ strict: true }) @IsPastOrNow() occurredAt!: string;
}

let handled = 0;
let release: (() => void) | undefined;

@Controller('probes')
class ProbeController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post()
  async create(@Body() dto: RecordStepDto, @IdempotencyKey() key: string | undefined, @Res({ passthrough: true }) res: ServerResponse) {
    handled += 1;
    if (dto.note === 'slow') await new Promise<void>((resolve) => (release = resolve));
    if (dto.note === 'fail') throw new Error('first attempt failed');
    const id = this.ids.newId();
    const result = await this.store.append(`probe-${id}`, [{ ...sampleEvent('probe.Created', { key: key ?? null }) }], 'no_stream');
    revisionHeaders(res, result.nextExpectedRevision, `/probes/${id}`);
    return { id, revision: result.nextExpectedRevision };
  }

  @Post(':id/steps')
  async step(@Param('id') id: string, @IfMatch() revision: number | undefined, @Res({ passthrough: true }) res: ServerResponse) {
    const result = await this.store.append(`probe-${id}`, [sampleEvent('probe.Stepped')], revision ?? 'any');
    revisionHeaders(res, result.nextExpectedRevision);
    return { revision: result.nextExpectedRevision };
  }

  @Get(':id')
  async read(@Param('id') id: string, @Res({ passthrough: true }) res: ServerResponse) {
    const stream = await this.store.readStream(`probe-${id}`);
    revisionHeaders(res, stream.revision);
    return { events: stream.events.length };
  }
}

/** Stands in for @setu/access: the user is named by a header, so these tests stay about the platform. */
@Injectable()
class HeaderUserGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    setRequestUser(req, req.headers['x-test-user'] ?? 'user-a');
    return true;
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

@Module({ providers: [{ provide: APP_GUARD, useClass: HeaderUserGuard }] })
class HeaderAuthModule {}

describe('command conventions: Idempotency-Key, If-Match, ETag, event store', () => {
  let app: INestApplication;
  afterAll(() => app?.close()); // before the database's own afterAll
  const db = useTestDatabase();
  beforeAll(async () => {
    app = await createSetuApp({
      config: loadConfig({ SETU_DATA_DIR: tmpdir() }),
      pool: db.pool,
      auth: { module: HeaderAuthModule },
      modules: [ProbeModule],
      logger: createLogger({ logLevel: 'silent' }),
    });
  });
  const http = () => request(app.getHttpServer());
  const body = (note = 'synthetic') => ({ note, occurredAt: '2026-03-14T05:30:00Z' });
  const probeEvents = async () =>
    (await db.pool.query<{ n: string }>("SELECT count(*) AS n FROM setu_events WHERE type = 'probe.Created'")).rows[0].n;

  it('answers a retried POST with the first response and writes nothing new', async () => {
    const before = await probeEvents();
    const first = await http().post('/probes').set('Idempotency-Key', 'k-1').send(body()).expect(201);
    const retry = await http().post('/probes').set('Idempotency-Key', 'k-1').send(body()).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers.etag).toBe('"0"');
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(Number(await probeEvents())).toBe(Number(before) + 1);
  });

  it('scopes keys to the user and refuses a key reused for another request', async () => {
    const a = await http().post('/probes').set('Idempotency-Key', 'k-2').send(body()).expect(201);
    const b = await http().post('/probes').set('Idempotency-Key', 'k-2').set('x-test-user', 'user-b').send(body()).expect(201);
    expect(b.body.id).not.toBe(a.body.id);
    const reused = await http().post('/probes').set('Idempotency-Key', 'k-2').send(body('other')).expect(422);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('lets a retry run again after the first attempt failed, and refuses a concurrent duplicate', async () => {
    await http().post('/probes').set('Idempotency-Key', 'k-3').send(body('fail')).expect(500);
    await http().post('/probes').set('Idempotency-Key', 'k-3').send(body('fail')).expect(500);
    handled = 0;
    const slow = http().post('/probes').set('Idempotency-Key', 'k-4').send(body('slow')).then((r) => r);
    while (release === undefined) await new Promise((r) => setTimeout(r, 5));
    const concurrent = await http().post('/probes').set('Idempotency-Key', 'k-4').send(body('slow')).expect(409);
    expect(concurrent.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
    release();
    expect((await slow).status).toBe(201);
    expect(handled).toBe(1);
  });

  it('refuses a malformed Idempotency-Key naming the header', async () => {
    const res = await http().post('/probes').set('Idempotency-Key', 'x'.repeat(300)).send(body()).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    // Only revisions are entity tags: no content hash on a problem (it would come back as If-Match).
    expect(res.headers.etag).toBeUndefined();
  });

  it('turns If-Match into the expected revision: 409 with the actual revision when stale', async () => {
    const created = await http().post('/probes').send(body()).expect(201);
    const id = created.body.id as string;
    await http().post(`/probes/${id}/steps`).set('If-Match', '"0"').expect(201).expect('ETag', '"1"');
    const stale = await http().post(`/probes/${id}/steps`).set('If-Match', '"0"').expect(409);
    expect(stale.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualRevision: 1 });
    await http().get(`/probes/${id}`).expect(200).expect('ETag', '"1"');
    const bad = await http().post(`/probes/${id}/steps`).set('If-Match', 'yesterday').expect(400);
    expect(bad.body).toMatchObject({ code: 'IF_MATCH_INVALID' });
  });

  it('refuses a time in the future beyond the clock skew, naming the field', async () => {
    const future = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const res = await http().post('/probes').send({ note: 'x', occurredAt: future }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'occurredAt' })]);
    await http().post('/probes').send({ note: 'x', occurredAt: new Date(Date.now() + 60 * 1000).toISOString() }).expect(201);
  });
});
