import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { DISCHARGE_REASONS } from './care.vocabulary';
import { CaseId, CwcOrderReference, DateTime, DistrictCode, ShelterHome, oneOf } from './care.schemas';

export const DischargedFromShelter = defineEvent(
  'care.DischargedFromShelter',
  1,
  Type.Object(
    {
      caseId: CaseId,
      dischargedAt: DateTime('when the child left the home'),
      reason: oneOf(DISCHARGE_REASONS, { description: 'why the child left care' }),
      cwcOrderReference: CwcOrderReference('the order discharging the child'),
      home: Type.Optional(ShelterHome('the home the child left, as last recorded; absent when no placement is recorded')),
      destinationDistrictCode: Type.Optional(DistrictCode('where the child is going, e.g. the home district in Bihar')),
    },
    { description: 'The child left the shelter home\'s care on a CWC order; care in Rajasthan ends.' },
  ),
);
export type DischargedFromShelter = EventOf<typeof DischargedFromShelter>;
