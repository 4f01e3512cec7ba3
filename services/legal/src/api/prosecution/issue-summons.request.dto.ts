import { PlannedTimeField, ReportedTimeField, TextField, utc, UuidField } from '@setu/service-kit';
import type { IssueSummons } from '../../domain/fir/fir.commands';
import { EXAMPLE } from '../shared/examples';

export class IssueSummonsRequest {
  @UuidField({ description: 'the child summoned (a victim of the FIR)', example: EXAMPLE.caseId }) caseId!: string;
  @ReportedTimeField({ description: 'when the court issued it', example: '2026-09-01T10:30:00+05:30', format: 'rfc3339' }) issuedAt!: string;
  @TextField({ description: 'the issuing court', example: 'Special Court (Human Trafficking), Jaipur', trim: true }) court!: string;
  @PlannedTimeField({ description: 'when the child is to appear', example: '2026-10-01T10:30:00+05:30', optional: true, format: 'rfc3339' }) appearanceOn?: string;
}

export function issueSummonsCommand(summonsId: string, dto: IssueSummonsRequest): IssueSummons {
  const issuedAt = utc(dto.issuedAt);
  const appearanceOn = utc(dto.appearanceOn);
  return {
    type: 'IssueSummons',
    occurredAt: new Date(issuedAt),
    data: { summonsId, caseId: dto.caseId, issuedAt, court: dto.court, ...(appearanceOn === undefined ? {} : { appearanceOn }) },
  };
}
