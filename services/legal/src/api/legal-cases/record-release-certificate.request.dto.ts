import type { RecordReleaseCertificate } from '../../domain/legal-case/legal-case.commands';
import { PastTime, Text, utc } from '../shared/request-fields';
import { CaseCommandRequest } from './case-command.request.dto';

export class RecordReleaseCertificateRequest extends CaseCommandRequest {
  @Text('the number on the certificate', 'BLRC/JPR/2026/0031', { maxLength: 60 }) certificateNumber!: string;
  @PastTime('when it was issued', '2026-03-04T16:00:00+05:30') issuedAt!: string;
  @Text('the issuing authority', 'Sub-Divisional Magistrate, Jaipur (North)') issuedBy!: string;
  @Text('district code of the issuing authority (GET /reference/districts)', 'RJ-JPR', { maxLength: 10 }) district!: string;
}

export function recordReleaseCertificateCommand(caseId: string, dto: RecordReleaseCertificateRequest): RecordReleaseCertificate {
  const issuedAt = utc(dto.issuedAt);
  return {
    type: 'RecordReleaseCertificate',
    occurredAt: new Date(issuedAt),
    data: { caseId, certificateNumber: dto.certificateNumber, issuedAt, issuedBy: dto.issuedBy, district: dto.district },
  };
}
