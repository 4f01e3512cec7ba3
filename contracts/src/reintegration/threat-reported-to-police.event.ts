import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, Text, Uuid, strict } from './reintegration.schemas';

export const ThreatReportedToPolice = defineEvent(
  'reintegration.ThreatReportedToPolice',
  1,
  Type.Object(
    {
      caseId: CaseId,
      threatId: Uuid('the threat reported'),
      informedAt: DateTime('when the police were informed'),
      policeStation: Text('the police station informed'),
      policeReference: Type.Optional(Text('the station diary entry or FIR number, if any')),
    },
    strict('The police were informed of a reported threat after it was first recorded.'),
  ),
);
export type ThreatReportedToPolice = EventOf<typeof ThreatReportedToPolice>;
