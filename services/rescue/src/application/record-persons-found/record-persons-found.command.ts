import { Command } from '@nestjs/cqrs';
import type { CallerContext } from '@setu/service-kit';
import type { PersonFound } from '../../domain';
import type { StreamOutcome } from '../shared/stream-outcome';

export interface RecordPersonsFoundInput {
  readonly foundAt: Date;
  /** Ids are given to the persons here. */
  readonly persons: readonly Omit<PersonFound, 'personId'>[];
}

export interface PersonsFoundOutcome extends StreamOutcome {
  readonly personIds: readonly string[];
}

export class RecordPersonsFoundCommand extends Command<PersonsFoundOutcome> {
  constructor(
    readonly request: CallerContext,
    readonly operationId: string,
    readonly input: RecordPersonsFoundInput,
  ) {
    super();
  }
}
