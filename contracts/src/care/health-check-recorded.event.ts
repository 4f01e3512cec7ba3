import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { HEALTH_CHECK_PHASES } from './care.vocabulary';
import { CaseId, DateTime, DocumentId, PiiText, Text, Uuid, oneOf } from './care.schemas';

const Referral = Type.Object(
  {
    to: Text('the specialty or facility the child is referred to, e.g. Psychiatry OPD, SMS Hospital'),
    reason: Type.Optional(PiiText('why; a health detail, which can identify the child')),
  },
  { description: 'one referral' },
);

export const HealthCheckRecorded = defineEvent(
  'care.HealthCheckRecorded',
  1,
  Type.Object(
    {
      caseId: CaseId,
      checkId: Uuid('this check'),
      phase: oneOf(HEALTH_CHECK_PHASES, { description: 'injury report after rescue, periodic check, or fit-to-travel certificate' }),
      examinedAt: DateTime('when the child was examined'),
      examinedBy: Text('the doctor (a professional acting in office: name or designation)'),
      facility: Text('the hospital, health centre or home where the examination took place'),
      findings: PiiText('the summary of findings; health details can identify the child'),
      referrals: Type.Array(Referral, { description: 'referrals made; empty when none' }),
      fitToTravel: Type.Optional(Type.Boolean({ description: 'the certificate\'s verdict; present exactly for the fit_to_travel phase' })),
      certificateNumber: Type.Optional(Text('the number of the report or certificate')),
      reportDocumentId: Type.Optional(DocumentId('the scanned report or certificate')),
    },
    { description: 'A health check in one of the three phases (G03 for the injury report, G11 for fit-to-travel).' },
  ),
);
export type HealthCheckRecorded = EventOf<typeof HealthCheckRecorded>;
