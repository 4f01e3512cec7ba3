import type { AwardCompensation } from '../../domain/legal-case/legal-case.commands';
import { CaseCommandRequest } from '../legal-cases/case-command.request.dto';
import { Flag, PastTime, Rupees, Text, utc } from '../shared/request-fields';

export class AwardCompensationRequest extends CaseCommandRequest {
  @PastTime('when the award was ordered', '2026-05-05T11:00:00+05:30') awardedAt!: string;
  @Rupees('amount awarded', 200000) amount!: number;
  @Flag('an interim (immediate) award; false when absent', false, { optional: true }) interim?: boolean;
  @Text('the order\'s reference', 'DLSA/JPR-I/VCS/2026/118/ORD', { optional: true, maxLength: 60 }) orderNumber?: string;
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
