import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { EventStoreCaseDirectory, provideCaseDirectory, provideStreamWriter, type CaseDirectory } from '@setu/service-kit';
import { CompensationController } from './api/compensation/compensation.http.controller';
import { FirsController } from './api/firs/firs.http.controller';
import { LegalCasesController } from './api/legal-cases/legal-cases.http.controller';
import { ProsecutionController } from './api/prosecution/prosecution.http.controller';
import { ExecuteFirCommandHandler } from './application/fir/execute-fir-command.handler';
import { ExecuteLegalCaseCommandHandler } from './application/legal-case/execute-legal-case-command.handler';
import { RESCUED_CASES } from './application/legal.di-tokens';
import { LEGAL_SOURCE } from './application/legal-source';
import { GetFirHandler } from './application/queries/get-fir.handler';
import { GetLegalCaseHandler } from './application/queries/get-legal-case.handler';
import { ReferenceChecks } from './application/references/reference-checks';

const commandHandlers = [ExecuteFirCommandHandler, ExecuteLegalCaseCommandHandler];
const queryHandlers = [GetFirHandler, GetLegalCaseHandler];

/** The legal service: FIRs and prosecution (`fir-<firId>`), each child's legal record (`legal-<caseId>`). */
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [FirsController, ProsecutionController, LegalCasesController, CompensationController],
  providers: [
    ...commandHandlers,
    ...queryHandlers,
    ReferenceChecks,
    provideStreamWriter(LEGAL_SOURCE),
    provideCaseDirectory(),
    { provide: RESCUED_CASES, useFactory: (store: EventStore): CaseDirectory => new EventStoreCaseDirectory(store, ['rescue']), inject: [EVENT_STORE] },
  ],
})
export class LegalModule {}
