import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { AgencyKind, BatchId, CaseId, DateTime, DistrictCode, Text, oneOf, strict } from './reintegration.schemas';
import { REPATRIATION_TRANSPORT_MODES } from './reintegration.vocabulary';

export const RepatriationBatchPlanned = defineEvent(
  'reintegration.BatchPlanned',
  1,
  Type.Object(
    {
      batchId: BatchId,
      plannedAt: DateTime('when the batch was planned'),
      reference: Type.Optional(Text('the sending authority\'s reference for the batch')),
      caseIds: Type.Array(CaseId, { minItems: 1, uniqueItems: true, description: 'the children to travel together' }),
      fromDistrict: DistrictCode('where the batch leaves from, usually RJ-JPR'),
      escort: Type.Object(
        {
          agencyKind: AgencyKind('the kind of escorting agency, e.g. sjpu'),
          agencyName: Text('the escorting agency'),
          escorts: Type.Optional(Type.Integer({ minimum: 1, description: 'how many escorts travel' })),
        },
        { description: 'who escorts the children' },
      ),
      transport: oneOf(REPATRIATION_TRANSPORT_MODES, { description: 'how the batch travels' }),
      plannedDepartureAt: DateTime('when the batch is planned to leave'),
    },
    strict('A repatriation batch was planned: children who travel together to their home state (DOMAIN.md, stage 7).'),
  ),
);
export type RepatriationBatchPlanned = EventOf<typeof RepatriationBatchPlanned>;
