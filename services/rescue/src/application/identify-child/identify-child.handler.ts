import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { jurisdictionOf } from '@setu/access';
import { ConcurrencyError, type RecordedEvent } from '@setu/event-store';
import { assertKnownCodes, recordOnStream, STREAM_WRITER, type CallerContext, type CaseReferenceSequence, type StreamWriter } from '@setu/service-kit';
import {
  caseReference,
  caseStreamId,
  operationStreamId,
  referenceYear,
  rescueCaseDecider,
  rescueOperationDecider,
  type ExistingOperation,
} from '../../domain';
import { CASE_REFERENCE_SEQUENCE } from '../../rescue.di-tokens';
import { existingOperation } from '../shared/jurisdiction';
import { loadStream } from '../shared/load-stream';
import { IdentifyChildCommand, type ChildIdentifiedOutcome, type IdentifyChildInput } from './identify-child.command';

// Two streams, no transaction across them. The operation records the link first, and the case
// is opened second, so the link is the record that the case was meant to exist. A retry with the
// same Idempotency-Key after a failure in between finds that link and completes the same case
// (same id, same reference) instead of opening another.
const LINK_RETRIES = 30; // a raid finds 5 to 30 children, often identified at the same time

@CommandHandler(IdentifyChildCommand)
export class IdentifyChildHandler implements ICommandHandler<IdentifyChildCommand> {
  constructor(
    @Inject(STREAM_WRITER) private readonly writer: StreamWriter,
    @Inject(CASE_REFERENCE_SEQUENCE) private readonly sequence: CaseReferenceSequence,
  ) {}

  async execute({ request, operationId, input }: IdentifyChildCommand): Promise<ChildIdentifiedOutcome> {
    assertKnownCodes([
      { kind: 'state', field: 'home.state', code: input.home.state },
      { kind: 'district', field: 'home.districtCode', code: input.home.districtCode, state: input.home.state },
    ]);
    const opStream = operationStreamId(operationId);
    const operation = await loadStream(this.writer.store, rescueOperationDecider, opStream);
    const raid = existingOperation(operation.state);
    jurisdictionOf(request.principal, raid.state); // a 403 before a reference number is taken
    const resumed = linkRecordedFor(operation.recorded, request);
    const expectedRevision = resumed === undefined ? request.expectedRevision : undefined;
    // A stale If-Match is refused before a reference number is taken for nothing.
    if (expectedRevision !== undefined && expectedRevision !== operation.revision) {
      throw new ConcurrencyError(opStream, expectedRevision, operation.revision);
    }
    const link = resumed ?? { caseId: this.writer.ids.newId(), reference: await this.nextReference(raid) };
    // The If-Match of the request is the operation's, and only for the first attempt.
    const { expectedRevision: _operationRevision, ...caller } = request;

    const linked = await recordOnStream(
      this.writer,
      rescueOperationDecider,
      opStream,
      { type: 'RecordChildIdentified', occurredAt: input.identifiedAt, data: link },
      caller,
      { jurisdiction: raid.state, expectedRevision, maxRetries: LINK_RETRIES },
    );
    const revision = await this.openCase(link, raid, input, caller);
    return { ...link, revision, operationRevision: linked.nextExpectedRevision };
  }

  private async nextReference(operation: ExistingOperation): Promise<string> {
    const year = referenceYear(new Date(operation.startedAt));
    return caseReference(operation.districtCode, year, await this.sequence.next(operation.districtCode, year));
  }

  private async openCase(
    link: { readonly caseId: string; readonly reference: string },
    operation: ExistingOperation,
    input: IdentifyChildInput,
    caller: CallerContext,
  ): Promise<number> {
    const streamId = caseStreamId(link.caseId);
    const existing = await this.writer.store.readStream(streamId);
    if (existing.exists) return existing.revision; // opened by the attempt being retried
    const { identifiedAt, ...child } = input;
    const result = await recordOnStream(
      this.writer,
      rescueCaseDecider,
      streamId,
      {
        type: 'IdentifyChild',
        occurredAt: identifiedAt,
        data: {
          ...child,
          ...link,
          operationId: operation.operationId,
          rescueState: operation.state,
          rescueDistrictCode: operation.districtCode,
          rescuedAt: new Date(operation.startedAt),
        },
      },
      caller,
      { jurisdiction: operation.state, expectedRevision: 'no_stream' },
    );
    return result.nextExpectedRevision;
  }
}

/** The link an earlier attempt of this same request (same user, same Idempotency-Key) recorded. */
function linkRecordedFor(recorded: readonly RecordedEvent[], request: CallerContext): { caseId: string; reference: string } | undefined {
  if (request.idempotencyKey === undefined) return undefined;
  const earlier = recorded.find(
    (e) =>
      e.type === 'rescue.ChildIdentifiedInOperation' &&
      e.metadata.idempotencyKey === request.idempotencyKey &&
      e.metadata.actor.userId === request.principal.userId,
  );
  if (earlier === undefined) return undefined;
  const { caseId, reference } = earlier.data as { caseId: string; reference: string };
  return { caseId, reference };
}
