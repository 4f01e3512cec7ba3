import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { BiharDistrict, CaseId, DateTime, Summary, Text, Uuid, oneOf, strict } from './reintegration.schemas';
import { TRANSFER_REFUSAL_REASONS } from './reintegration.vocabulary';

export const TransferRefused = defineEvent(
  'reintegration.TransferRefused',
  1,
  Type.Object(
    {
      caseId: CaseId,
      orderId: Uuid('the transfer order refused'),
      refusedAt: DateTime('when the home-district CWC refused'),
      decidingDistrict: BiharDistrict('the district of the CWC that refused'),
      reason: oneOf(TRANSFER_REFUSAL_REASONS, { description: 'why it refused' }),
      referenceNumber: Type.Optional(Text('the refusing CWC\'s own reference')),
      summary: Summary('the CWC\'s reasons as written'),
    },
    strict('The CWC of the home district refused the transfer of the child.'),
  ),
);
export type TransferRefused = EventOf<typeof TransferRefused>;
