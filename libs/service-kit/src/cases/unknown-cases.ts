import type { CaseDirectory } from './case-directory.port';

/** A case id in a request, named by the field that carries it (`caseIds[2]`). */
export interface CaseRef {
  readonly field: string;
  readonly caseId: string | undefined;
}

/** The fields of `refs` naming a case that no service opened, in request order. */
export async function unknownCases(directory: CaseDirectory, refs: readonly CaseRef[]): Promise<string[]> {
  const found = await Promise.all(refs.map(async ({ caseId }) => caseId === undefined || (await directory.find(caseId)).exists));
  return refs.filter((_, i) => !found[i]).map(({ field }) => field);
}
