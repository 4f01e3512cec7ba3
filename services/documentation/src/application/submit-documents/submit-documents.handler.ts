import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { documentsDecider } from '../../domain';
import { documentsStream } from '../shared/caller-context';
import { jurisdictionOfDistrict, recordOn } from '../shared/record-on-stream';
import { SubmitDocumentsCommand, type SubmissionOutcome } from './submit-documents.command';

@CommandHandler(SubmitDocumentsCommand)
export class SubmitDocumentsHandler implements ICommandHandler<SubmitDocumentsCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ caseId, committee, district, documentIds, at, caller }: SubmitDocumentsCommand): Promise<SubmissionOutcome> {
    const submissionId = this.ids.newId();
    const result = await recordOn(
      { store: this.store, ids: this.ids, decider: documentsDecider },
      documentsStream(caseId),
      {
        type: 'SubmitDocumentsToCwc',
        data: { caseId, submissionId, committee, district, ...(documentIds === undefined ? {} : { documentIds }) },
        occurredAt: at,
      },
      caller,
      jurisdictionOfDistrict(caller, district),
    );
    return { submissionId, revision: result.nextExpectedRevision };
  }
}
