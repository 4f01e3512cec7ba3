import { BooleanField, ReportedTimeField, TextField, utc } from '@setu/service-kit';
import type { AwardCompensation } from '../../domain/legal-case/legal-case.commands';
import { CaseCommandRequest } from '../legal-cases/case-command.request.dto';
import { Rupees } from '../shared/request-fields';

export class AwardCompensationRequest extends CaseCommandRequest {
  @ReportedTimeField({ description: 'when the award was ordered', example: '2026-05-05T11:00:00+05:30', format: 'rfc3339' }) awardedAt!: string;
  @Rupees('amount awarded', 200000) amount!: number;
  @BooleanField({ description: 'an interim (immediate) award; false when absent', example: false, optional: true }) interim?: boolean;
  @TextField({ description: 'the order\'s reference', example: 'DLSA/JPR-I/VCS/2026/118/ORD', optional: true, maxLength: 60, trim: true }) orderNumber?: string;
}

export function awardCompensationCommand(caseId: string, claimId: string, dto: AwardCompensationRequest): AwardCompensation {
  const awardedAt = utc(dto.awardedAt);
  return {
    type: 'AwardCompensation',
    occurredAt: new Date(awardedAt),
    data: {
      caseId,
      claimId,
      awardedAt,
      amount: dto.amount,
      interim: dto.interim ?? false,
      ...(dto.orderNumber === undefined ? {} : { orderNumber: dto.orderNumber }),
    },
  };
}
