import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime } from './legal.schemas';

export const ReleaseCertificateIssued = defineEvent(
  'legal.ReleaseCertificateIssued',
  1,
  Type.Object(
    {
      caseId: CaseId,
      certificateNumber: Type.String({ minLength: 1, description: 'the number on the certificate' }),
      issuedAt: DateTime('when it was issued'),
      issuedBy: Type.String({ minLength: 1, description: 'the issuing authority, e.g. SDM Jaipur (North)' }),
      district: Type.String({ description: 'district code of the issuing authority, e.g. RJ-JPR' }),
    },
    { description: 'A bonded-labour release certificate (Bonded Labour System (Abolition) Act 1976) was issued for the child.' },
  ),
);
export type ReleaseCertificateIssued = EventOf<typeof ReleaseCertificateIssued>;
