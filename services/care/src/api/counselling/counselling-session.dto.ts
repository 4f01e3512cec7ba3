import {
  COUNSELLING_KINDS,
  COUNSELLING_LANGUAGES,
  COUNSELLING_SETTINGS,
  type CounsellingKind,
  type CounsellingLanguage,
  type CounsellingSetting,
} from '@setu/contracts';
import { IntField, OneOfField, TextField, UuidField } from '@setu/service-kit';
import { FieldTime } from '../shared/field-time';

/** What was said stays in the restricted counselling report: this records only that a session took place. */
export class CounsellingSessionDto {
  @FieldTime('when the session began', '2026-03-05T11:00:00+05:30')
  heldAt!: string;

  @TextField({ description: 'the counsellor, by name or designation (a professional acting in office)', example: 'Counsellor, CLFJ trauma-informed panel' })
  counsellor!: string;

  @TextField({ description: 'the counsellor panel or organisation', example: 'Dept. for Child Rights counsellor panel', optional: true })
  organisation?: string;

  @OneOfField(COUNSELLING_KINDS, { description: 'what kind of session', example: 'individual' })
  kind!: CounsellingKind;

  @OneOfField(COUNSELLING_SETTINGS, { description: 'where the session was held', example: 'shelter_home' })
  setting!: CounsellingSetting;

  @IntField({ description: 'how long the session lasted, in minutes', example: 45, min: 1, max: 600, optional: true })
  durationMinutes?: number;

  @OneOfField(COUNSELLING_LANGUAGES, { description: 'the language of the session', example: 'maithili', optional: true })
  language?: CounsellingLanguage;

  @UuidField({ description: 'the counselling report, a restricted document: a document of the documentation service', example: '0195f4c0-2b18-7d4f-9a5e-3c7bafd18e24', optional: true })
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
