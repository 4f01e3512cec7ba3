import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, FirId } from './legal.schemas';

export const VictimAdded = defineEvent(
  'legal.VictimAdded',
  1,
  Type.Object(
    {
      firId: FirId,
      caseId: CaseId,
      addedAt: DateTime('when the child was named as a victim of the FIR'),
    },
    { description: 'A child (by case id only) is a victim named in the FIR.' },
  ),
);
export type VictimAdded = EventOf<typeof VictimAdded>;
