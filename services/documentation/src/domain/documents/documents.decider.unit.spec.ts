import type { DocumentsEvent, DocumentUploaded } from '@setu/contracts';
import { CommandRejected } from '@setu/decider';
import { given } from '@setu/decider/testing';
import type { ScanFacts, SubmitDocumentsToCwc, SupersedeDocument, UploadDocument, VerifyDocument } from './documents.commands';
import { documentsDecider } from './documents.decider';

const caseId = '0195f3a0-7c2e-7b41-9a3d-2f1e0c9b8a71';
const firCopy = '0195f3a1-0000-7000-8000-000000000001';
const rescan = '0195f3a1-0000-7000-8000-000000000002';
const medical = '0195f3a1-0000-7000-8000-000000000003';
const third = '0195f3a1-0000-7000-8000-000000000004';
const at = new Date('2026-03-20T06:15:00.000Z');
const sha = (c: string) => c.repeat(64);

const scan = (documentId: string, overrides: Partial<ScanFacts> = {}): ScanFacts => ({
  documentId,
  kind: 'fir_copy',
  mediaType: 'application/pdf',
  sizeBytes: 48213,
  sha256: sha('a'),
  issuer: 'PS Ramganj, Jaipur (synthetic)',
  issuedOn: '2026-03-14',
  documentNumber: '0142/2026',
  ...overrides,
});

const uploadedEvent = (s: ScanFacts, supersedes?: string): DocumentUploaded => ({
  type: 'documentation.DocumentUploaded',
  data: {
    caseId,
    documentId: s.documentId,
    kind: s.kind,
    mediaType: s.mediaType,
    sizeBytes: s.sizeBytes,
    sha256: s.sha256,
    issuer: s.issuer,
    issuedOn: s.issuedOn,
    ...(s.documentNumber === undefined ? {} : { documentNumber: s.documentNumber }),
    uploadedAt: at.toISOString(),
    ...(supersedes === undefined ? {} : { supersedes }),
  },
});

const upload = (s: ScanFacts): UploadDocument => ({ type: 'UploadDocument', data: { caseId, ...s }, occurredAt: at });
const supersede = (documentId: string, s: ScanFacts): SupersedeDocument => ({
  type: 'SupersedeDocument',
  data: { caseId, documentId, reason: 'better_scan', scan: s },
  occurredAt: at,
});
const verify = (documentId: string, outcome: VerifyDocument['data']['outcome'] = { verdict: 'verified' }): VerifyDocument => ({
  type: 'VerifyDocument',
  data: { caseId, documentId, committee: 'CWC Jaipur I', district: 'RJ-JPR', outcome },
  occurredAt: at,
});
const submit = (documentIds?: string[]): SubmitDocumentsToCwc => ({
  type: 'SubmitDocumentsToCwc',
  data: { caseId, submissionId: third, committee: 'CWC Jaipur I', district: 'RJ-JPR', ...(documentIds === undefined ? {} : { documentIds }) },
  occurredAt: at,
});

const fir = scan(firCopy);
const firUploaded = uploadedEvent(fir);
const superseded: DocumentsEvent = {
  type: 'documentation.DocumentSuperseded',
  data: { caseId, documentId: firCopy, supersededBy: rescan, reason: 'better_scan' },
};
const medicalScan = scan(medical, { kind: 'medical_report', mediaType: 'image/jpeg', sha256: sha('c'), documentNumber: undefined });

const decider = given(documentsDecider);

describe('UploadDocument', () => {
  it('records the scan, the first document opening the file', () => {
    decider([]).when(upload(fir)).then([firUploaded]);
  });

  it('records a document without a number', () => {
    decider([firUploaded]).when(upload(medicalScan)).then([uploadedEvent(medicalScan)]);
  });

  it('recognises the same content uploaded again: nothing is recorded', () => {
    decider([firUploaded]).when(upload(scan(rescan))).then([]);
  });

  it('recognises content that is held by a superseded document too', () => {
    decider([firUploaded, uploadedEvent(scan(rescan, { sha256: sha('b') }), firCopy), superseded])
      .when(upload(scan(third, { sha256: sha('a') })))
      .then([]);
  });

  it('treats a retry with the same document id as done', () => {
    decider([firUploaded]).when(upload(fir)).then([]);
  });
});

describe('SupersedeDocument', () => {
  const newer = scan(rescan, { sha256: sha('b') });

  it('records the newer scan and that it replaces the old one', () => {
    decider([firUploaded]).when(supersede(firCopy, newer)).then([uploadedEvent(newer, firCopy), superseded]);
  });

  it('rejects an unknown document (404)', () => {
    const error = decider([firUploaded]).when(supersede(medical, newer)).thenThrows(CommandRejected);
    expect(error).toMatchObject({ code: 'DOCUMENT_NOT_FOUND', category: 'not_found', errors: [{ field: 'documentId' }] });
    decider([]).when(supersede(firCopy, newer)).thenThrows((e) => e instanceof CommandRejected && e.code === 'DOCUMENT_NOT_FOUND');
  });

  it('rejects superseding a document already replaced, naming the current one (409)', () => {
    const error = decider([firUploaded, uploadedEvent(newer, firCopy), superseded])
      .when(supersede(firCopy, scan(third, { sha256: sha('d') })))
      .thenThrows(CommandRejected);
    expect(error).toMatchObject({ code: 'DOCUMENT_ALREADY_SUPERSEDED', category: 'conflict' });
    expect(error.message).toContain(rescan);
  });

  it('treats a retry of the same supersession as done', () => {
    decider([firUploaded, uploadedEvent(newer, firCopy), superseded]).when(supersede(firCopy, newer)).then([]);
  });

  it('recognises a newer scan whose content is already in the file', () => {
    decider([firUploaded, uploadedEvent(medicalScan)]).when(supersede(firCopy, scan(rescan, { sha256: sha('c') }))).then([]);
  });
});

describe('VerifyDocument', () => {
  it('records the verification by the committee', () => {
    decider([firUploaded])
      .when(verify(firCopy))
      .then([
        {
          type: 'documentation.DocumentVerified',
          data: { caseId, documentId: firCopy, committee: 'CWC Jaipur I', district: 'RJ-JPR', verifiedAt: at.toISOString() },
        },
      ]);
  });

  it('records a refusal with its reason', () => {
    decider([firUploaded])
      .when(verify(firCopy, { verdict: 'refused', reason: 'illegible' }))
      .then([
        {
          type: 'documentation.DocumentVerificationRefused',
          data: { caseId, documentId: firCopy, committee: 'CWC Jaipur I', district: 'RJ-JPR', refusedAt: at.toISOString(), reason: 'illegible' },
        },
      ]);
  });

  it('accepts a late verification of a scan that was superseded meanwhile', () => {
    const newer = scan(rescan, { sha256: sha('b') });
    decider([firUploaded, uploadedEvent(newer, firCopy), superseded])
      .when(verify(firCopy))
      .then([expect.objectContaining({ type: 'documentation.DocumentVerified' }) as DocumentsEvent]);
  });

  it('rejects an unknown document (404)', () => {
    decider([]).when(verify(firCopy)).thenThrows((e) => e instanceof CommandRejected && e.code === 'DOCUMENT_NOT_FOUND');
    decider([firUploaded]).when(verify(medical)).thenThrows((e) => e instanceof CommandRejected && e.category === 'not_found');
  });
});

describe('SubmitDocumentsToCwc', () => {
  const submitted = (documentIds: string[], missingKinds: string[]) => [
    {
      type: 'documentation.DocumentsSubmittedToCwc',
      data: { caseId, submissionId: third, committee: 'CWC Jaipur I', district: 'RJ-JPR', submittedAt: at.toISOString(), documentIds, missingKinds },
    } as DocumentsEvent,
  ];
  const allButFir = [
    'counselling_report',
    'medical_report',
    'release_certificate',
    'magistrate_statement',
    'bank_account_proof',
    'identity_document',
    'individual_care_plan',
  ];
  const allButFirAndMedical = [
    'counselling_report',
    'release_certificate',
    'magistrate_statement',
    'bank_account_proof',
    'identity_document',
    'individual_care_plan',
  ];

  it('submits every current document by default, naming the key documents still missing', () => {
    decider([firUploaded, uploadedEvent(medicalScan)])
      .when(submit())
      .then(submitted([firCopy, medical], allButFirAndMedical));
  });

  it('leaves superseded scans out by default', () => {
    const newer = scan(rescan, { sha256: sha('b') });
    decider([firUploaded, uploadedEvent(newer, firCopy), superseded])
      .when(submit())
      .then(submitted([rescan], allButFir));
  });

  it('submits the documents named, even a superseded one (a late report of a paper submission)', () => {
    decider([firUploaded, uploadedEvent(scan(rescan, { sha256: sha('b') }), firCopy), superseded])
      .when(submit([firCopy]))
      .then(submitted([firCopy], allButFir));
  });

  it('rejects a submission with nothing to submit (422)', () => {
    const error = decider([]).when(submit()).thenThrows(CommandRejected);
    expect(error).toMatchObject({ code: 'NO_DOCUMENTS_TO_SUBMIT', category: 'unprocessable' });
  });

  it('rejects documents that are not in the file, naming each (422)', () => {
    const error = decider([firUploaded]).when(submit([firCopy, medical, rescan])).thenThrows(CommandRejected);
    expect(error).toMatchObject({ code: 'UNKNOWN_DOCUMENT', errors: [{ field: 'documentIds[1]' }, { field: 'documentIds[2]' }] });
  });

  it('treats a retried submission as done', () => {
    decider([firUploaded, ...submitted([firCopy], [])]).when(submit()).then([]);
  });
});
