import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { caseReference, caseStreamId, referenceYear, reintegrationCaseDecider, type OpenCase } from '../../domain';
import { CASE_REFERENCE_SEQUENCE } from '../../reintegration.di-tokens';
import { caseFactJurisdiction } from '../jurisdiction';
import type { CaseReferenceSequence } from '../ports';
import { recordOnStream } from '../record-on-stream';
import { OpenCaseCommand, type OpenedCase } from './open-case.command';

@CommandHandler(OpenCaseCommand)
export class OpenCaseHandler implements ICommandHandler<OpenCaseCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CASE_REFERENCE_SEQUENCE) private readonly sequence: CaseReferenceSequence,
  ) {}

  async execute({ caller, identifiedAt, child }: OpenCaseCommand): Promise<OpenedCase> {
    const caseId = this.ids.newId();
    const district = child.home.districtCode;
    const year = referenceYear(identifiedAt);
    const reference = caseReference(district, year, await this.sequence.next(district, year));
    const command: OpenCase = { type: 'OpenCase', occurredAt: identifiedAt, data: { caseId, reference, ...child } };
    const { revision } = await recordOnStream({ store: this.store, ids: this.ids }, reintegrationCaseDecider, caseStreamId(caseId), command, caller, {
      jurisdiction: caseFactJurisdiction(caller.principal, command),
      expectedRevision: 'no_stream',
    });
    return { caseId, reference, revision };
  }
}
