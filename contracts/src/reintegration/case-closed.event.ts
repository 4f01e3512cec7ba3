import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, DomainScores, Domains, SomeDomainScores, Summary, oneOf, strict } from './reintegration.schemas';
import { CASE_CLOSURE_REASONS, DOMAIN_SCORE_MAX, DOMAIN_SCORE_MIN } from './reintegration.vocabulary';

export const ReintegrationCaseClosed = defineEvent(
  'reintegration.CaseClosed',
  1,
  Type.Object(
    {
      caseId: CaseId,
      closedAt: DateTime('when the case was closed'),
      reason: oneOf(CASE_CLOSURE_REASONS, { description: 'why it was closed' }),
      closingScores: Type.Optional(SomeDomainScores),
      latestScores: Type.Partial(DomainScores, {
        description: 'the latest score known in each domain at closure (the closing scores included); a domain never scored is absent',
      }),
      criteriaMetFrom: Type.Integer({
        minimum: DOMAIN_SCORE_MIN,
        maximum: DOMAIN_SCORE_MAX,
        description: 'the score from which a domain met its criteria when the case was closed (policy)',
      }),
      allDomainsMetCriteria: Type.Boolean({ description: 'whether every one of the six domains met its criteria; false is an early closure (G20)' }),
      domainsBelowCriteria: Domains('the domains below their criteria or never scored'),
      summary: Summary('the closing note'),
    },
    strict('The reintegration case was closed; an early closure is recorded as such, never refused (G20).'),
  ),
);
export type ReintegrationCaseClosed = EventOf<typeof ReintegrationCaseClosed>;
