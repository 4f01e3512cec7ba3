import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, Summary, Text, Uuid, oneOf, strict } from './reintegration.schemas';
import { THREAT_KINDS, THREAT_SOURCES } from './reintegration.vocabulary';

export const ThreatReported = defineEvent(
  'reintegration.ThreatReported',
  1,
  Type.Object(
    {
      caseId: CaseId,
      threatId: Uuid('this report'),
      reportedAt: DateTime('when the child or family reported it'),
      kind: oneOf(THREAT_KINDS, { description: 'what happened' }),
      source: oneOf(THREAT_SOURCES, { description: 'who it came from' }),
      policeInformed: Type.Boolean({ description: 'whether the police had been informed when it was reported' }),
      policeStation: Type.Optional(Text('the police station informed')),
      policeReference: Type.Optional(Text('the station diary entry or FIR number, if any')),
      summary: Summary('what was reported'),
    },
    strict('The child or family reported harassment or threats, for instance to turn hostile as a witness.'),
  ),
);
export type ThreatReported = EventOf<typeof ThreatReported>;
