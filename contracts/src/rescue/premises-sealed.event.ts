import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { AgencyKind, DateTime, OperationId, Text } from './rescue.schemas';

export const PremisesSealed = defineEvent(
  'rescue.PremisesSealed',
  1,
  Type.Object(
    {
      operationId: OperationId,
      sealedAt: DateTime('when the workshop was sealed'),
      sealedBy: AgencyKind('the agency that sealed it'),
      orderReference: Type.Optional(Text('the number of the sealing order, if any')),
    },
    { description: 'The raided workshop was sealed.' },
  ),
);
export type PremisesSealed = EventOf<typeof PremisesSealed>;
