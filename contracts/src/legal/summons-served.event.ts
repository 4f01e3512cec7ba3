import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, FirId, Uuid } from './legal.schemas';

export const SummonsServed = defineEvent(
  'legal.SummonsServed',
  1,
  Type.Object(
    {
      firId: FirId,
      summonsId: Uuid('the summons'),
      caseId: CaseId,
      servedAt: DateTime('when the summons was served on the child or family'),
    },
    { description: 'A summons reached the child or the family.' },
  ),
);
export type SummonsServed = EventOf<typeof SummonsServed>;
