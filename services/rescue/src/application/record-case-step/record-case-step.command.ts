import { Command } from '@nestjs/cqrs';
import type { CallerContext } from '@setu/service-kit';
import type { RescueCaseStep } from '../../domain';
import type { StreamOutcome } from '../shared/stream-outcome';

/** A post-rescue step of one child: where held, counsellor, medical, age, interpreter, CWC. */
export class RecordCaseStepCommand extends Command<StreamOutcome> {
  constructor(
    readonly request: CallerContext,
    readonly caseId: string,
    readonly step: RescueCaseStep,
  ) {
    super();
  }
}
