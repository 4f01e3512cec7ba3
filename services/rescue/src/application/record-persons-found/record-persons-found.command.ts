import { Command } from '@nestjs/cqrs';
import type { PersonFound } from '../../domain';
import type { CommandRequest, StreamOutcome } from '../shared/command-request';

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
    readonly request: CommandRequest,
    readonly operationId: string,
    readonly input: RecordPersonsFoundInput,
  ) {
    super();
  }
}
