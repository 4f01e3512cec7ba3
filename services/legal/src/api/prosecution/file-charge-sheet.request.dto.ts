import type { FileChargeSheet } from '../../domain/fir/fir.commands';
import { EXAMPLE } from '../shared/examples';
import { IdList, PastTime, SectionCodes, Text, utc } from '../shared/request-fields';

export class FileChargeSheetRequest {
  @PastTime('when the police filed it (BNSS s.193)', '2026-05-25T12:00:00+05:30') filedAt!: string;
  @Text('the court it was filed in', 'Special Court (Human Trafficking), Jaipur') court!: string;
  @SectionCodes('the sections charged', ['BNS-143', 'BNS-146', 'JJA-79', 'CLPRA-14']) sections!: string[];
  @IdList('the accused charged (empty or absent when the sheet does not say)', [EXAMPLE.accusedId, EXAMPLE.otherAccusedId], { optional: true })
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
