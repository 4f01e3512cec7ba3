import { Command } from '@nestjs/cqrs';
import type { RescueCaseStep } from '../../domain';
import type { CommandRequest, StreamOutcome } from '../shared/command-request';

/** A post-rescue step of one child: where held, counsellor, medical, age, interpreter, CWC. */
export class RecordCaseStepCommand extends Command<StreamOutcome> {
  constructor(
    readonly request: CommandRequest,
    readonly caseId: string,
    readonly step: RescueCaseStep,
  ) {
    super();
  }
}
