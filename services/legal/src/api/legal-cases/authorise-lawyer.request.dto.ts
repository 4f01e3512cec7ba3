import { AUTHORISING_RELATIONS, type AuthorisingRelation } from '@setu/contracts';
import { OneOfField, ReportedTimeField, TextField, utc } from '@setu/service-kit';
import type { AuthoriseLawyer } from '../../domain/legal-case/legal-case.commands';
import { CaseCommandRequest } from './case-command.request.dto';

export class AuthoriseLawyerRequest extends CaseCommandRequest {
  @TextField({ description: 'the lawyer\'s name', example: 'Adv. Synthetic Name Beta', trim: true }) lawyerName!: string;
  @TextField({ description: 'Bar Council enrolment number', example: 'R/1234/2011', optional: true, maxLength: 40, trim: true }) enrolmentNumber?: string;
  @TextField({ description: 'the NGO or legal aid body the lawyer works with', example: 'Synthetic Legal Aid Clinic, Jaipur', optional: true, trim: true }) organisation?: string;
  @OneOfField(AUTHORISING_RELATIONS, { description: 'who in the family signed the authorisation', example: 'father' }) authorisedBy!: AuthorisingRelation;
  @ReportedTimeField({ description: 'when it was signed', example: '2026-03-18T12:00:00+05:30', format: 'rfc3339' }) authorisedAt!: string;
}

export function authoriseLawyerCommand(caseId: string, dto: AuthoriseLawyerRequest): AuthoriseLawyer {
  const authorisedAt = utc(dto.authorisedAt);
  return {
    type: 'AuthoriseLawyer',
    occurredAt: new Date(authorisedAt),
    data: {
      caseId,
      lawyerName: dto.lawyerName,
      ...(dto.enrolmentNumber === undefined ? {} : { enrolmentNumber: dto.enrolmentNumber }),
      ...(dto.organisation === undefined ? {} : { organisation: dto.organisation }),
      authorisedBy: dto.authorisedBy,
      authorisedAt,
    },
  };
}
