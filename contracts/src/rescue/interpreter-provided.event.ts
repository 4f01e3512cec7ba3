import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, Text } from './rescue.schemas';

export const InterpreterProvided = defineEvent(
  'rescue.InterpreterProvided',
  1,
  Type.Object(
    {
      caseId: CaseId,
      providedAt: DateTime('when the interpreter began'),
      language: Type.String({ pattern: '^[a-z]{3}$', description: 'ISO 639-3 code of the language interpreted, e.g. mai' }),
      interpreter: Type.Optional(Text('the interpreter (name or designation)')),
      organisation: Type.Optional(Text('who provided the interpreter')),
    },
    { description: 'An interpreter was provided for the child.' },
  ),
);
export type InterpreterProvided = EventOf<typeof InterpreterProvided>;
