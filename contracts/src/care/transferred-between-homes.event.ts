import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { TRANSFER_REASONS } from './care.vocabulary';
import { CaseId, CwcOrderReference, DateTime, ShelterHome, Uuid, oneOf } from './care.schemas';

export const TransferredBetweenHomes = defineEvent(
  'care.TransferredBetweenHomes',
  1,
  Type.Object(
    {
      caseId: CaseId,
      transferId: Uuid('this transfer'),
      transferredAt: DateTime('when the child moved to the new home'),
      fromHome: ShelterHome('the home the child left'),
      toHome: ShelterHome('the home the child moved to'),
      cwcOrderReference: CwcOrderReference('the transfer order'),
      reason: Type.Optional(oneOf(TRANSFER_REASONS, { description: 'why the committee moved the child' })),
    },
    { description: 'The child moved from one shelter home to another on a CWC order (within the state).' },
  ),
);
export type TransferredBetweenHomes = EventOf<typeof TransferredBetweenHomes>;
