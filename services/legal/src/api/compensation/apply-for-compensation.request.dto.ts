import { COMPENSATION_SCHEMES, type CompensationScheme } from '@setu/contracts';
import { OneOfField, ReportedTimeField, TextField, utc, UuidField } from '@setu/service-kit';
import type { ApplyForCompensation } from '../../domain/legal-case/legal-case.commands';
import { CaseCommandRequest } from '../legal-cases/case-command.request.dto';
import { EXAMPLE } from '../shared/examples';
import { Rupees } from '../shared/request-fields';

export class ApplyForCompensationRequest extends CaseCommandRequest {
  @OneOfField(COMPENSATION_SCHEMES, { description: 'the scheme claimed under', example: 'victim_compensation' }) scheme!: CompensationScheme;
  @ReportedTimeField({ description: 'when the application was made', example: '2026-03-10T11:00:00+05:30', format: 'rfc3339' }) appliedAt!: string;
  @TextField({ description: 'where it was filed', example: 'District Legal Services Authority, Jaipur Metropolitan-I', trim: true }) authority!: string;
  @TextField({ description: 'the authority\'s reference', example: 'DLSA/JPR-I/VCS/2026/118', optional: true, maxLength: 60, trim: true }) applicationNumber?: string;
  @Rupees('amount applied for', 200000, { optional: true }) amountClaimed?: number;
  @UuidField({ description: 'the FIR the claim rests on', example: EXAMPLE.firId, optional: true }) firId?: string;
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
