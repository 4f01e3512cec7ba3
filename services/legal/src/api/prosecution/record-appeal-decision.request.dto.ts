import { APPEAL_OUTCOMES, type AppealOutcome } from '@setu/contracts';
import type { RecordAppealDecision } from '../../domain/fir/fir.commands';
import { OneOf, PastTime, utc } from '../shared/request-fields';

export class RecordAppealDecisionRequest {
  @PastTime('when the appellate court decided', '2026-11-20T11:00:00+05:30') decidedAt!: string;
  @OneOf(APPEAL_OUTCOMES, 'the outcome', 'dismissed') outcome!: AppealOutcome;
}

export function recordAppealDecisionCommand(appealId: string, dto: RecordAppealDecisionRequest): RecordAppealDecision {
  const decidedAt = utc(dto.decidedAt);
  return { type: 'RecordAppealDecision', occurredAt: new Date(decidedAt), data: { appealId, decidedAt, outcome: dto.outcome } };
}
