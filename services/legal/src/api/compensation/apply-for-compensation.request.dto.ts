import { COMPENSATION_SCHEMES, type CompensationScheme } from '@setu/contracts';
import type { ApplyForCompensation } from '../../domain/legal-case/legal-case.commands';
import { CaseCommandRequest } from '../legal-cases/case-command.request.dto';
import { EXAMPLE } from '../shared/examples';
import { Id, OneOf, PastTime, Rupees, Text, utc } from '../shared/request-fields';

export class ApplyForCompensationRequest extends CaseCommandRequest {
  @OneOf(COMPENSATION_SCHEMES, 'the scheme claimed under', 'victim_compensation') scheme!: CompensationScheme;
  @PastTime('when the application was made', '2026-03-10T11:00:00+05:30') appliedAt!: string;
  @Text('where it was filed', 'District Legal Services Authority, Jaipur Metropolitan-I') authority!: string;
  @Text('the authority\'s reference', 'DLSA/JPR-I/VCS/2026/118', { optional: true, maxLength: 60 }) applicationNumber?: string;
  @Rupees('amount applied for', 200000, { optional: true }) amountClaimed?: number;
  @Id('the FIR the claim rests on', EXAMPLE.firId, { optional: true }) firId?: string;
}

export function applyForCompensationCommand(caseId: string, claimId: string, dto: ApplyForCompensationRequest): ApplyForCompensation {
  const appliedAt = utc(dto.appliedAt);
  return {
    type: 'ApplyForCompensation',
    occurredAt: new Date(appliedAt),
    data: {
      caseId,
      claimId,
      scheme: dto.scheme,
      appliedAt,
      authority: dto.authority,
      ...(dto.applicationNumber === undefined ? {} : { applicationNumber: dto.applicationNumber }),
      ...(dto.amountClaimed === undefined ? {} : { amountClaimed: dto.amountClaimed }),
      ...(dto.firId === undefined ? {} : { firId: dto.firId }),
    },
  };
}
