import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PG_POOL } from '@setu/platform';
import { PostgresCaseReferenceSequence, provideStreamWriter } from '@setu/service-kit';
import type { Pool } from 'pg';
import { RescueCasesController } from './api/cases/rescue-cases.http.controller';
import { RescueOperationsController } from './api/operations/rescue-operations.http.controller';
import { ReferenceController } from './api/reference/reference.http.controller';
import { RESCUE_COMMAND_HANDLERS, RESCUE_QUERY_HANDLERS, RESCUE_SOURCE } from './application';
import { NEXT_CASE_REFERENCE_SEQUENCE } from './infrastructure';
import { CASE_REFERENCE_SEQUENCE } from './rescue.di-tokens';

/** Rescue operations, the children identified in them and their first steps after the rescue (stages 1-2). */
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [RescueOperationsController, RescueCasesController, ReferenceController],
  providers: [
    ...RESCUE_COMMAND_HANDLERS,
    ...RESCUE_QUERY_HANDLERS,
    provideStreamWriter(RESCUE_SOURCE),
    { provide: CASE_REFERENCE_SEQUENCE, useFactory: (pool: Pool) => new PostgresCaseReferenceSequence(pool, NEXT_CASE_REFERENCE_SEQUENCE), inject: [PG_POOL] },
  ],
})
export class RescueModule {}
