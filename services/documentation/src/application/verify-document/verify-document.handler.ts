import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { documentsDecider } from '../../domain';
import { documentsStream } from '../shared/caller-context';
import type { CommandOutcome } from '../shared/command-outcome';
import { jurisdictionOfDistrict, recordOn } from '../shared/record-on-stream';
import { VerifyDocumentCommand } from './verify-document.command';

@CommandHandler(VerifyDocumentCommand)
export class VerifyDocumentHandler implements ICommandHandler<VerifyDocumentCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ caseId, documentId, committee, district, outcome, at, caller }: VerifyDocumentCommand): Promise<CommandOutcome> {
    const result = await recordOn(
      { store: this.store, ids: this.ids, decider: documentsDecider },
      documentsStream(caseId),
      { type: 'VerifyDocument', data: { caseId, documentId, committee, district, outcome }, occurredAt: at },
      caller,
      jurisdictionOfDistrict(caller, district),
    );
    return { revision: result.nextExpectedRevision };
  }
}
