import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { BatchId, BiharDistrict, CaseId, DateTime, Text, strict } from './reintegration.schemas';

export const ChildHandedOver = defineEvent(
  'reintegration.ChildHandedOver',
  1,
  Type.Object(
    {
      batchId: BatchId,
      caseId: CaseId,
      handedOverAt: DateTime('when the child was handed over'),
      receivingOffice: Text('the office that received the child, e.g. Social Welfare Dept., Bihar, Gaya district office'),
      receivingDistrict: BiharDistrict('the district of that office'),
      receivedByDesignation: Type.Optional(Text('the receiving officer\'s designation, e.g. Assistant Director, DCPU')),
    },
    strict('A child of a batch was handed over to the Social Welfare Dept., Bihar.'),
  ),
);
export type ChildHandedOver = EventOf<typeof ChildHandedOver>;
