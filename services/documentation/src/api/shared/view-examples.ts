import { EXAMPLE } from './examples';

// Example answers of the views, for the OpenAPI document (synthetic).

export const DOCUMENT_EXAMPLE = {
  documentId: EXAMPLE.documentId,
  kind: 'fir_copy',
  kindName: 'FIR copy (police report)',
  requiredBeforeRepatriation: true,
  restricted: false,
  mediaType: 'application/pdf',
  sizeBytes: 482133,
  sha256: EXAMPLE.sha256,
  issuer: 'PS Ramganj, Jaipur (synthetic)',
  issuedOn: '2026-03-14',
  documentNumber: '0142/2026',
  uploadedAt: '2026-03-20T06:15:12.000Z',
  uploadedBy: EXAMPLE.actor,
  status: 'current',
  verificationStatus: 'verified',
  verifications: [{ outcome: 'verified', committee: 'CWC Jaipur I', district: 'RJ-JPR', at: '2026-03-24T09:40:00.000Z', recordedBy: EXAMPLE.cwcActor }],
};

export const SUBMISSION_EXAMPLE = {
  submissionId: EXAMPLE.submissionId,
  committee: 'CWC Jaipur I',
  district: 'RJ-JPR',
  submittedAt: '2026-03-25T05:00:00.000Z',
  documentIds: [EXAMPLE.documentId],
  missingKinds: ['counselling_report', 'release_certificate', 'magistrate_statement', 'bank_account_proof', 'identity_document', 'individual_care_plan'],
  recordedBy: EXAMPLE.actor,
};

export const CASE_DOCUMENTS_EXAMPLE = {
  caseId: EXAMPLE.caseId,
  documents: [DOCUMENT_EXAMPLE],
  superseded: [],
  missingRequiredKinds: SUBMISSION_EXAMPLE.missingKinds,
  submissions: [SUBMISSION_EXAMPLE],
};

export const DOWNLOADS_EXAMPLE = [
  { documentId: EXAMPLE.documentId, sha256: EXAMPLE.sha256, downloadedBy: EXAMPLE.cwcActor, downloadedAt: '2026-03-24T09:31:02.000Z' },
];
