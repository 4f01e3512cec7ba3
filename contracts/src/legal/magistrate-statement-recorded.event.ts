import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { STATEMENT_SECTIONS } from './legal.vocabulary';
import { CaseId, DateTime, Uuid, oneOf } from './legal.schemas';

export const MagistrateStatementRecorded = defineEvent(
  'legal.MagistrateStatementRecorded',
  1,
  Type.Object(
    {
      caseId: CaseId,
      statementId: Uuid('the statement'),
      recordedAt: DateTime('when the magistrate recorded the statement'),
      section: oneOf(STATEMENT_SECTIONS, { description: 'BNSS-183, or CrPC-164 for statements before 1 July 2024' }),
      magistrate: Type.String({ minLength: 1, description: 'the magistrate (an official acting in office), e.g. Metropolitan Magistrate No. 4' }),
      court: Type.String({ minLength: 1, description: 'the magistrate\'s court' }),
      byVideo: Type.Boolean({ description: 'recorded by video conference (e.g. after the child went home)' }),
      firId: Type.Optional(Uuid('the FIR the statement was recorded in, if known')),
    },
    { description: 'The child\'s statement before a magistrate (BNSS s.183, formerly CrPC s.164); gap G08 when after repatriation.' },
  ),
);
export type MagistrateStatementRecorded = EventOf<typeof MagistrateStatementRecorded>;
