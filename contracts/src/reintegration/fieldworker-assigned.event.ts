import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { AgencyKind, BiharDistrict, CaseId, DateTime, Text, strict } from './reintegration.schemas';

export const FieldworkerAssigned = defineEvent(
  'reintegration.FieldworkerAssigned',
  1,
  Type.Object(
    {
      caseId: CaseId,
      assignedAt: DateTime('when the assignment was made'),
      homeDistrict: BiharDistrict('the home district the NGO covers for this child'),
      ngo: Type.Object(
        { name: Text('the NGO\'s name'), orgId: Type.Optional(Text('the NGO\'s organisation id in Setu (the `org` claim)')) },
        { description: 'the NGO responsible for the child' },
      ),
      fieldworker: Type.Object(
        { name: Text('the fieldworker\'s name'), userId: Type.Optional(Text('the fieldworker\'s user id in Setu (the `sub` claim)')) },
        { description: 'the fieldworker who follows the child up' },
      ),
      assignedBy: Type.Optional(AgencyKind('the kind of agency that made the assignment, usually the DCPU')),
    },
    strict('An NGO and its fieldworker were made responsible for the child in the home district; a later assignment replaces it.'),
  ),
);
export type FieldworkerAssigned = EventOf<typeof FieldworkerAssigned>;
