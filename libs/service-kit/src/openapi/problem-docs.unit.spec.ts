import { PROBLEM_CONTENT_TYPE } from '@setu/platform';
import { concurrencyProblem, problem, problemBody, problemExamples } from './problem-docs';

describe('problem docs', () => {
  it('shows a problem as the platform answers it: type and title from the code', () => {
    expect(problemBody(422, { code: 'CASE_UNKNOWN', detail: 'No case has this id.', errors: [{ field: 'caseId', message: 'unknown' }], see: '/x' })).toEqual({
      type: 'urn:setu:problem:case-unknown',
      title: 'Case unknown',
      status: 422,
      code: 'CASE_UNKNOWN',
      detail: 'No case has this id.',
      errors: [{ field: 'caseId', message: 'unknown' }],
      see: '/x',
    });
    expect(problemBody(500, { code: 'DOCUMENT_INTEGRITY_FAILED', title: 'Document integrity check failed' }).title).toBe('Document integrity check failed');
  });

  it('documents a problem with no example, one, or several named ones', () => {
    expect(problem(404, 'No such record.').content[PROBLEM_CONTENT_TYPE]).toEqual({ schema: { $ref: '#/components/schemas/ProblemDetails' } });
    expect(concurrencyProblem().content[PROBLEM_CONTENT_TYPE]).toMatchObject({ example: { status: 409, code: 'CONCURRENCY_CONFLICT', actualRevision: 4 } });
    const named = problemExamples(409, 'Duplicate or stale', { duplicate: { code: 'DUPLICATE_DOCUMENT' }, stale: { code: 'CONCURRENCY_CONFLICT' } });
    expect(named.content[PROBLEM_CONTENT_TYPE]).toMatchObject({
      examples: { duplicate: { value: { code: 'DUPLICATE_DOCUMENT', status: 409 } }, stale: { value: { code: 'CONCURRENCY_CONFLICT' } } },
    });
  });
});
