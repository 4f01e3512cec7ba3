import { APPEAL_OUTCOMES, type AppealOutcome } from '@setu/contracts';
import { OneOfField, ReportedTimeField, utc } from '@setu/service-kit';
import type { RecordAppealDecision } from '../../domain/fir/fir.commands';

export class RecordAppealDecisionRequest {
  @ReportedTimeField({ description: 'when the appellate court decided', example: '2026-11-20T11:00:00+05:30', format: 'rfc3339' }) decidedAt!: string;
  @OneOfField(APPEAL_OUTCOMES, { description: 'the outcome', example: 'dismissed' }) outcome!: AppealOutcome;
}

export function recordAppealDecisionCommand(appealId: string, dto: RecordAppealDecisionRequest): RecordAppealDecision {
  const decidedAt = utc(dto.decidedAt);
  return { type: 'RecordAppealDecision', occurredAt: new Date(decidedAt), data: { appealId, decidedAt, outcome: dto.outcome } };
}
