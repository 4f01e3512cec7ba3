import { Type } from '@sinclair/typebox';
import { PII, defineEvent, type EventOf } from '../event-schema';
import { ACCUSED_ROLES, CUSTODY_STATUSES } from './legal.vocabulary';
import { DateTime, FirId, Uuid, oneOf } from './legal.schemas';

export const AccusedNamed = defineEvent(
  'legal.AccusedNamed',
  1,
  Type.Object(
    {
      firId: FirId,
      accusedId: Uuid('the accused within this FIR'),
      name: Type.String({ minLength: 1, description: 'the accused person\'s name as written in the FIR', ...PII }),
      aliases: Type.Array(Type.String({ minLength: 1, ...PII }), { description: 'other names or spellings' }),
      role: oneOf(ACCUSED_ROLES, { description: 'employer, trafficker or agent' }),
      status: Type.Optional(oneOf(CUSTODY_STATUSES, { description: 'custody status when named, if known' })),
      namedAt: DateTime('when the accused was named (the FIR registration, or later in the investigation)'),
    },
    { description: 'A person accused in the FIR.' },
  ),
);
export type AccusedNamed = EventOf<typeof AccusedNamed>;
