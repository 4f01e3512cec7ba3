import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { APPEAL_OUTCOMES } from './legal.vocabulary';
import { DateTime, FirId, Uuid, oneOf } from './legal.schemas';

export const AppealDecided = defineEvent(
  'legal.AppealDecided',
  1,
  Type.Object(
    {
      firId: FirId,
      appealId: Uuid('the appeal'),
      decidedAt: DateTime('when the appellate court decided'),
      outcome: oneOf(APPEAL_OUTCOMES, { description: 'dismissed, allowed, partly allowed or remanded for retrial' }),
    },
    { description: 'The appellate court decided an appeal.' },
  ),
);
export type AppealDecided = EventOf<typeof AppealDecided>;
