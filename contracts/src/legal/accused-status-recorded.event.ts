import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CUSTODY_STATUSES } from './legal.vocabulary';
import { DateTime, FirId, Uuid, oneOf } from './legal.schemas';

export const AccusedStatusRecorded = defineEvent(
  'legal.AccusedStatusRecorded',
  1,
  Type.Object(
    {
      firId: FirId,
      accusedId: Uuid('the accused within this FIR'),
      status: oneOf(CUSTODY_STATUSES, { description: 'arrested, absconding or on bail' }),
      since: DateTime('since when the accused has this status'),
      bailHearingId: Type.Optional(Uuid('the bail hearing that granted bail, when the status follows from one')),
    },
    { description: 'The custody status of an accused changed.' },
  ),
);
export type AccusedStatusRecorded = EventOf<typeof AccusedStatusRecorded>;
