import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  GUARDIAN_RELATIONS,
  RETURN_LEARNED_THROUGH,
  RETURN_ROUTES,
  SEXES,
  type GuardianRelation,
  type ReturnLearnedThrough,
  type ReturnRoute,
  type Sex,
} from '@setu/contracts';
import { DistrictCodeField, IntField, NestedField, OneOfField, TextField, TextListField } from '@setu/service-kit';
import { IsOptional, Matches } from 'class-validator';
import { DayOrTimeField, SummaryField } from '../shared/fields';

export class ChildNameDto {
  @TextField({ description: 'the name as given, in the script it was written in', example: 'सोनू कुमार' })
  text!: string;

  @ApiPropertyOptional({ description: 'ISO 15924 script code', example: 'Deva' })
  @IsOptional()
  @Matches(/^[A-Z][a-z]{3}$/, { message: '$property must be an ISO 15924 script code such as Deva or Latn' })
  script?: string;
}

export class GuardianDto {
  @TextField({ description: 'the guardian\'s name as given', example: 'Ramesh Manjhi' })
  name!: string;

  @OneOfField(GUARDIAN_RELATIONS, { description: 'relation to the child', example: 'father' })
  relation!: GuardianRelation;
}

export class HomeDto {
  @DistrictCodeField({ description: 'the home district, in Bihar', example: 'BR-GAY' })
  districtCode!: string;

  @TextField({ description: 'the block', example: 'Belaganj', optional: true })
  block?: string;

  @TextField({ description: 'the village or town', example: 'Chakand', optional: true })
  village?: string;
}

export class OpenCaseRequestDto {
  @DayOrTimeField({ description: 'when the reintegration side first met the child', example: '2026-05-02T11:30:00+05:30' })
  identifiedAt!: string;

  @OneOfField(RETURN_LEARNED_THROUGH, { description: 'how the reintegration side learned of the child', example: 'panchayat_or_vcpc' })
  learnedThrough!: ReturnLearnedThrough;

  @OneOfField(RETURN_ROUTES, { description: 'how the child came home', example: 'sent_by_employer_or_trafficker' })
  returnRoute!: ReturnRoute;

  @DayOrTimeField({ description: 'when the child came home, if known', example: '2026-04-20', optional: true })
  returnedHomeAt?: string;

  @NestedField(() => ChildNameDto, {
    description: 'the names as given, in any script; the first is the one in use',
    example: [{ text: 'सोनू कुमार', script: 'Deva' }, { text: 'Sonu Kumar', script: 'Latn' }],
    minItems: 1,
    maxItems: 10,
  })
  names!: ChildNameDto[];

  @TextListField({ description: 'other names or spellings', example: ['Sonu Kr.'], optional: true, maxItems: 10 })
  aliases?: string[];

  @NestedField(() => GuardianDto, { description: 'the parent or guardian the child lives with', optional: true })
  guardian?: GuardianDto;

  @OneOfField(SEXES, { description: 'sex as recorded', example: 'male' })
  sex!: Sex;

  @IntField({ description: 'age as the child or family stated it, in whole years', example: 13, min: 0, max: 25, optional: true })
  ageStated?: number;

  @NestedField(() => HomeDto, { description: 'the child\'s home' })
  home!: HomeDto;

  @DistrictCodeField({ description: 'where the child says they were made to work', example: 'RJ-JPR', optional: true })
  workedInDistrict?: string;

  @SummaryField('Came back by train with two other boys of the village; worked in a bangle workshop for about a year.', 'what is known of the child\'s journey')
  summary?: string;
}
