import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { CARE_CONTROLLERS } from './api';
import { CARE_COMMAND_HANDLERS, CARE_QUERY_HANDLERS } from './application';
import { RESCUE_CASES } from './care.di-tokens';
import { EventStoreRescueCases } from './infrastructure';

/**
 * The care service (Rajasthan): shelter placement, counselling, the individual care plan, health
 * checks, learning tests, the bank account and discharge, on `care-<caseId>`.
 */
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: CARE_CONTROLLERS,
  providers: [
    ...CARE_COMMAND_HANDLERS,
    ...CARE_QUERY_HANDLERS,
    { provide: RESCUE_CASES, useFactory: (store: EventStore) => new EventStoreRescueCases(store), inject: [EVENT_STORE] },
  ],
})
export class CareModule {}
