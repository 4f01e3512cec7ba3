import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, DistrictCode, Text } from './rescue.schemas';

export const ProducedBeforeCwc = defineEvent(
  'rescue.ProducedBeforeCwc',
  1,
  Type.Object(
    {
      caseId: CaseId,
      producedAt: DateTime('when the child was produced (JJ Act s.31: within 24 h of the rescue; later is a gap, G01)'),
      cwcDistrictCode: DistrictCode('the district of the Child Welfare Committee'),
      cwcName: Type.Optional(Text('which committee or bench, e.g. CWC Jaipur I')),
    },
    { description: 'The child was produced before a Child Welfare Committee.' },
  ),
);
export type ProducedBeforeCwc = EventOf<typeof ProducedBeforeCwc>;
