import { defineEvent, type EventOf } from '../event-schema';
import { Type } from '@sinclair/typebox';
import { CaseId, DateTime, DomainScores, Domains, Summary, strict } from './reintegration.schemas';

export const NeedsAssessed = defineEvent(
  'reintegration.NeedsAssessed',
  1,
  Type.Object(
    {
      caseId: CaseId,
      assessedAt: DateTime('when the assessment was made, at the child\'s home'),
      scores: DomainScores,
      priorityDomains: Type.Optional(Domains('the domains to act on first')),
      summary: Summary('the needs found'),
    },
    strict('A needs assessment scored the child in each of the six domains; the first one is the initial needs assessment (G16).'),
  ),
);
export type NeedsAssessed = EventOf<typeof NeedsAssessed>;
