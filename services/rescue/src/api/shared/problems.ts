import { problem, type ProblemDoc } from '@setu/service-kit';

const PROBLEMS = {
  400: problem(400, 'Malformed input; `errors` names each bad field. Nothing was written.'),
  403: problem(403, 'The token does not cover the state this record belongs to.'),
  404: problem(404, 'No such record.'),
  409: problem(409, 'The record changed since the If-Match revision (`actualRevision` says where it is), or its state forbids this.'),
  422: problem(422, 'Impossible input: an unknown reference code (`see` points to the list) or a time before the rescue. Nothing was written.'),
} as const;

/** The rescue service's problem answers, by status. */
export function problems(...statuses: (keyof typeof PROBLEMS)[]): ProblemDoc[] {
  return statuses.map((status) => PROBLEMS[status]);
}
