import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, DistrictCode, Text, oneOf } from './rescue.schemas';
import { CWC_ORDER_KINDS } from './rescue.vocabulary';

export const CwcOrderIssued = defineEvent(
  'rescue.CwcOrderIssued',
  1,
  Type.Object(
    {
      caseId: CaseId,
      orderedAt: DateTime('when the committee passed the order'),
      cwcDistrictCode: DistrictCode('the district of the Child Welfare Committee'),
      order: oneOf(CWC_ORDER_KINDS, { description: 'what the committee ordered' }),
      shelterHome: Type.Optional(
        Type.Object(
          { name: Text('the home or Child Care Institution'), districtCode: DistrictCode('its district') },
          { description: 'the home the child is placed in (shelter placement)' },
        ),
      ),
      orderReference: Type.Optional(Text('the number of the order')),
    },
    { description: 'A Child Welfare Committee passed an order for the child after production.' },
  ),
);
export type CwcOrderIssued = EventOf<typeof CwcOrderIssued>;
