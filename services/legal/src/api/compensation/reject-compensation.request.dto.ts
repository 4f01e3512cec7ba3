import { CLAIM_REJECTION_REASONS, type ClaimRejectionReason } from '@setu/contracts';
import type { RejectCompensation } from '../../domain/legal-case/legal-case.commands';
import { CaseCommandRequest } from '../legal-cases/case-command.request.dto';
import { OneOf, PastTime, Text, utc } from '../shared/request-fields';

export class RejectCompensationRequest extends CaseCommandRequest {
  @PastTime('when the authority rejected the claim', '2026-05-05T11:00:00+05:30') rejectedAt!: string;
  @OneOf(CLAIM_REJECTION_REASONS, 'why', 'documents_missing') reason!: ClaimRejectionReason;
  @Text('the reason as written in the order', 'Age proof and bank passbook not enclosed.', { optional: true, maxLength: 1000 }) note?: string;
}

export function rejectCompensationCommand(caseId: string, claimId: string, dto: RejectCompensationRequest): RejectCompensation {
  const rejectedAt = utc(dto.rejectedAt);
  return {
    type: 'RejectCompensation',
    occurredAt: new Date(rejectedAt),
    data: { caseId, claimId, rejectedAt, reason: dto.reason, ...(dto.note === undefined ? {} : { note: dto.note }) },
  };
}
