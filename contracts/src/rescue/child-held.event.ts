import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, Text, oneOf } from './rescue.schemas';
import { HOLDING_PLACES } from './rescue.vocabulary';

export const ChildHeld = defineEvent(
  'rescue.ChildHeld',
  1,
  Type.Object(
    {
      caseId: CaseId,
      place: oneOf(HOLDING_PLACES, { description: 'the kind of place' }),
      placeName: Type.Optional(Text('which one, e.g. the police station or shelter by name')),
      from: DateTime('when the child was brought there'),
      to: Type.Optional(DateTime('when the child left; absent while unknown (the next place held ends it)')),
    },
    { description: 'Where the child was kept after the rescue, from when to when.' },
  ),
);
export type ChildHeld = EventOf<typeof ChildHeld>;
