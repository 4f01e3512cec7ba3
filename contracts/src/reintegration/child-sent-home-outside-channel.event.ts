import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { BiharDistrict, CaseId, DateTime, Summary, Text, oneOf, strict } from './reintegration.schemas';
import { OUTSIDE_CHANNEL_SENDERS, RETURN_LEARNED_THROUGH } from './reintegration.vocabulary';

export const ChildSentHomeOutsideChannel = defineEvent(
  'reintegration.ChildSentHomeOutsideChannel',
  1,
  Type.Object(
    {
      caseId: CaseId,
      sentAt: DateTime('when the child was sent home'),
      sentBy: oneOf(OUTSIDE_CHANNEL_SENDERS, { description: 'who sent the child home' }),
      senderName: Type.Optional(Text('the organisation that sent the child, e.g. the shelter home')),
      homeDistrict: BiharDistrict('the district the child was sent to'),
      arrivedHomeAt: Type.Optional(DateTime('when the child reached home, if known')),
      learnedThrough: oneOf(RETURN_LEARNED_THROUGH, { description: 'how the fact became known' }),
      summary: Summary('the circumstances as reported'),
    },
    strict('The child was sent home outside the transfer-order channel: a fact to record, and a gap (G12).'),
  ),
);
export type ChildSentHomeOutsideChannel = EventOf<typeof ChildSentHomeOutsideChannel>;
