import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, ShelterHome, Text, Uuid } from './care.schemas';

export const MissingFromShelter = defineEvent(
  'care.MissingFromShelter',
  1,
  Type.Object(
    {
      caseId: CaseId,
      missingId: Uuid('this episode; the finding names it'),
      lastSeenAt: DateTime('when the child was last seen in the home'),
      home: Type.Optional(ShelterHome('the home the child went missing from, as last recorded; absent when no placement is recorded')),
      reportedToPolice: Type.Boolean({ description: 'whether the home reported the child missing to the police' }),
      policeStation: Type.Optional(Text('the police station the report was made at')),
      policeReportReference: Type.Optional(Text('the number of the missing-person report (DD or FIR number)')),
    },
    { description: 'The child went missing from the shelter home.' },
  ),
);
export type MissingFromShelter = EventOf<typeof MissingFromShelter>;
