import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, FirId, Uuid } from './legal.schemas';

export const SummonsKnownToNgo = defineEvent(
  'legal.SummonsKnownToNgo',
  1,
  Type.Object(
    {
      firId: FirId,
      summonsId: Uuid('the summons'),
      caseId: CaseId,
      learnedAt: DateTime('when the child\'s NGO learned of the summons (G21 counts from here)'),
      organisation: Type.String({ minLength: 1, description: 'the NGO that learned of it' }),
    },
    { description: 'The NGO supporting the child learned of a summons, ideally before the trafficker did.' },
  ),
);
export type SummonsKnownToNgo = EventOf<typeof SummonsKnownToNgo>;
