import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, PiiText, Rupees, Uuid, strict } from './reintegration.schemas';

export const EntitlementReceived = defineEvent(
  'reintegration.EntitlementReceived',
  1,
  Type.Object(
    {
      caseId: CaseId,
      entitlementId: Uuid('the entitlement applied for'),
      receivedAt: DateTime('when the card, benefit or first payment was received'),
      amountRupees: Type.Optional(Rupees('the amount received, for a payment')),
      documentNumberMasked: Type.Optional(PiiText('the card or document number, masked but for its last four digits')),
    },
    strict('An entitlement applied for was received.'),
  ),
);
export type EntitlementReceived = EventOf<typeof EntitlementReceived>;
