import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { BiharDistrict, CaseId, DateTime, PiiText, oneOf, strict } from './reintegration.schemas';
import { ENROLMENT_SCHOOL_KINDS, ENROLMENT_SCHOOL_MANAGEMENTS } from './reintegration.vocabulary';

export const SchoolEnrolled = defineEvent(
  'reintegration.SchoolEnrolled',
  1,
  Type.Object(
    {
      caseId: CaseId,
      enrolledAt: DateTime('the date of enrolment'),
      kind: oneOf(ENROLMENT_SCHOOL_KINDS, { description: 'a regular school or a bridge school' }),
      schoolName: PiiText('the school\'s name: with the village it locates the child'),
      udiseCode: Type.Optional(PiiText('the school\'s 11-digit UDISE+ code')),
      schoolDistrict: Type.Optional(BiharDistrict('the school\'s district')),
      management: Type.Optional(oneOf(ENROLMENT_SCHOOL_MANAGEMENTS, { description: 'who runs the school' })),
      grade: Type.Optional(Type.Integer({ minimum: 1, maximum: 12, description: 'the class enrolled in (a regular school)' })),
    },
    strict('The child was enrolled in a school or a bridge school (RTE Act for ages 6 to 14; G18).'),
  ),
);
export type SchoolEnrolled = EventOf<typeof SchoolEnrolled>;
