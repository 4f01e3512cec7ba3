import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, PG_POOL } from '@setu/platform';
import type { Pool } from 'pg';
import { BatchesController } from './api/batches/batches.http.controller';
import { FollowUpController } from './api/cases/follow-up.http.controller';
import { ProtectionController } from './api/cases/protection.http.controller';
import { ReintegrationCasesController } from './api/cases/reintegration-cases.http.controller';
import { TransfersController } from './api/cases/transfers.http.controller';
import { FactRecorder } from './api/shared/fact-recorder';
import { REINTEGRATION_COMMAND_HANDLERS, REINTEGRATION_QUERY_HANDLERS } from './application';
import { EventStoreCaseDirectory } from './infrastructure/event-store-case-directory';
import { PostgresCaseReferenceSequence } from './infrastructure/postgres-case-reference-sequence';
import { CASE_DIRECTORY, CASE_REFERENCE_SEQUENCE } from './reintegration.di-tokens';

/** Transfer to the home district, repatriation batches and follow-up in Bihar (stages 7 and 8). */
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [ReintegrationCasesController, TransfersController, FollowUpController, ProtectionController, BatchesController],
  providers: [
    ...REINTEGRATION_COMMAND_HANDLERS,
    ...REINTEGRATION_QUERY_HANDLERS,
    FactRecorder,
    { provide: CASE_DIRECTORY, useFactory: (store: EventStore) => new EventStoreCaseDirectory(store), inject: [EVENT_STORE] },
    { provide: CASE_REFERENCE_SEQUENCE, useFactory: (pool: Pool) => new PostgresCaseReferenceSequence(pool), inject: [PG_POOL] },
  ],
})
export class ReintegrationModule {}
