import { STATEMENT_SECTIONS, type StatementSection } from '@setu/contracts';
import type { RecordMagistrateStatement } from '../../domain/legal-case/legal-case.commands';
import { EXAMPLE } from '../shared/examples';
import { Flag, Id, OneOf, PastTime, Text, utc } from '../shared/request-fields';
import { CaseCommandRequest } from './case-command.request.dto';

export class RecordStatementRequest extends CaseCommandRequest {
  @PastTime('when the magistrate recorded the statement', '2026-03-06T14:00:00+05:30') recordedAt!: string;
  @OneOf(STATEMENT_SECTIONS, 'BNSS-183 (CrPC-164 before 1 July 2024); BNSS-183 when absent', 'BNSS-183', { optional: true }) section?: StatementSection;
  @Text('the magistrate', 'Metropolitan Magistrate No. 4, Jaipur') magistrate!: string;
  @Text('the court', 'Court of the Metropolitan Magistrate No. 4, Jaipur Metropolitan') court!: string;
  @Flag('recorded by video conference', false) byVideo!: boolean;
  @Id('the FIR it was recorded in, if known', EXAMPLE.firId, { optional: true }) firId?: string;
}

export function recordStatementCommand(caseId: string, statementId: string, dto: RecordStatementRequest): RecordMagistrateStatement {
  const recordedAt = utc(dto.recordedAt);
  return {
    type: 'RecordMagistrateStatement',
    occurredAt: new Date(recordedAt),
    data: {
      caseId,
      statementId,
      recordedAt,
      section: dto.section ?? 'BNSS-183',
      magistrate: dto.magistrate,
      court: dto.court,
      byVideo: dto.byVideo,
      ...(dto.firId === undefined ? {} : { firId: dto.firId }),
    },
  };
}
