import { Type } from '@sinclair/typebox';
import { PII, defineEvent, type EventOf } from '../event-schema';
import { AUTHORISING_RELATIONS } from './legal.vocabulary';
import { CaseId, DateTime, oneOf } from './legal.schemas';

export const LawyerAuthorised = defineEvent(
  'legal.LawyerAuthorised',
  1,
  Type.Object(
    {
      caseId: CaseId,
      lawyerName: Type.String({ minLength: 1, description: 'the lawyer\'s name', ...PII }),
      enrolmentNumber: Type.Optional(Type.String({ minLength: 1, description: 'Bar Council enrolment number', ...PII })),
      organisation: Type.Optional(Type.String({ minLength: 1, description: 'the NGO or legal aid body the lawyer works with' })),
      authorisedBy: oneOf(AUTHORISING_RELATIONS, { description: 'who in the family signed the authorisation (vakalatnama)' }),
      authorisedAt: DateTime('when the authorisation was signed'),
    },
    { description: 'The child\'s family authorised a lawyer to act for the child; a later one supersedes it.' },
  ),
);
export type LawyerAuthorised = EventOf<typeof LawyerAuthorised>;
