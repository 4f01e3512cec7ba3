import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { DOCUMENTATION_EVENTS, DocumentUploaded, piiPaths } from '@setu/contracts';
import { documentDownloadsDecider, documentsDecider, type DocumentsCommand } from './domain';

// What the deciders write must be what the contracts promise other services.

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const validators = new Map<string, ReturnType<typeof ajv.compile>>(DOCUMENTATION_EVENTS.map((definition) => [definition.type, ajv.compile(definition.schema)]));

const caseId = '0195f3a0-7c2e-7b41-9a3d-2f1e0c9b8a71';
const documentId = '0195f8c2-4b1d-7e3a-8f20-6a9c1d2e3f40';
const newer = '0195fa11-90c4-7d2b-b5e1-3c7d8e9f0a12';
const at = new Date('2026-03-20T06:15:00.000Z');
const scan = (id: string, sha: string) => ({
  documentId: id,
  kind: 'identity_document' as const,
  mediaType: 'image/tiff' as const,
  sizeBytes: 91234,
  sha256: sha.repeat(64),
  issuer: 'UIDAI (synthetic)',
  issuedOn: '2019-05-02',
  documentNumber: '9999 0000 1234',
});

function check(type: string, data: unknown): void {
  const validate = validators.get(type);
  expect(validate).toBeDefined();
  if (validate?.(data) !== true) throw new Error(`${type}: ${ajv.errorsText(validate?.errors)}`);
}

describe('documentation events against their contracts', () => {
  it('every event the deciders write validates against its schema', () => {
    const commands: DocumentsCommand[] = [
      { type: 'UploadDocument', data: { caseId, ...scan(documentId, 'a') }, occurredAt: at },
      { type: 'SupersedeDocument', data: { caseId, documentId, reason: 'better_scan', scan: scan(newer, 'b') }, occurredAt: at },
      { type: 'VerifyDocument', data: { caseId, documentId: newer, committee: 'CWC Jaipur I', district: 'RJ-JPR', outcome: { verdict: 'verified' } }, occurredAt: at },
      {
        type: 'VerifyDocument',
        data: { caseId, documentId, committee: 'CWC Jaipur I', district: 'RJ-JPR', outcome: { verdict: 'refused', reason: 'wrong_child' } },
        occurredAt: at,
      },
      { type: 'SubmitDocumentsToCwc', data: { caseId, submissionId: '0195fb02-1e6f-7a89-9c3d-4b5a6c7d8e9f', committee: 'CWC Jaipur I', district: 'RJ-JPR' }, occurredAt: at },
    ];
    let state = documentsDecider.initialState();
    const seen = new Set<string>();
    for (const command of commands) {
      for (const event of documentsDecider.decide(command, state)) {
        check(event.type, event.data);
        seen.add(event.type);
        state = documentsDecider.evolve(state, event);
      }
    }
    const [downloaded] = documentDownloadsDecider.decide(
      { type: 'RecordDownload', data: { caseId, documentId, sha256: 'a'.repeat(64), downloadedBy: { userId: 'u-1', orgId: 'o-1', role: 'cwc-member' } }, occurredAt: at },
      documentDownloadsDecider.initialState(),
    );
    check(downloaded?.type ?? '', downloaded?.data);
    seen.add(downloaded?.type ?? '');
    expect([...seen].sort()).toEqual(DOCUMENTATION_EVENTS.map((d) => d.type).sort());
  });

  it('marks the identifying fields of an upload for encryption: the issuer and the document number', () => {
    expect(piiPaths(DocumentUploaded.schema)).toEqual(['issuer', 'documentNumber']);
    for (const definition of DOCUMENTATION_EVENTS.filter((d) => d !== DocumentUploaded)) expect(piiPaths(definition.schema)).toEqual([]);
  });
});
