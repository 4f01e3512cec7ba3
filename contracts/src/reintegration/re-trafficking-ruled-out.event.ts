import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, Summary, Uuid, oneOf, strict } from './reintegration.schemas';
import { RETRAFFICKING_RULED_OUT_REASONS } from './reintegration.vocabulary';

export const ReTraffickingRuledOut = defineEvent(
  'reintegration.ReTraffickingRuledOut',
  1,
  Type.Object(
    {
      caseId: CaseId,
      suspicionId: Uuid('the suspicion ruled out'),
      ruledOutAt: DateTime('when it was ruled out'),
      reason: oneOf(RETRAFFICKING_RULED_OUT_REASONS, { description: 'why it was ruled out' }),
      summary: Summary('what was found'),
    },
    strict('A suspicion of re-trafficking was ruled out.'),
  ),
);
export type ReTraffickingRuledOut = EventOf<typeof ReTraffickingRuledOut>;
