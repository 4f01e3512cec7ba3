import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, FirId, Uuid } from './legal.schemas';

export const SummonsIssued = defineEvent(
  'legal.SummonsIssued',
  1,
  Type.Object(
    {
      firId: FirId,
      summonsId: Uuid('the summons'),
      caseId: CaseId,
      issuedAt: DateTime('when the court issued the summons'),
      court: Type.String({ minLength: 1, description: 'the issuing court' }),
      appearanceOn: Type.Optional(DateTime('when the child is summoned to appear (may be in the future)')),
    },
    { description: 'A court summoned a child of the FIR to testify.' },
  ),
);
export type SummonsIssued = EventOf<typeof SummonsIssued>;
