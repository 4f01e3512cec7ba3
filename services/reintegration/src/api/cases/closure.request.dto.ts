import { CASE_CLOSURE_REASONS, CASE_REOPENING_REASONS, type CaseClosureReason, type CaseReopeningReason } from '@setu/contracts';
import { NestedField, OneOfField } from '@setu/service-kit';
import { DayOrTimeField, SummaryField } from '../shared/fields';
import { SomeDomainScoresDto } from './domain-scores.dto';

export class CloseCaseRequestDto {
  @DayOrTimeField({ description: 'when the case was closed', example: '2026-10-30' })
  closedAt!: string;

  @OneOfField(CASE_CLOSURE_REASONS, { description: 'why it was closed', example: 'reintegrated' })
  reason!: CaseClosureReason;

  @NestedField(() => SomeDomainScoresDto, { description: 'scores given at closure, if a last assessment was made', example: { safety_protection: 3, legal_justice: 3 }, optional: true })
  closingScores?: SomeDomainScoresDto;

  @SummaryField('Stable family, in school, ration card and health cover received; the CWC agreed to close.', 'the closing note')
  summary?: string;
}

export class ReopenCaseRequestDto {
  @DayOrTimeField({ description: 'when the case was reopened', example: '2026-11-10' })
  reopenedAt!: string;

  @OneOfField(CASE_REOPENING_REASONS, { description: 'why it was reopened', example: 'threat_or_harassment' })
  reason!: CaseReopeningReason;

  @SummaryField('The accused\'s family threatened the father before the trial date.', 'what happened')
  summary?: string;
}
