import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LEARNING_SUBJECTS, LEARNING_TESTS, type LearningSubject, type LearningTest } from '@setu/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { FieldTime } from '../shared/field-time';
import { Line, OneOf, OptionalDocumentId, OptionalLine } from '../shared/text';

export class LearningAssessmentDto {
  @OneOf(LEARNING_TESTS, 'pre-test on arrival or post-test before departure', 'pre_test')
  test!: LearningTest;

  @OneOf(LEARNING_SUBJECTS, 'the subject assessed', 'hindi')
  subject!: LearningSubject;

  @FieldTime('when the test was taken', '2026-03-06T10:00:00+05:30')
  assessedAt!: string;

  @ApiProperty({ description: 'the highest class whose learning outcomes the child meets (0: below class 1)', example: 1, minimum: 0, maximum: 12 })
  @IsInt()
  @Min(0)
  @Max(12)
  classLevel!: number;

  @ApiPropertyOptional({ description: 'the score, in percent', example: 35, minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  scorePercent?: number;

  @OptionalLine('the teacher, by name or designation', 'Shelter teacher, Rajkiya Bal Griha')
  assessedBy?: string;
}

export class ReportCardDto {
  @FieldTime('when the card was issued', '2026-05-25T10:00:00+05:30')
  issuedAt!: string;

  @Line('the teacher or home that issued it', 'Shelter teacher, Rajkiya Bal Griha')
  issuedBy!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'the recorded tests the card reports (ids returned when they were recorded)',
    example: ['0195f4c2-1b22-7c33-8d44-5e55f66a7b88', '0195f4c2-2c33-7d44-9e55-6f66a77b8c99'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  assessmentIds!: string[];

  @OptionalDocumentId('the signed card', '0195f4c0-6f5c-7183-9e92-70bff3b5c268')
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
