import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { DateTime, OperationId } from './rescue.schemas';

export const OperationClosed = defineEvent(
  'rescue.OperationClosed',
  1,
  Type.Object(
    {
      operationId: OperationId,
      closedAt: DateTime('when the team left the scene'),
      childrenIdentified: Type.Integer({ minimum: 0, description: 'children identified in the operation when it closed' }),
    },
    { description: 'The raid ended; facts of the scene are dated before this.' },
  ),
);
export type OperationClosed = EventOf<typeof OperationClosed>;
