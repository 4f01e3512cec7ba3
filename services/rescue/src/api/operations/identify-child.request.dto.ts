import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGE_ASSESSMENT_METHODS,
  GUARDIAN_RELATIONS,
  JURISDICTIONS,
  SEXES,
  WORK_TYPES,
  type AgeAssessmentMethod,
  type GuardianRelation,
  type Jurisdiction,
  type Sex,
  type WorkType,
} from '@setu/contracts';
import { BooleanField, DistrictCodeField, IntField, NestedField, OneOfField, ReportedTimeField, TextField, TextListField } from '@setu/service-kit';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches } from 'class-validator';
import { AgeField, LanguageCodeField } from '../shared/field.decorators';

export class ChildNameDto {
  @TextField({ description: 'the name as given, in the script it was written in; identifying', example: 'राहुल कुमार' })
  text!: string;

  @ApiPropertyOptional({ description: 'ISO 15924 script code', example: 'Deva' })
  @IsOptional()
  @Matches(/^[A-Z][a-z]{3}$/, { message: '$property must be an ISO 15924 code such as Deva or Latn' })
  script?: string;
}

export class GuardianDto {
  @TextField({ description: 'the guardian\'s name as given; identifying', example: 'Suresh Paswan' })
  name!: string;

  @OneOfField(GUARDIAN_RELATIONS, { description: 'relation to the child', example: 'father' })
  relation!: GuardianRelation;
}

export class AssessedAgeDto {
  @AgeField({ description: 'age as assessed, in whole years (0 to 25)', example: 13 })
  years!: number;

  @OneOfField(AGE_ASSESSMENT_METHODS, { description: 'how it was assessed', example: 'visual_estimate' })
  method!: AgeAssessmentMethod;
}

export class HomeDto {
  @ApiPropertyOptional({ description: 'home state code (see GET /reference/states)', example: 'BR', enum: [...JURISDICTIONS] })
  @IsOptional()
  @IsString()
  state?: Jurisdiction;

  @DistrictCodeField({ description: 'home district', example: 'BR-GAY', optional: true })
  districtCode?: string;

  @TextField({ description: 'block; identifying', example: 'Belaganj', optional: true })
  block?: string;

  @TextField({ description: 'village or town; identifying', example: 'Example Village', optional: true })
  village?: string;
}

export class WorkingConditionsDto {
  @OneOfField(WORK_TYPES, { description: 'the work the child was made to do', example: 'bangle_making', optional: true })
  work?: WorkType;

  @IntField({ description: 'hours of work a day, as told', example: 14, min: 0, max: 24, optional: true })
  hoursPerDay?: number;

  @IntField({ description: 'months at the workplace', example: 8, min: 0, max: 300, optional: true })
  monthsAtWorkplace?: number;

  @BooleanField({ description: 'whether the child was paid anything', example: false, optional: true })
  paid?: boolean;

  @TextField({
    description: 'conditions as described; may identify people and places',
    example: 'Worked at a furnace in a closed room; slept in the workshop.',
    maxLength: 4000,
    optional: true,
  })
  description?: string;
}

export class IdentifyChildRequestDto {
  @ReportedTimeField({ description: 'when the child was identified at the scene', example: '2026-03-10T10:30:00+05:30' })
  identifiedAt!: string;

  @NestedField(() => ChildNameDto, { description: 'names as given, in any script; the first is the one in use', minItems: 1, maxItems: 10 })
  names!: ChildNameDto[];

  @TextListField({ description: 'other names, nicknames or spellings; identifying', example: ['Rahul Kr.', 'Golu'], maxItems: 20, optional: true })
  aliases?: string[];

  @NestedField(() => GuardianDto, { description: 'the parent or guardian the child named', optional: true })
  guardian?: GuardianDto;

  @OneOfField(SEXES, { description: 'sex as recorded', example: 'male' })
  sex!: Sex;

  @AgeField({ description: 'age as the child stated it, in whole years (0 to 25)', example: 12, optional: true })
  ageStated?: number;

  @NestedField(() => AssessedAgeDto, { description: 'age as assessed at the scene', optional: true })
  ageAssessed?: AssessedAgeDto;

  @LanguageCodeField({ description: 'languages the child speaks (ISO 639-3)', example: ['mag', 'hin'], each: true })
  @IsArray()
  @ArrayMaxSize(10)
  languages!: string[];

  @BooleanField({ description: 'whether the child needs an interpreter', example: true })
  interpreterNeeded!: boolean;

  @NestedField(() => HomeDto, { description: 'the child\'s home, as far as known (every field optional)' })
  home!: HomeDto;

  @NestedField(() => WorkingConditionsDto, { description: 'the working conditions described at the scene', optional: true })
  workingConditions?: WorkingConditionsDto;

  @TextListField({
    description: 'references to photographs of the child in the document store; identifying',
    example: ['documents/0195d3a6-photo-1'],
    maxItems: 20,
    optional: true,
  })
  photoRefs?: string[];
}
