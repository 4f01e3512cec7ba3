import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { BiharDistrict, CaseId, DateTime, Text, Uuid, strict } from './reintegration.schemas';

export const TransferAccepted = defineEvent(
  'reintegration.TransferAccepted',
  1,
  Type.Object(
    {
      caseId: CaseId,
      orderId: Uuid('the transfer order accepted'),
      acceptedAt: DateTime('when the home-district CWC accepted'),
      decidingDistrict: BiharDistrict('the district of the CWC that accepted'),
      referenceNumber: Type.Optional(Text('the accepting CWC\'s own reference')),
    },
    strict('The CWC of the home district accepted the transfer of the child.'),
  ),
);
export type TransferAccepted = EventOf<typeof TransferAccepted>;
