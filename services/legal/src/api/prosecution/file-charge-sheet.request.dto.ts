import { ReportedTimeField, TextField, utc, UuidListField } from '@setu/service-kit';
import type { FileChargeSheet } from '../../domain/fir/fir.commands';
import { EXAMPLE } from '../shared/examples';
import { SectionCodes } from '../shared/request-fields';

export class FileChargeSheetRequest {
  @ReportedTimeField({ description: 'when the police filed it (BNSS s.193)', example: '2026-05-25T12:00:00+05:30', format: 'rfc3339' }) filedAt!: string;
  @TextField({ description: 'the court it was filed in', example: 'Special Court (Human Trafficking), Jaipur', trim: true }) court!: string;
  @SectionCodes('the sections charged', ['BNS-143', 'BNS-146', 'JJA-79', 'CLPRA-14']) sections!: string[];
  @UuidListField({ description: 'the accused charged (empty or absent when the sheet does not say)', example: [EXAMPLE.accusedId, EXAMPLE.otherAccusedId], optional: true, minItems: 0, maxItems: 100 })
  accusedIds?: string[];
}

export function fileChargeSheetCommand(chargeSheetId: string, dto: FileChargeSheetRequest): FileChargeSheet {
  const filedAt = utc(dto.filedAt);
  return {
    type: 'FileChargeSheet',
    occurredAt: new Date(filedAt),
    data: { chargeSheetId, filedAt, court: dto.court, sections: [...dto.sections], accusedIds: [...(dto.accusedIds ?? [])] },
  };
}
