import { AGE_ASSESSMENT_METHODS, type AgeAssessmentMethod } from '@setu/contracts';
import { OneOfField, ReportedTimeField, TextField } from '@setu/service-kit';
import { AgeField } from '../shared/field.decorators';

export class RecordAgeAssessmentRequestDto {
  @ReportedTimeField({ description: 'when the age was assessed', example: '2026-03-12T11:30:00+05:30' })
  assessedAt!: string;

  @OneOfField(AGE_ASSESSMENT_METHODS, { description: 'how (JJ Act s.94: documents first)', example: 'ossification_test' })
  method!: AgeAssessmentMethod;

  @AgeField({ description: 'the assessed age in whole years (0 to 25)', example: 13 })
  years!: number;

  @AgeField({ description: 'lower bound of the range, if the assessment gives one', example: 12, optional: true })
  rangeFrom?: number;

  @AgeField({ description: 'upper bound of the range, if the assessment gives one', example: 14, optional: true })
  rangeTo?: number;

  @TextField({ description: 'who assessed it', example: 'Medical board, District Hospital, Jaipur', optional: true })
  assessedBy?: string;
}
