import { CLAIM_REJECTION_REASONS, type ClaimRejectionReason } from '@setu/contracts';
import { OneOfField, ReportedTimeField, TextField, utc } from '@setu/service-kit';
import type { RejectCompensation } from '../../domain/legal-case/legal-case.commands';
import { CaseCommandRequest } from '../legal-cases/case-command.request.dto';

export class RejectCompensationRequest extends CaseCommandRequest {
  @ReportedTimeField({ description: 'when the authority rejected the claim', example: '2026-05-05T11:00:00+05:30', format: 'rfc3339' }) rejectedAt!: string;
  @OneOfField(CLAIM_REJECTION_REASONS, { description: 'why', example: 'documents_missing' }) reason!: ClaimRejectionReason;
  @TextField({ description: 'the reason as written in the order', example: 'Age proof and bank passbook not enclosed.', optional: true, maxLength: 1000, trim: true }) note?: string;
}

export function rejectCompensationCommand(caseId: string, claimId: string, dto: RejectCompensationRequest): RejectCompensation {
  const rejectedAt = utc(dto.rejectedAt);
  return {
    type: 'RejectCompensation',
    occurredAt: new Date(rejectedAt),
    data: { caseId, claimId, rejectedAt, reason: dto.reason, ...(dto.note === undefined ? {} : { note: dto.note }) },
  };
}
