import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, Summary, oneOf, strict } from './reintegration.schemas';
import { CASE_REOPENING_REASONS } from './reintegration.vocabulary';

export const ReintegrationCaseReopened = defineEvent(
  'reintegration.CaseReopened',
  1,
  Type.Object(
    {
      caseId: CaseId,
      reopenedAt: DateTime('when the case was reopened'),
      reason: oneOf(CASE_REOPENING_REASONS, { description: 'why it was reopened' }),
      summary: Summary('what happened'),
    },
    strict('A closed reintegration case was reopened: progress is not linear.'),
  ),
);
export type ReintegrationCaseReopened = EventOf<typeof ReintegrationCaseReopened>;
