import { ReportedTimeField, utc } from '@setu/service-kit';
import type { RecordCompensationInquiry } from '../../domain/legal-case/legal-case.commands';
import { CaseCommandRequest } from '../legal-cases/case-command.request.dto';

export class RecordInquiryRequest extends CaseCommandRequest {
  @ReportedTimeField({ description: 'when the authority held its inquiry', example: '2026-04-22T11:00:00+05:30', format: 'rfc3339' }) heldAt!: string;
}

export function recordInquiryCommand(caseId: string, claimId: string, dto: RecordInquiryRequest): RecordCompensationInquiry {
  const heldAt = utc(dto.heldAt);
  return { type: 'RecordCompensationInquiry', occurredAt: new Date(heldAt), data: { caseId, claimId, heldAt } };
}
