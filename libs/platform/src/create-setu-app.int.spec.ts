import { Body, Controller, Get, Module, Param, Post, type INestApplication } from '@nestjs/common';
import { useTestDatabase } from '@setu/postgres/testing';
import { createLogger, createSetuApp, DomainError, loadConfig, PROBLEM_CONTENT_TYPE } from '@setu/platform';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, ValidateNested } from 'class-validator';
import { tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import { Pool } from 'pg';
import request from 'supertest';

class TeamMemberDto {
  @IsString() agency!: string;
  @IsIn(['police', 'ngo']) kind!: string;
}

class RecordRescueDto {
  @IsString() place!: string;
  @IsInt() @Max(17) age!: number;
  @ValidateNested({ each: true }) @Type(() => TeamMemberDto) team!: TeamMemberDto[];
}

class CaseNotFoundError extends DomainError {
  constructor() {
    super('CASE_NOT_FOUND', 'not_found', 'No case has this id.');
  }
}

@Controller()
class ProbeController {
  @Post('rescues')
  record(@Body() dto: RecordRescueDto) {
    return { place: dto.place, members: dto.team.length };
  }

  @Get('cases/:caseId')
  find(@Param('caseId') _caseId: string): never {
    throw new CaseNotFoundError();
  }

  @Get('conflict')
  conflict(): never {
    throw Object.assign(new Error('stream rescue-1: expected 1, actual 2'), { code: 'CONCURRENCY_CONFLICT', expected: 1, actual: 2 });
  }

  @Get('boom')
  boom(): never {
    throw new Error('duplicate key: Key (name)=(Rahul Kumar) already exists');
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

/** No authentication: these tests are about the platform; @setu/access has its own. */
@Module({})
class NoAuthModule {}

describe('createSetuApp', () => {
  const db = useTestDatabase();
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split('\n').filter((l) => l !== ''));
      done();
    },
  });
  const config = loadConfig({ SETU_DATA_DIR: tmpdir() });
  let app: INestApplication;

  beforeAll(async () => {
    app = await createSetuApp({
      config,
      pool: db.pool,
      auth: { module: NoAuthModule },
      modules: [ProbeModule],
      logger: createLogger({ logLevel: 'info' }, sink),
    });
  });
  afterAll(() => app?.close());

  const http = () => request(app.getHttpServer());

  it('reports the database up on /health', async () => {
    const res = await http().get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('reports the database down on /health with 503', async () => {
    const unreachable = new Pool({ connectionString: 'postgres://setu@127.0.0.1:1/setu', connectionTimeoutMillis: 1000 });
    const other = await createSetuApp({ config, pool: unreachable, auth: { module: NoAuthModule }, logger: createLogger({ logLevel: 'silent' }) });
    try {
      const res = await request(other.getHttpServer()).get('/health').expect(503);
      expect(res.body).toMatchObject({ status: 'error', error: { database: { status: 'down', message: 'database not reachable' } } });
      expect(JSON.stringify(res.body)).not.toContain('127.0.0.1');
    } finally {
      await other.close();
      await unreachable.end();
    }
  });

  it('serves Prometheus metrics with request durations by route pattern', async () => {
    await http().get('/cases/0190a3c4-0000-7000-8000-000000000001');
    const res = await http().get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toContain('process_cpu_user_seconds_total');
    expect(res.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/cases\/:caseId",status="404"\} 1/);
    expect(res.text).not.toContain('0190a3c4');
  });

  it('serves an OpenAPI 3 document with bearer security at /docs/openapi.json', async () => {
    const res = await http().get('/docs/openapi.json').expect(200);
    const doc = res.body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info).toMatchObject({ title: 'Setu API', version: expect.any(String) });
    for (const item of Object.values<Record<string, { responses: object }>>(doc.paths)) {
      for (const operation of Object.values(item)) expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
    }
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/rescues'].post.responses['401']).toBeDefined();
    expect(doc.paths['/health'].get.security).toEqual([]);
    expect(doc.paths['/metrics']).toBeUndefined();
    expect(JSON.stringify(doc)).not.toContain('x-setu-public');
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await http().get('/docs/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('swagger-ui');
    const bare = await http().get('/docs');
    expect([200, 301]).toContain(bare.status);
  });

  it('accepts a valid body', async () => {
    await http()
      .post('/rescues')
      .send({ place: 'Jaipur', age: 12, team: [{ agency: 'AHTU', kind: 'police' }] })
      .expect(201, { place: 'Jaipur', members: 1 });
  });

  it('names each bad field of a body, nested ones by path', async () => {
    const res = await http()
      .post('/rescues')
      .send({ place: 'Jaipur', age: 30, team: [{ agency: 5, kind: 'police' }], extra: true })
      .expect(400);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', title: 'Validation failed' });
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['age', 'extra', 'team[0].agency']);
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const res = await http().post('/rescues').set('Content-Type', 'application/json').send('{"place": Rahul').expect(400);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body).toMatchObject({ code: 'BAD_REQUEST', detail: 'The request body is not valid JSON.' });
  });

  it('maps a domain error by its code', async () => {
    const res = await http().get('/cases/42').expect(404);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body).toMatchObject({ type: 'urn:setu:problem:case-not-found', code: 'CASE_NOT_FOUND', status: 404 });
  });

  it("maps the event store's concurrency conflict to 409 with the actual revision", async () => {
    const res = await http().get('/conflict').expect(409);
    expect(res.body).toMatchObject({ code: 'CONCURRENCY_CONFLICT', actualRevision: 2, expectedRevision: 1 });
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const res = await http().get('/nowhere?name=Rahul').expect(404);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(JSON.stringify(res.body)).not.toContain('Rahul');
  });

  it('hides an unexpected error from the client and its message from the log', async () => {
    const res = await http().get('/boom').set('X-Correlation-Id', 'boom-1').expect(500);
    expect(res.body).toMatchObject({ status: 500, code: 'INTERNAL', correlationId: 'boom-1' });
    expect(JSON.stringify(res.body)).not.toContain('Rahul');
    const logged = logLines.map((l) => JSON.parse(l)).find((l) => l.correlationId === 'boom-1' && l.err !== undefined);
    expect(logged.err).toMatchObject({ type: 'Error' });
    expect(logged.err.stack.length).toBeGreaterThan(0);
  });

  it('echoes a correlation id or makes one', async () => {
    const given = await http().get('/health').set('X-Correlation-Id', 'abc-123');
    expect(given.headers['x-correlation-id']).toBe('abc-123');
    const made = await http().get('/health');
    expect(made.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    const forged = await http().get('/health').set('X-Correlation-Id', 'x" level=fatal');
    expect(forged.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs method, route pattern, status, duration and correlation id, and no personal data', async () => {
    await http()
      .post('/rescues?name=Rahul%20Kumar')
      .set('Authorization', 'Bearer secret-token-value')
      .set('X-Correlation-Id', 'log-1')
      .send({ place: 'Rahul Kumar house', age: 12, team: [] })
      .expect(201);
    const all = logLines.join('\n');
    expect(all).not.toContain('Rahul');
    expect(all).not.toContain('secret-token-value');
    const line = logLines.map((l) => JSON.parse(l)).find((l) => l.correlationId === 'log-1');
    expect(line).toMatchObject({ method: 'POST', route: '/rescues', status: 201, msg: 'request' });
    expect(typeof line.durationMs).toBe('number');
  });
});
