import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PG_POOL } from '@setu/platform';
import { PostgresCaseReferenceSequence, provideCaseDirectory, provideStreamWriter } from '@setu/service-kit';
import type { Pool } from 'pg';
import { BatchesController } from './api/batches/batches.http.controller';
import { FollowUpController } from './api/cases/follow-up.http.controller';
import { ProtectionController } from './api/cases/protection.http.controller';
import { ReintegrationCasesController } from './api/cases/reintegration-cases.http.controller';
import { TransfersController } from './api/cases/transfers.http.controller';
import { FactRecorder } from './api/shared/fact-recorder';
import { FactWriter, REINTEGRATION_COMMAND_HANDLERS, REINTEGRATION_QUERY_HANDLERS, REINTEGRATION_SOURCE } from './application';
import { NEXT_CASE_REFERENCE_SEQUENCE } from './infrastructure/case-reference.queries';
import { CASE_REFERENCE_SEQUENCE } from './reintegration.di-tokens';

/** Transfer to the home district, repatriation batches and follow-up in Bihar (stages 7 and 8). */
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [ReintegrationCasesController, TransfersController, FollowUpController, ProtectionController, BatchesController],
  providers: [
    ...REINTEGRATION_COMMAND_HANDLERS,
    ...REINTEGRATION_QUERY_HANDLERS,
    FactRecorder,
    FactWriter,
    provideStreamWriter(REINTEGRATION_SOURCE),
    provideCaseDirectory(),
    {
      provide: CASE_REFERENCE_SEQUENCE,
      useFactory: (pool: Pool) => new PostgresCaseReferenceSequence(pool, NEXT_CASE_REFERENCE_SEQUENCE),
      inject: [PG_POOL],
    },
  ],
})
export class ReintegrationModule {}
