import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { provideCaseDirectory, provideStreamWriter } from '@setu/service-kit';
import { CARE_CONTROLLERS } from './api';
import { CARE_COMMAND_HANDLERS, CARE_QUERY_HANDLERS, CARE_SOURCE } from './application';

/**
 * The care service (Rajasthan): shelter placement, counselling, the individual care plan, health
 * checks, learning tests, the bank account and discharge, on `care-<caseId>`. Care is recorded
 * only for a child the rescue service identified (`rescue-<caseId>`).
 */
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: CARE_CONTROLLERS,
  providers: [...CARE_COMMAND_HANDLERS, ...CARE_QUERY_HANDLERS, provideStreamWriter(CARE_SOURCE), provideCaseDirectory(['rescue'])],
})
export class CareModule {}
