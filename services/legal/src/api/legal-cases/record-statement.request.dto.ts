import { STATEMENT_SECTIONS, type StatementSection } from '@setu/contracts';
import { BooleanField, OneOfField, ReportedTimeField, TextField, utc, UuidField } from '@setu/service-kit';
import type { RecordMagistrateStatement } from '../../domain/legal-case/legal-case.commands';
import { EXAMPLE } from '../shared/examples';
import { CaseCommandRequest } from './case-command.request.dto';

export class RecordStatementRequest extends CaseCommandRequest {
  @ReportedTimeField({ description: 'when the magistrate recorded the statement', example: '2026-03-06T14:00:00+05:30', format: 'rfc3339' }) recordedAt!: string;
  @OneOfField(STATEMENT_SECTIONS, { description: 'BNSS-183 (CrPC-164 before 1 July 2024); BNSS-183 when absent', example: 'BNSS-183', optional: true }) section?: StatementSection;
  @TextField({ description: 'the magistrate', example: 'Metropolitan Magistrate No. 4, Jaipur', trim: true }) magistrate!: string;
  @TextField({ description: 'the court', example: 'Court of the Metropolitan Magistrate No. 4, Jaipur Metropolitan', trim: true }) court!: string;
  @BooleanField({ description: 'recorded by video conference', example: false }) byVideo!: boolean;
  @UuidField({ description: 'the FIR it was recorded in, if known', example: EXAMPLE.firId, optional: true }) firId?: string;
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
