import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { AgencyKind, BiharDistrict, CaseId, DateTime, DistrictCode, Text, Uuid, strict } from './reintegration.schemas';

export const TransferOrdered = defineEvent(
  'reintegration.TransferOrdered',
  1,
  Type.Object(
    {
      caseId: CaseId,
      orderId: Uuid('the transfer order, named by its acceptance or refusal'),
      orderNumber: Text('the order number as the CWC wrote it, e.g. CWC/JPR/2026/0311'),
      orderedAt: DateTime('the date of the order; the escort is due within 15 days (Model Rule 81)'),
      orderingDistrict: DistrictCode('the district of the CWC that made the order, usually RJ-JPR'),
      receivingDistrict: BiharDistrict('the home district whose CWC is to receive the child'),
      escortAgency: Type.Optional(AgencyKind('the kind of agency the order names to escort the child')),
    },
    strict('The CWC ordered the child transferred to the CWC of the home district (JJ Act 2015 s.95).'),
  ),
);
export type TransferOrdered = EventOf<typeof TransferOrdered>;
