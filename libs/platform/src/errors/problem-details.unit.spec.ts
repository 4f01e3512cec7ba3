import { BadRequestException, NotFoundException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { toProblem } from './problem-details';
import { registerProblemCodes } from './problem-registry';

class CaseNotFoundError extends DomainError {
  constructor() {
    super('CASE_NOT_FOUND', 'not_found', 'No case has this id.');
  }
}

function coded<T extends object>(code: string, message: string, fields: T): Error {
  return Object.assign(new Error(message), { code }, fields);
}

describe('toProblem', () => {
  it('maps a domain error by its category, with its stable code', () => {
    expect(toProblem(new CaseNotFoundError(), 'corr-1')).toEqual({
      status: 404,
      expected: true,
      body: {
        type: 'urn:setu:problem:case-not-found',
        title: 'Case not found',
        status: 404,
        detail: 'No case has this id.',
        instance: 'urn:setu:request:corr-1',
        correlationId: 'corr-1',
        code: 'CASE_NOT_FOUND',
      },
    });
  });

  it('lets a registered code override its category status', () => {
    registerProblemCodes({ CHILD_TOO_OLD: 422 });
    const error = new DomainError('CHILD_TOO_OLD', 'validation', 'Age is above 18.', {
      errors: [{ field: 'age', message: 'age must be at most 18' }],
    });
    expect(toProblem(error).body).toMatchObject({ status: 422, errors: [{ field: 'age' }] });
  });

  it('refuses to register a code twice with different statuses', () => {
    registerProblemCodes({ ONCE: 409 });
    expect(() => registerProblemCodes({ ONCE: 404 })).toThrow(/already registered/);
  });

  it('keeps extensions but never lets them overwrite standard members', () => {
    const error = new DomainError('X_CONFLICT', 'conflict', 'Taken.', { extensions: { status: 200, holder: 'org-2' } });
    expect(toProblem(error).body).toMatchObject({ status: 409, holder: 'org-2' });
  });

  it("maps the event store's concurrency conflict to 409 with the actual revision", () => {
    const error = coded('CONCURRENCY_CONFLICT', 'stream rescue-1: expected 3, actual 5', {
      streamId: 'rescue-1',
      expected: 3,
      actual: 5,
    });
    expect(toProblem(error).body).toMatchObject({
      status: 409,
      code: 'CONCURRENCY_CONFLICT',
      expectedRevision: 3,
      actualRevision: 5,
    });
  });

  it("maps the event store's invalid event to 422 naming the field", () => {
    const error = coded('INVALID_EVENT', 'event 1: type is missing', { index: 1, field: 'type' });
    expect(toProblem(error).body).toMatchObject({ status: 422, errors: [{ field: 'events[1].type' }] });
  });

  it("maps the event store's idempotency conflict to 409", () => {
    expect(toProblem(coded('IDEMPOTENCY_CONFLICT', 'x', { streamId: 's' })).status).toBe(409);
  });

  it('hides everything about an unknown error', () => {
    const error = coded('23505', 'duplicate key value violates unique constraint: Key (name)=(Rahul Kumar)', {});
    const problem = toProblem(error, 'corr-2');
    expect(problem).toMatchObject({ status: 500, expected: false, body: { code: 'INTERNAL' } });
    expect(JSON.stringify(problem.body)).not.toContain('Rahul');
    expect(toProblem('a string').status).toBe(500);
  });

  it("shows only the status of a framework HttpException, whose message may echo the query string", () => {
    const problem = toProblem(new NotFoundException('Cannot GET /cases?name=Rahul'));
    expect(problem.body).toMatchObject({ status: 404, code: 'NOT_FOUND', title: 'Not found' });
    expect(JSON.stringify(problem.body)).not.toContain('Rahul');
  });

  it('maps a body-parser failure to 400 without quoting the body', () => {
    const error = Object.assign(new SyntaxError('Unexpected token R in "{name: Rahul"'), {
      status: 400,
      expose: true,
      type: 'entity.parse.failed',
    });
    expect(toProblem(error).body).toMatchObject({ status: 400, detail: 'The request body is not valid JSON.' });
    expect(JSON.stringify(toProblem(error).body)).not.toContain('Rahul');
    const wrapped = new BadRequestException(error.message, { cause: error });
    expect(toProblem(wrapped).body).toMatchObject({ status: 400, detail: 'The request body is not valid JSON.' });
    expect(JSON.stringify(toProblem(wrapped).body)).not.toContain('Rahul');
  });
});
