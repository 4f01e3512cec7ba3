import { Command } from '@nestjs/cqrs';
import type { CallerContext } from '@setu/service-kit';
import type { IdentifyChild } from '../../domain';

/** The child as identified at the scene; the case id, reference and rescue come from here. */
export type IdentifyChildInput = Omit<
  IdentifyChild['data'],
  'caseId' | 'reference' | 'operationId' | 'rescueState' | 'rescueDistrictCode' | 'rescuedAt'
> & { readonly identifiedAt: Date };

export interface ChildIdentifiedOutcome {
  readonly caseId: string;
  readonly reference: string;
  /** The case stream's revision (the ETag of the new case). */
  readonly revision: number;
  readonly operationRevision: number;
}

export class IdentifyChildCommand extends Command<ChildIdentifiedOutcome> {
  constructor(
    readonly request: CallerContext,
    readonly operationId: string,
    readonly input: IdentifyChildInput,
  ) {
    super();
  }
}
