import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { CompensationController } from './api/compensation/compensation.http.controller';
import { FirsController } from './api/firs/firs.http.controller';
import { LegalCasesController } from './api/legal-cases/legal-cases.http.controller';
import { ProsecutionController } from './api/prosecution/prosecution.http.controller';
import { ExecuteFirCommandHandler } from './application/fir/execute-fir-command.handler';
import { CASE_DIRECTORY } from './application/legal.di-tokens';
import { ExecuteLegalCaseCommandHandler } from './application/legal-case/execute-legal-case-command.handler';
import { GetFirHandler } from './application/queries/get-fir.handler';
import { GetLegalCaseHandler } from './application/queries/get-legal-case.handler';
import { EventStoreCaseDirectory } from './application/references/event-store-case-directory.adapter';
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
    { provide: CASE_DIRECTORY, useFactory: (store: EventStore) => new EventStoreCaseDirectory(store), inject: [EVENT_STORE] },
  ],
})
export class LegalModule {}
