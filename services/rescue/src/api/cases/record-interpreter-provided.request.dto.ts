import { ReportedTimeField, TextField } from '@setu/service-kit';
import { LanguageCodeField } from '../shared/field.decorators';

export class RecordInterpreterProvidedRequestDto {
  @ReportedTimeField({ description: 'when the interpreter began', example: '2026-03-10T12:00:00+05:30' })
  providedAt!: string;

  @LanguageCodeField({ description: 'the language interpreted (ISO 639-3)', example: 'mag' })
  language!: string;

  @TextField({ description: 'the interpreter (name or designation)', example: 'Interpreter, Childline 1098', optional: true })
  interpreter?: string;

  @TextField({ description: 'who provided the interpreter', example: 'Childline 1098 Jaipur', optional: true })
  organisation?: string;
}
