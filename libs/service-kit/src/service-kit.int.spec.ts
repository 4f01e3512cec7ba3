import { Body, Controller, Get, Inject, Module, Post, Res } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { CASE_DIRECTORY, type CaseDirectory } from './cases/case-directory.port';
import { EventStoreCaseDirectory, provideCaseDirectory } from './cases/event-store-case-directory.adapter';
import { unknownCases } from './cases/unknown-cases';
import type { CallerContext } from './caller/caller-context';
import { Caller } from './caller/caller.decorator';
import { TextField } from './fields/text.fields';
import { CommandEndpoint } from './openapi/command-endpoint.decorator';
import { problem, validationProblem } from './openapi/problem-docs';
import { ViewEndpoint } from './openapi/view-endpoint.decorator';
import { useServiceTestApp } from './testing/service-test-app';

class NoteDto {
  @TextField({ description: 'the note', example: 'seen at home' }) text!: string;
}

const PROBLEMS = [validationProblem('Malformed', { field: 'text', message: 'text should not be empty' }), problem(422, 'Impossible')];

/** Echoes what the kit hands a controller, and asks the case directory. */
@Controller('kit')
class KitTestController {
  constructor(@Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory) {}

  @Post('notes')
  @CommandEndpoint({ tag: 'kit', summary: 'A fact', body: NoteDto, answer: { revision: 1 }, problems: PROBLEMS })
  note(@Body() _dto: NoteDto, @Caller() caller: CallerContext) {
    return { ...caller, principal: caller.principal.userId };
  }

  @Post('openings')
  @CommandEndpoint({ summary: 'An opening', answer: { revision: 0 }, location: 'the new record', conditional: false, problems: PROBLEMS })
  open(@Caller({ ifMatch: false }) caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    res.setHeader('Location', '/kit/notes');
    return { expectedRevision: caller.expectedRevision ?? null };
  }

  @Get('cases')
  @ViewEndpoint({ summary: 'The cases', example: {}, problems: [] })
  find() {
    return this.cases.find(randomUUID());
  }
}

@Module({ controllers: [KitTestController], providers: [provideCaseDirectory()] })
class KitTestModule {}

describe('@setu/service-kit in an app', () => {
  const t = useServiceTestApp({ modules: [KitTestModule], principal: { userId: 'fw-1', states: ['BR'] } });

  describe('@Caller()', () => {
    it('hands over the principal, the correlation id, the Idempotency-Key and If-Match', async () => {
      const res = await t.post('/kit/notes', { text: 'a' }, { 'X-Correlation-Id': 'corr-kit-1', 'Idempotency-Key': 'key-1', 'If-Match': '"3"' }).expect(200);
      expect(res.body).toEqual({ principal: 'fw-1', correlationId: 'corr-kit-1', idempotencyKey: 'key-1', expectedRevision: 3 });
    });

    it('reads If-Match "-1" as -1, leaves out what was not sent, and refuses a malformed If-Match', async () => {
      expect((await t.post('/kit/notes', { text: 'b' }, { 'If-Match': '"-1"' }).expect(200)).body.expectedRevision).toBe(-1);
      expect(Object.keys((await t.post('/kit/notes', { text: 'c' }).expect(200)).body).sort()).toEqual(['correlationId', 'principal']);
      expect((await t.post('/kit/notes', { text: 'd' }, { 'If-Match': 'latest' }).expect(400)).body).toMatchObject({ code: 'IF_MATCH_INVALID' });
    });

    it('does not read If-Match for a command that opens its stream', async () => {
      expect((await t.post('/kit/openings', {}, { 'If-Match': 'latest' }).expect(201)).body).toEqual({ expectedRevision: null });
    });
  });

  it('documents a command: its status, headers, answer and problems', async () => {
    const doc = (await t.http().get('/docs/openapi.json').expect(200)).body;
    const note = doc.paths['/kit/notes'].post;
    expect(Object.keys(note.responses).sort()).toEqual(['200', '400', '401', '422']);
    expect(Object.keys(note.responses['200'].headers)).toEqual(['ETag']);
    expect(note.responses['200'].content['application/json'].example).toEqual({ revision: 1 });
    expect(note.responses['400'].content['application/problem+json'].example).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    expect(note.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Idempotency-Key', 'If-Match']));
    const opening = doc.paths['/kit/openings'].post;
    expect(Object.keys(opening.responses['201'].headers).sort()).toEqual(['ETag', 'Location']);
    expect(opening.parameters.map((p: { name: string }) => p.name)).not.toContain('If-Match');
    expect(doc.paths['/kit/cases'].get.responses['200'].headers).toHaveProperty('ETag');
  });

  describe('the case directory', () => {
    const actor = { userId: 'fw-1', orgId: 'org-1', role: 'fieldworker' };
    const metadata = { actor, jurisdiction: 'BR' as const, correlationId: 'c', causationId: 'c', source: 'setu.test' };
    const openedAtHome = (caseId: string) => ({
      type: 'reintegration.CaseOpened',
      schemaVersion: 1,
      occurredAt: new Date('2026-05-02T06:00:00.000Z'),
      data: { caseId, home: { districtCode: 'BR-GAY' } },
      metadata,
    });

    it('knows a case by its opening: when, in which state, and the state of the child\'s home', async () => {
      const rescued = await t.openRescueCase({ occurredAt: new Date('2026-03-10T05:00:00.000Z'), data: { home: { state: 'BR' } } });
      const directory = new EventStoreCaseDirectory(t.store);
      expect(await directory.find(rescued)).toEqual({ exists: true, openedAt: '2026-03-10T05:00:00.000Z', state: 'RJ', homeState: 'BR' });
      expect(await directory.find(randomUUID())).toEqual({ exists: false });
      expect((await t.get('/kit/cases').expect(200)).body).toEqual({ exists: false });
    });

    it('takes a case opened by reintegration unless told to ask rescue only', async () => {
      const caseId = randomUUID();
      await t.store.append(`reintegration-${caseId}`, [openedAtHome(caseId)], 'no_stream');
      expect(await new EventStoreCaseDirectory(t.store).find(caseId)).toEqual({ exists: true, openedAt: '2026-05-02T06:00:00.000Z', state: 'BR', homeState: 'BR' });
      expect(await new EventStoreCaseDirectory(t.store, ['rescue']).find(caseId)).toEqual({ exists: false });
    });

    it('takes a rescued child\'s case as rescue opened it, and a stream that does not start with an opening as none', async () => {
      const rescued = await t.openRescueCase({ occurredAt: new Date('2026-03-10T05:00:00.000Z') });
      await t.store.append(`reintegration-${rescued}`, [{ ...openedAtHome(rescued), type: 'reintegration.TransferOrdered' }], 'no_stream');
      expect(await new EventStoreCaseDirectory(t.store).find(rescued)).toEqual({ exists: true, openedAt: '2026-03-10T05:00:00.000Z', state: 'RJ' });
      const orphan = randomUUID();
      await t.store.append(`reintegration-${orphan}`, [{ ...openedAtHome(orphan), type: 'reintegration.TransferOrdered' }], 'no_stream');
      expect(await new EventStoreCaseDirectory(t.store).find(orphan)).toEqual({ exists: false });
    });

    it('names the fields of the cases nobody opened', async () => {
      const known = await t.openRescueCase();
      const refs = [
        { field: 'caseIds[0]', caseId: known },
        { field: 'caseIds[1]', caseId: randomUUID() },
        { field: 'laterCaseId', caseId: undefined },
      ];
      expect(await unknownCases(new EventStoreCaseDirectory(t.store), refs)).toEqual(['caseIds[1]']);
    });
  });

  it('counts and reads back events, and opens rescue cases with the data asked for', async () => {
    const caseId = await t.openRescueCase({ data: { reference: 'RJ-JPR-2026-00042' } });
    expect(await t.countEvents(`rescue-${caseId}`)).toBe(1);
    expect((await t.events(`rescue-${caseId}`))[0]).toMatchObject({ type: 'rescue.ChildIdentified', data: { caseId, reference: 'RJ-JPR-2026-00042' } });
  });
});
