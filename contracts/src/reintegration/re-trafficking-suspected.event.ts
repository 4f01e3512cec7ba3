import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, Summary, Uuid, oneOf, strict } from './reintegration.schemas';
import { RETRAFFICKING_GROUNDS } from './reintegration.vocabulary';

export const ReTraffickingSuspected = defineEvent(
  'reintegration.ReTraffickingSuspected',
  1,
  Type.Object(
    {
      caseId: CaseId,
      suspicionId: Uuid('this suspicion, named by its confirmation or ruling out'),
      suspectedAt: DateTime('when the suspicion arose'),
      grounds: oneOf(RETRAFFICKING_GROUNDS, { description: 'why it is suspected' }),
      summary: Summary('what is known'),
    },
    strict('The child is suspected of having been trafficked again.'),
  ),
);
export type ReTraffickingSuspected = EventOf<typeof ReTraffickingSuspected>;
