import { LEARNING_SUBJECTS, LEARNING_TESTS, type LearningSubject, type LearningTest } from '@setu/contracts';
import { IntField, OneOfField, TextField, UuidField, UuidListField } from '@setu/service-kit';
import { FieldTime } from '../shared/field-time';

export class LearningAssessmentDto {
  @OneOfField(LEARNING_TESTS, { description: 'pre-test on arrival or post-test before departure', example: 'pre_test' })
  test!: LearningTest;

  @OneOfField(LEARNING_SUBJECTS, { description: 'the subject assessed', example: 'hindi' })
  subject!: LearningSubject;

  @FieldTime('when the test was taken', '2026-03-06T10:00:00+05:30')
  assessedAt!: string;

  @IntField({ description: 'the highest class whose learning outcomes the child meets (0: below class 1)', example: 1, min: 0, max: 12 })
  classLevel!: number;

  @IntField({ description: 'the score, in percent', example: 35, min: 0, max: 100, optional: true })
  scorePercent?: number;

  @TextField({ description: 'the teacher, by name or designation', example: 'Shelter teacher, Rajkiya Bal Griha', optional: true })
  assessedBy?: string;
}

export class ReportCardDto {
  @FieldTime('when the card was issued', '2026-05-25T10:00:00+05:30')
  issuedAt!: string;

  @TextField({ description: 'the teacher or home that issued it', example: 'Shelter teacher, Rajkiya Bal Griha' })
  issuedBy!: string;

  @UuidListField({
    description: 'the recorded tests the card reports (ids returned when they were recorded)',
    example: ['0195f4c2-1b22-7c33-8d44-5e55f66a7b88', '0195f4c2-2c33-7d44-9e55-6f66a77b8c99'],
    maxItems: 40,
  })
  assessmentIds!: string[];

  @UuidField({ description: 'the signed card: a document of the documentation service', example: '0195f4c0-6f5c-7183-9e92-70bff3b5c268', optional: true })
  documentId?: string;
}

export const LEARNING_ASSESSMENT_EXAMPLE = {
  test: 'pre_test',
  subject: 'hindi',
  assessedAt: '2026-03-06T10:00:00+05:30',
  classLevel: 1,
  scorePercent: 35,
  assessedBy: 'Shelter teacher, Rajkiya Bal Griha',
};

export const REPORT_CARD_EXAMPLE = {
  issuedAt: '2026-05-25T10:00:00+05:30',
  issuedBy: 'Shelter teacher, Rajkiya Bal Griha',
  assessmentIds: ['0195f4c2-1b22-7c33-8d44-5e55f66a7b88', '0195f4c2-2c33-7d44-9e55-6f66a77b8c99'],
  documentId: '0195f4c0-6f5c-7183-9e92-70bff3b5c268',
};
