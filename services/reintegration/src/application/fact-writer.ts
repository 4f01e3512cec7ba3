import { Inject, Injectable } from '@nestjs/common';
import { type Command, type Decider, type Event } from '@setu/decider';
import {
  assertKnownCodes,
  CASE_DIRECTORY,
  recordOnStream,
  STREAM_WRITER,
  unknownCases,
  UnknownCaseError,
  type CallerContext,
  type CaseDirectory,
  type CaseRef,
  type CodeRef,
  type CommandOutcome,
  type RecordOptions,
  type StreamWriter,
} from '@setu/service-kit';

/** What a fact refers to outside its own stream, by request field. */
export interface FactReferences {
  readonly districts: readonly CodeRef[];
  readonly cases: readonly CaseRef[];
}

/** Commands may name only cases that rescue or reintegration opened: 422 naming each unknown one. */
function casesUnknown(fields: readonly string[]): UnknownCaseError {
  return new UnknownCaseError(fields);
}

/** Records a fact once what it refers to exists: unknown districts, then unknown cases, are a 422. */
@Injectable()
export class FactWriter {
  constructor(
    @Inject(STREAM_WRITER) private readonly writer: StreamWriter,
    @Inject(CASE_DIRECTORY) private readonly cases: CaseDirectory,
  ) {}

  async record<C extends Command, E extends Event, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    fact: C,
    caller: CallerContext,
    references: FactReferences,
    options: RecordOptions,
  ): Promise<CommandOutcome> {
    assertKnownCodes(references.districts);
    const unknown = await unknownCases(this.cases, references.cases);
    if (unknown.length > 0) throw casesUnknown(unknown);
    const result = await recordOnStream(this.writer, decider, streamId, fact, caller, options);
    return { revision: result.nextExpectedRevision };
  }
}
