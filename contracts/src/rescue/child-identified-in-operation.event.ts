import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, OperationId, Text } from './rescue.schemas';

export const ChildIdentifiedInOperation = defineEvent(
  'rescue.ChildIdentifiedInOperation',
  1,
  Type.Object(
    {
      operationId: OperationId,
      caseId: CaseId,
      reference: Text('the case\'s human reference, e.g. RJ-JPR-2026-00042'),
      identifiedAt: DateTime('when the child was identified at the scene'),
    },
    { description: 'A child was identified in this operation; the child\'s own record is the case stream.' },
  ),
);
export type ChildIdentifiedInOperation = EventOf<typeof ChildIdentifiedInOperation>;
