import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  COUNSELLING_KINDS,
  COUNSELLING_LANGUAGES,
  COUNSELLING_SETTINGS,
  type CounsellingKind,
  type CounsellingLanguage,
  type CounsellingSetting,
} from '@setu/contracts';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { FieldTime } from '../shared/field-time';
import { Line, OneOf, OptionalDocumentId, OptionalLine, OptionalOneOf } from '../shared/text';

/** What was said stays in the restricted counselling report: this records only that a session took place. */
export class CounsellingSessionDto {
  @FieldTime('when the session began', '2026-03-05T11:00:00+05:30')
  heldAt!: string;

  @Line('the counsellor, by name or designation (a professional acting in office)', 'Counsellor, CLFJ trauma-informed panel')
  counsellor!: string;

  @OptionalLine('the counsellor panel or organisation', 'Dept. for Child Rights counsellor panel')
  organisation?: string;

  @OneOf(COUNSELLING_KINDS, 'what kind of session', 'individual')
  kind!: CounsellingKind;

  @OneOf(COUNSELLING_SETTINGS, 'where the session was held', 'shelter_home')
  setting!: CounsellingSetting;

  @ApiPropertyOptional({ description: 'how long the session lasted, in minutes', example: 45, minimum: 1, maximum: 600 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  durationMinutes?: number;

  @OptionalOneOf(COUNSELLING_LANGUAGES, 'the language of the session', 'maithili')
  language?: CounsellingLanguage;

  @OptionalDocumentId('the counselling report, a restricted document', '0195f4c0-2b18-7d4f-9a5e-3c7bafd18e24')
  reportDocumentId?: string;
}

export const COUNSELLING_SESSION_EXAMPLE = {
  heldAt: '2026-03-05T11:00:00+05:30',
  counsellor: 'Counsellor, CLFJ trauma-informed panel',
  organisation: 'Dept. for Child Rights counsellor panel',
  kind: 'individual',
  setting: 'shelter_home',
  durationMinutes: 45,
  language: 'maithili',
  reportDocumentId: '0195f4c0-2b18-7d4f-9a5e-3c7bafd18e24',
};
