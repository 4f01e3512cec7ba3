import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { DateTime, OperationId, Text } from './rescue.schemas';

export const PremisesLeftUnsealed = defineEvent(
  'rescue.PremisesLeftUnsealed',
  1,
  Type.Object(
    {
      operationId: OperationId,
      decidedAt: DateTime('when the team left the workshop unsealed'),
      reason: Type.Optional(Text('why it was not sealed')),
    },
    { description: 'The raided workshop was not sealed (a gap when the same premises are raided again, G24).' },
  ),
);
export type PremisesLeftUnsealed = EventOf<typeof PremisesLeftUnsealed>;
