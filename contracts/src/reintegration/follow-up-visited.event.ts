import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, PiiText, SomeDomainScores, Summary, oneOf, strict } from './reintegration.schemas';
import {
  ENTITLEMENT_KINDS,
  ENTITLEMENT_STATUSES,
  FOLLOW_UP_CONTACTS,
  FOLLOW_UP_MODES,
  FOLLOW_UP_SCHOOL_STATUSES,
} from './reintegration.vocabulary';

export const FollowUpVisited = defineEvent(
  'reintegration.FollowUpVisited',
  1,
  Type.Object(
    {
      caseId: CaseId,
      visitedAt: DateTime('when the visit or call took place'),
      mode: oneOf(FOLLOW_UP_MODES, { description: 'in person or by phone' }),
      metWith: Type.Array(
        Type.Object(
          {
            relation: oneOf(FOLLOW_UP_CONTACTS, { description: 'who they are to the child' }),
            name: Type.Optional(PiiText('their name as given')),
          },
          { description: 'a person met or spoken to' },
        ),
        { minItems: 1, description: 'who was met or spoken to' },
      ),
      scores: Type.Optional(SomeDomainScores),
      schoolStatus: Type.Optional(oneOf(FOLLOW_UP_SCHOOL_STATUSES, { description: 'the child\'s schooling as seen' })),
      entitlements: Type.Optional(
        Type.Array(
          Type.Object(
            {
              kind: oneOf(ENTITLEMENT_KINDS, { description: 'the entitlement' }),
              status: oneOf(ENTITLEMENT_STATUSES, { description: 'where it stands' }),
            },
            { description: 'an entitlement of the family, as seen' },
          ),
          { description: 'the family\'s entitlements as seen on the visit' },
        ),
      ),
      threatsReported: Type.Boolean({ description: 'whether the child or family spoke of threats or harassment (details: ThreatReported)' }),
      summary: Summary('what was seen and agreed'),
    },
    strict('A follow-up visit (monthly, reported to the district CWC) or call by the fieldworker (G17).'),
  ),
);
export type FollowUpVisited = EventOf<typeof FollowUpVisited>;
