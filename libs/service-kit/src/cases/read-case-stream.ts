import type { EventStore, ReadStreamResult } from '@setu/event-store';
import type { CaseDirectory } from './case-directory.port';
import { CaseNotFoundError } from './case.errors';

/**
 * A case's stream in this service. A case opened elsewhere with no fact here yet has an empty
 * stream (revision -1); a case nobody opened is a 404 `CASE_NOT_FOUND` (`detail` says why).
 */
export async function readCaseStream(
  store: EventStore,
  cases: CaseDirectory,
  streamId: string,
  caseId: string,
  detail?: string,
): Promise<ReadStreamResult> {
  const stream = await store.readStream(streamId);
  if (!stream.exists && !(await cases.find(caseId)).exists) throw new CaseNotFoundError(detail);
  return stream;
}
