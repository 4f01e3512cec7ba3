import { AUTHORISING_RELATIONS, type AuthorisingRelation } from '@setu/contracts';
import type { AuthoriseLawyer } from '../../domain/legal-case/legal-case.commands';
import { OneOf, PastTime, Text, utc } from '../shared/request-fields';
import { CaseCommandRequest } from './case-command.request.dto';

export class AuthoriseLawyerRequest extends CaseCommandRequest {
  @Text('the lawyer\'s name', 'Adv. Synthetic Name Beta') lawyerName!: string;
  @Text('Bar Council enrolment number', 'R/1234/2011', { optional: true, maxLength: 40 }) enrolmentNumber?: string;
  @Text('the NGO or legal aid body the lawyer works with', 'Synthetic Legal Aid Clinic, Jaipur', { optional: true }) organisation?: string;
  @OneOf(AUTHORISING_RELATIONS, 'who in the family signed the authorisation', 'father') authorisedBy!: AuthorisingRelation;
  @PastTime('when it was signed', '2026-03-18T12:00:00+05:30') authorisedAt!: string;
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
