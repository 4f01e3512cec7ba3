import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, PiiText, Text, Uuid, oneOf, strict } from './reintegration.schemas';
import { ENTITLEMENT_KINDS, SUPPORT_BENEFICIARIES } from './reintegration.vocabulary';

export const EntitlementApplied = defineEvent(
  'reintegration.EntitlementApplied',
  1,
  Type.Object(
    {
      caseId: CaseId,
      entitlementId: Uuid('the entitlement, named by its receipt'),
      appliedAt: DateTime('when the application was made'),
      kind: oneOf(ENTITLEMENT_KINDS, { description: 'the entitlement applied for' }),
      otherKind: Type.Optional(Text('what it is, when kind is other')),
      scheme: Type.Optional(Text('the scheme by name, e.g. Ayushman Bharat PM-JAY')),
      beneficiary: oneOf(SUPPORT_BENEFICIARIES, { description: 'who it is for' }),
      applicationNumber: Type.Optional(PiiText('the application\'s number: it leads to the family')),
    },
    strict('The child or family applied, with the fieldworker\'s help, for a government entitlement.'),
  ),
);
export type EntitlementApplied = EventOf<typeof EntitlementApplied>;
