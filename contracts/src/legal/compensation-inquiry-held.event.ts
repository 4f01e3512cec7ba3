import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, Uuid } from './legal.schemas';

export const CompensationInquiryHeld = defineEvent(
  'legal.CompensationInquiryHeld',
  1,
  Type.Object(
    {
      caseId: CaseId,
      claimId: Uuid('the claim'),
      heldAt: DateTime('when the authority held its inquiry (BNSS s.396: within two months of the application)'),
    },
    { description: 'The authority inquired into a claim.' },
  ),
);
export type CompensationInquiryHeld = EventOf<typeof CompensationInquiryHeld>;
