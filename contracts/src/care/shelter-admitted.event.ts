import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, CwcOrderReference, DateTime, ShelterHome, Uuid } from './care.schemas';

export const ShelterAdmitted = defineEvent(
  'care.ShelterAdmitted',
  1,
  Type.Object(
    {
      caseId: CaseId,
      admissionId: Uuid('this admission'),
      admittedAt: DateTime('when the child was admitted to the home'),
      home: ShelterHome('the home the child was admitted to'),
      cwcOrderReference: CwcOrderReference('the placement order'),
    },
    { description: 'The child was admitted to a shelter home on an order of the Child Welfare Committee.' },
  ),
);
export type ShelterAdmitted = EventOf<typeof ShelterAdmitted>;
