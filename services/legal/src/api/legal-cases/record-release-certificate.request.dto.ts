import { ReportedTimeField, TextField, utc } from '@setu/service-kit';
import type { RecordReleaseCertificate } from '../../domain/legal-case/legal-case.commands';
import { CaseCommandRequest } from './case-command.request.dto';

export class RecordReleaseCertificateRequest extends CaseCommandRequest {
  @TextField({ description: 'the number on the certificate', example: 'BLRC/JPR/2026/0031', maxLength: 60, trim: true }) certificateNumber!: string;
  @ReportedTimeField({ description: 'when it was issued', example: '2026-03-04T16:00:00+05:30', format: 'rfc3339' }) issuedAt!: string;
  @TextField({ description: 'the issuing authority', example: 'Sub-Divisional Magistrate, Jaipur (North)', trim: true }) issuedBy!: string;
  @TextField({ description: 'district code of the issuing authority (GET /reference/districts)', example: 'RJ-JPR', maxLength: 10, trim: true }) district!: string;
}

export function recordReleaseCertificateCommand(caseId: string, dto: RecordReleaseCertificateRequest): RecordReleaseCertificate {
  const issuedAt = utc(dto.issuedAt);
  return {
    type: 'RecordReleaseCertificate',
    occurredAt: new Date(issuedAt),
    data: { caseId, certificateNumber: dto.certificateNumber, issuedAt, issuedBy: dto.issuedBy, district: dto.district },
  };
}
