import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { DateTime, DistrictCode, OperationId, PiiText, Uuid, oneOf } from './rescue.schemas';
import { SCENE_ROLES } from './rescue.vocabulary';

export const PersonFoundAtScene = defineEvent(
  'rescue.PersonFoundAtScene',
  1,
  Type.Object(
    {
      operationId: OperationId,
      personId: Uuid('this person within the operation, for later reference (e.g. as an accused)'),
      foundAt: DateTime('when the person was found at the scene'),
      name: PiiText('the name as given, in any script'),
      aliases: Type.Array(PiiText('another name or spelling'), { description: 'other names or spellings' }),
      role: oneOf(SCENE_ROLES, { description: 'what the person was doing there' }),
      detained: Type.Boolean({ description: 'whether the police detained the person at the scene' }),
      homeDistrictCode: Type.Optional(DistrictCode('where the person comes from, if known')),
      description: Type.Optional(PiiText('anything else said about the person')),
    },
    { description: 'An employer, trafficker or other adult was found at the scene of a raid.' },
  ),
);
export type PersonFoundAtScene = EventOf<typeof PersonFoundAtScene>;
