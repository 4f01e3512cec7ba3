import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { revisionHeaders } from '@setu/platform';
import type { CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { RecordBatchFactCommand, RecordCaseFactCommand, type CaseFact } from '../../application';
import type { RepatriationBatchCommand } from '../../domain';

export interface CaseFactAnswer {
  readonly caseId: string;
  readonly revision: number;
}

export interface BatchFactAnswer {
  readonly batchId: string;
  readonly revision: number;
}

/** Sends a fact to its handler and answers with the record's new revision, also as `ETag`. */
@Injectable()
export class FactRecorder {
  constructor(private readonly commands: CommandBus) {}

  async caseFact(res: ServerResponse, caller: CallerContext, fact: CaseFact): Promise<CaseFactAnswer> {
    const { revision } = await this.commands.execute(new RecordCaseFactCommand(caller, fact));
    revisionHeaders(res, revision);
    return { caseId: fact.data.caseId, revision };
  }

  async batchFact(res: ServerResponse, caller: CallerContext, fact: RepatriationBatchCommand, location?: string): Promise<BatchFactAnswer> {
    const { revision } = await this.commands.execute(new RecordBatchFactCommand(caller, fact));
    revisionHeaders(res, revision, location);
    return { batchId: fact.data.batchId, revision };
  }
}
