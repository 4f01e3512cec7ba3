import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { AgencyKind, DateTime, DistrictCode, OperationId, PiiText, StateCode, Text, oneOf } from './rescue.schemas';
import { INFORMATION_CHANNELS } from './rescue.vocabulary';

const TeamMember = Type.Object(
  {
    agency: AgencyKind('the kind of agency'),
    organisation: Type.Optional(Text('the unit or organisation, e.g. AHTU Jaipur')),
    members: Type.Optional(Type.Integer({ minimum: 1, description: 'how many of its people took part' })),
  },
  { description: 'one agency of the raid team' },
);

export const OperationOpened = defineEvent(
  'rescue.OperationOpened',
  1,
  Type.Object(
    {
      operationId: OperationId,
      state: StateCode('the state of the workshop'),
      districtCode: DistrictCode('the district of the workshop'),
      policeStation: Text('the police station whose area the workshop is in'),
      workshopAddress: PiiText('the address of the workshop as written in the raid record'),
      startedAt: DateTime('when the raid began'),
      team: Type.Array(TeamMember, { minItems: 1, description: 'the raid team by agency' }),
      leadAgency: AgencyKind('the agency that led the raid; one of the team'),
      informedBy: Type.Object(
        {
          channel: oneOf(INFORMATION_CHANNELS, { description: 'how the team learned of the workshop' }),
          details: Type.Optional(PiiText('what the information said; may name people')),
        },
        { description: 'how the rescue was informed' },
      ),
      childrenReported: Type.Optional(
        Type.Integer({ minimum: 0, description: 'how many children the information spoke of (often far more than are found)' }),
      ),
    },
    { description: 'A raid on a workshop began: where, when, by whom, and on what information.' },
  ),
);
export type OperationOpened = EventOf<typeof OperationOpened>;
