import { PROBLEM_CONTENT_TYPE } from '@setu/platform';
import { KEY_RING, type KeyRing } from '@setu/privacy';
import { useServiceTestApp } from '@setu/service-kit/testing';
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type request from 'supertest';
import { DocumentationModule } from '../documentation.module';
import { pdfOfSize, syntheticExecutable, syntheticJpeg, syntheticPdf, syntheticPng, syntheticTiff } from '../testing/scans';

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const ISSUER = 'PS Ramganj, Jaipur (synthetic)';
const DOCUMENT_NUMBER = 'FIR-0142/2026-SYN';
const AADHAAR = '9999 0000 1234';

describe('documentation over HTTP (real PostgreSQL, local blob store)', () => {
  const t = useServiceTestApp({
    modules: [DocumentationModule],
    principal: { userId: 'shelter-staff-0142', orgId: 'example-ngo-jaipur', role: 'shelter-staff' },
    logLevel: 'trace',
  });
  const { db } = t;
  let token: string;
  beforeAll(async () => {
    token = await t.token();
  });
  const store = () => t.store;

  const http = () => t.http();
  const auth = (req: request.Test) => req.set('Authorization', `Bearer ${token}`);
  const get = (path: string) => auth(http().get(path));
  const post = (path: string) => auth(http().post(path));
  const openCase = (): Promise<string> => t.openRescueCase();

  interface Upload {
    readonly kind?: string;
    readonly issuer?: string;
    readonly issuedOn?: string;
    readonly documentNumber?: string;
    readonly filename?: string;
    readonly contentType?: string;
    readonly extra?: Record<string, string>;
  }
  function upload(path: string, content: Buffer | undefined, form: Upload = {}) {
    let req = post(path);
    const fields = {
      kind: form.kind ?? 'fir_copy',
      issuer: form.issuer ?? ISSUER,
      issuedOn: form.issuedOn ?? '2026-03-14',
      ...(form.documentNumber === undefined ? {} : { documentNumber: form.documentNumber }),
      ...form.extra,
    };
    for (const [name, value] of Object.entries(fields)) if (value !== '') req = req.field(name, value);
    if (content !== undefined) req = req.attach('file', content, { filename: form.filename ?? 'scan.pdf', contentType: form.contentType ?? 'application/pdf' });
    return req;
  }
  const uploadTo = (caseId: string, content: Buffer | undefined, form?: Upload) => upload(`/documents/cases/${caseId}/documents`, content, form);

  const blobFiles = async (): Promise<string[]> => {
    const entries = await readdir(join(t.dataDir, 'blobs'), { recursive: true, withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  };
  const eventCount = async (): Promise<number> =>
    Number((await db.pool.query<{ n: string }>("SELECT count(*) AS n FROM setu_events WHERE type LIKE 'documentation.%'")).rows[0]?.n);
  const download = (caseId: string, documentId: string) =>
    get(`/documents/cases/${caseId}/documents/${documentId}/content`)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });

  const expectProblem = (res: request.Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    const body: unknown = Buffer.isBuffer(res.body) ? JSON.parse(res.body.toString()) : res.body;
    expect(body).toMatchObject({ status, code });
  };

  describe('the catalogue', () => {
    it('lists every kind, the eight key documents marked required and the counselling report restricted', async () => {
      const res = await get('/documents/kinds').expect(200);
      const kinds = res.body.kinds as { code: string; requiredBeforeRepatriation: boolean; restricted: boolean }[];
      expect(kinds).toHaveLength(16);
      expect(kinds.filter((k) => k.requiredBeforeRepatriation).map((k) => k.code)).toEqual([
        'fir_copy',
        'counselling_report',
        'medical_report',
        'release_certificate',
        'magistrate_statement',
        'bank_account_proof',
        'identity_document',
        'individual_care_plan',
      ]);
      expect(kinds.filter((k) => k.restricted).map((k) => k.code)).toEqual(['counselling_report']);
    });
  });

  describe('uploads', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = await openCase();
    });

    it('stores a PDF: 201 with Location and ETag, SHA-256 computed, encrypted at rest, recorded with its key in the metadata', async () => {
      const pdf = syntheticPdf();
      const res = await uploadTo(caseId, pdf, { documentNumber: DOCUMENT_NUMBER }).set('Idempotency-Key', 'upload-fir-1').expect(201);
      expect(res.body).toEqual({ documentId: expect.any(String), mediaType: 'application/pdf', sizeBytes: pdf.length, sha256: sha256(pdf), revision: 0 });
      expect(res.headers.location).toBe(`/documents/cases/${caseId}/documents/${res.body.documentId}`);
      expect(res.headers.etag).toBe('"0"');

      const [blob] = await blobFiles();
      const stored = await readFile(blob);
      expect(blob).toContain(`${caseId}/${res.body.documentId}`);
      expect(stored.includes(Buffer.from('%PDF'))).toBe(false);
      expect(stored.includes(Buffer.from('PS Ramganj'))).toBe(false);

      const { events } = await store().readStream(`documents-${caseId}`);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'documentation.DocumentUploaded',
        data: { caseId, documentId: res.body.documentId, kind: 'fir_copy', sizeBytes: pdf.length, sha256: sha256(pdf), documentNumber: DOCUMENT_NUMBER },
        metadata: { actor: { userId: 'shelter-staff-0142', role: 'shelter-staff' }, jurisdiction: 'RJ', idempotencyKey: 'upload-fir-1', source: 'setu.documentation' },
      });
    });

    it('decides the type by the magic bytes: a JPEG named .pdf is a JPEG; PNG and TIFF are accepted', async () => {
      const jpeg = syntheticJpeg();
      const res = await uploadTo(caseId, jpeg, { kind: 'medical_report', issuer: 'SMS Hospital, Jaipur (synthetic)', filename: 'injury.pdf' }).expect(201);
      expect(res.body).toMatchObject({ mediaType: 'image/jpeg', sha256: sha256(jpeg), revision: 1 });
      await uploadTo(caseId, syntheticPng(), { kind: 'learning_report_card', contentType: 'image/png' }).expect(201);
      const tiff = await uploadTo(caseId, syntheticTiff(), { kind: 'identity_document', documentNumber: AADHAAR, contentType: 'application/octet-stream' }).expect(201);
      expect(tiff.body.mediaType).toBe('image/tiff');
    });

    it('refuses an executable renamed .pdf with 415, storing nothing', async () => {
      const [files, events] = [await blobFiles(), await eventCount()];
      const res = await uploadTo(caseId, syntheticExecutable(), { filename: 'fir.pdf', contentType: 'application/pdf' });
      expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(res.body).toMatchObject({ detectedType: 'application/x-msdownload', errors: [{ field: 'file' }] });
      expect(await blobFiles()).toEqual(files);
      expect(await eventCount()).toBe(events);
      expectProblem(await uploadTo(caseId, Buffer.from('plain text, not a scan')), 415, 'UNSUPPORTED_MEDIA_TYPE');
      expectProblem(await uploadTo(caseId, Buffer.alloc(0)), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('refuses a 21 MB file with 413, storing nothing', async () => {
      const [files, events] = [await blobFiles(), await eventCount()];
      const res = await uploadTo(caseId, pdfOfSize(21 * 1024 * 1024));
      expectProblem(res, 413, 'DOCUMENT_TOO_LARGE');
      expect(await blobFiles()).toEqual(files);
      expect(await eventCount()).toBe(events);
    });

    it('refuses a file one byte over 20 MiB while streaming a chunked body (no Content-Length), storing nothing', async () => {
      const [files, events] = [await blobFiles(), await eventCount()];
      const res = await chunkedUpload(caseId, pdfOfSize(20 * 1024 * 1024 + 1));
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
      expect(await blobFiles()).toEqual(files);
      expect(await eventCount()).toBe(events);
    });

    it('accepts a file of exactly 20 MiB, streamed in chunks', async () => {
      const exact = pdfOfSize(20 * 1024 * 1024);
      const res = await chunkedUpload(caseId, exact);
      expect(res.status).toBe(201);
      expect(JSON.parse(res.body)).toMatchObject({ sizeBytes: exact.length, sha256: sha256(exact) });
    });

    it('recognises the same content uploaded again: 409 naming the document that holds it, no second blob', async () => {
      const pdf = syntheticPdf();
      const first = (await store().readStream(`documents-${caseId}`)).events[0]?.data as { documentId: string };
      const [files, events] = [await blobFiles(), await eventCount()];
      const res = await uploadTo(caseId, pdf, { kind: 'cwc_order', filename: 'again.pdf' });
      expectProblem(res, 409, 'DUPLICATE_DOCUMENT');
      expect(res.body).toMatchObject({ documentId: first.documentId, location: `/documents/cases/${caseId}/documents/${first.documentId}` });
      expect(await blobFiles()).toEqual(files);
      expect(await eventCount()).toBe(events);
    });

    it('names each malformed field with 400, storing nothing', async () => {
      const [files, events] = [await blobFiles(), await eventCount()];
      const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      const res = await uploadTo(caseId, syntheticPdf('malformed'), { kind: 'passport', issuer: '', issuedOn: future, extra: { childName: 'x' } });
      expectProblem(res, 400, 'VALIDATION_FAILED');
      const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
      expect(new Set(fields)).toEqual(new Set(['childName', 'kind', 'issuer', 'issuedOn']));
      const noFile = await uploadTo(caseId, undefined);
      expectProblem(noFile, 400, 'VALIDATION_FAILED');
      expect(noFile.body.errors).toEqual([{ field: 'file', message: expect.any(String) }]);
      expectProblem(await post(`/documents/cases/${caseId}/documents`).send({ kind: 'fir_copy' }), 415, 'MULTIPART_REQUIRED');
      const twoFiles = await uploadTo(caseId, syntheticPdf('one of two')).attach('photo', syntheticJpeg(), 'child.jpg');
      expectProblem(twoFiles, 400, 'VALIDATION_FAILED');
      expect(twoFiles.body.errors).toEqual([expect.objectContaining({ field: 'photo' })]);
      const cut = await post(`/documents/cases/${caseId}/documents`)
        .set('Content-Type', 'multipart/form-data; boundary=xyz')
        .send('--xyz\r\nContent-Disposition: form-data; name="kind"\r\n\r\nfir_copy\r\n--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 cut');
      expectProblem(cut, 400, 'UPLOAD_FORM_INVALID');
      expectProblem(await uploadTo('not-a-uuid', syntheticPdf()), 400, 'VALIDATION_FAILED');
      expect(await blobFiles()).toEqual(files);
      expect(await eventCount()).toBe(events);
    });

    it('refuses an upload for a case nobody opened (no rescue stream) with 422, storing nothing', async () => {
      const files = await blobFiles();
      const res = await uploadTo(randomUUID(), syntheticPdf('no case'));
      expectProblem(res, 422, 'UNKNOWN_CASE');
      expect(res.body.errors).toEqual([{ field: 'caseId', message: expect.any(String) }]);
      expect(await blobFiles()).toEqual(files);
    });

    it('accepts a late document: issued years ago, uploaded now', async () => {
      await uploadTo(caseId, syntheticPdf('birth certificate'), { kind: 'identity_document', issuedOn: '2011-08-02' }).expect(201);
    });
  });

  describe('download, supersede, verify, submit', () => {
    let caseId: string;
    let fir: string;
    let medical: string;
    const pdf = syntheticPdf('FIR 0099/2026, PS Kotwali (synthetic)');
    beforeAll(async () => {
      caseId = await openCase();
      fir = (await uploadTo(caseId, pdf, { documentNumber: DOCUMENT_NUMBER }).expect(201)).body.documentId as string;
      medical = (await uploadTo(caseId, syntheticJpeg(30_000), { kind: 'medical_report' }).expect(201)).body.documentId as string;
    });

    it('gives back exactly the bytes uploaded (SHA-256 equal) and records who downloaded them, and when', async () => {
      const res = await download(caseId, fir).expect(200);
      expect(sha256(res.body as Buffer)).toBe(sha256(pdf));
      expect((res.body as Buffer).equals(pdf)).toBe(true);
      expect(res.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(pdf.length),
        'content-disposition': `attachment; filename="${fir}.pdf"`,
        'repr-digest': `sha-256=:${createHash('sha256').update(pdf).digest('base64')}:`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      const jpeg = await download(caseId, medical).expect(200);
      expect(jpeg.headers['content-type']).toBe('image/jpeg');

      const downloads = await get(`/documents/cases/${caseId}/downloads`).expect(200);
      expect(downloads.body.downloads).toEqual([
        { documentId: fir, sha256: sha256(pdf), downloadedBy: { userId: 'shelter-staff-0142', orgId: 'example-ngo-jaipur', role: 'shelter-staff' }, downloadedAt: expect.any(String) },
        expect.objectContaining({ documentId: medical }),
      ]);
      // Reads never move the revision a client sends as If-Match.
      expect((await get(`/documents/cases/${caseId}`).expect(200)).headers.etag).toBe('"1"');
    });

    it("lists the file: current documents, who uploaded them, the key documents missing", async () => {
      const res = await get(`/documents/cases/${caseId}`).expect(200);
      expect(res.body.documents.map((d: { documentId: string }) => d.documentId)).toEqual([fir, medical]);
      expect(res.body.documents[0]).toMatchObject({
        kind: 'fir_copy',
        kindName: 'FIR copy (police report)',
        requiredBeforeRepatriation: true,
        status: 'current',
        verificationStatus: 'unverified',
        uploadedBy: { userId: 'shelter-staff-0142' },
      });
      expect(res.body.missingRequiredKinds).toEqual([
        'counselling_report',
        'release_certificate',
        'magistrate_statement',
        'bank_account_proof',
        'identity_document',
        'individual_care_plan',
      ]);
      expectProblem(await get(`/documents/cases/${randomUUID()}`), 404, 'CASE_NOT_FOUND');
      const fresh = await openCase();
      const empty = await get(`/documents/cases/${fresh}`).expect(200);
      expect(empty.body).toMatchObject({ documents: [], missingRequiredKinds: expect.arrayContaining(['fir_copy']) });
      expectProblem(await get(`/documents/cases/${caseId}/documents/${randomUUID()}`), 404, 'DOCUMENT_NOT_FOUND');
    });

    it('supersedes a document with a newer scan, keeping the old one as history; a stale If-Match is a 409', async () => {
      const newer = syntheticPdf('FIR 0099/2026, PS Kotwali, certified copy (synthetic)');
      const stale = await upload(`/documents/cases/${caseId}/documents/${fir}/supersessions`, newer, { extra: { reason: 'better_scan' } }).set('If-Match', '"0"');
      expectProblem(stale, 409, 'CONCURRENCY_CONFLICT');
      expect(stale.body.actualRevision).toBe(1);

      let req = post(`/documents/cases/${caseId}/documents/${fir}/supersessions`).set('If-Match', '"1"').field('reason', 'reissued');
      req = req.attach('file', newer, { filename: 'fir-certified.pdf', contentType: 'application/pdf' });
      const res = await req.expect(201);
      const replacement = res.body.documentId as string;
      expect(res.headers.location).toBe(`/documents/cases/${caseId}/documents/${replacement}`);
      expect(res.headers.etag).toBe('"3"');

      const file = (await get(`/documents/cases/${caseId}`).expect(200)).body;
      expect(file.documents.map((d: { documentId: string }) => d.documentId)).toEqual([medical, replacement]);
      expect(file.documents[1]).toMatchObject({ kind: 'fir_copy', issuer: ISSUER, documentNumber: DOCUMENT_NUMBER, supersedes: fir, status: 'current' });
      expect(file.superseded).toEqual([expect.objectContaining({ documentId: fir, status: 'superseded', supersededBy: replacement, supersessionReason: 'reissued' })]);
      expect(sha256((await download(caseId, replacement).expect(200)).body as Buffer)).toBe(sha256(newer));
      expect(sha256((await download(caseId, fir).expect(200)).body as Buffer)).toBe(sha256(pdf));

      const again = await upload(`/documents/cases/${caseId}/documents/${fir}/supersessions`, syntheticPdf('third'), { extra: { reason: 'corrected' } });
      expectProblem(again, 409, 'DOCUMENT_ALREADY_SUPERSEDED');
      expect(again.body.detail).toContain(replacement);
      expectProblem(await upload(`/documents/cases/${caseId}/documents/${randomUUID()}/supersessions`, syntheticPdf('x'), { extra: { reason: 'corrected' } }), 404, 'DOCUMENT_NOT_FOUND');
    });

    it("records the CWC's verification or refusal, late entries included; names malformed fields", async () => {
      const verify = (documentId: string, body: Record<string, unknown>) => post(`/documents/cases/${caseId}/documents/${documentId}/verifications`).send(body);
      const cwc = { committee: 'CWC Jaipur I', district: 'RJ-JPR' };
      const ok = await verify(medical, { ...cwc, outcome: 'verified', verifiedAt: '2026-03-24T15:10:00+05:30' }).set('Idempotency-Key', 'verify-1').expect(201);
      expect(ok.headers.etag).toBe(`"${ok.body.revision}"`);
      const replay = await verify(medical, { ...cwc, outcome: 'verified', verifiedAt: '2026-03-24T15:10:00+05:30' }).set('Idempotency-Key', 'verify-1').expect(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      await verify(fir, { ...cwc, outcome: 'refused', reason: 'illegible', verifiedAt: '2020-01-01T10:00:00+05:30' }).expect(201);

      const file = (await get(`/documents/cases/${caseId}`).expect(200)).body;
      expect(file.documents[0]).toMatchObject({ verificationStatus: 'verified', verifications: [{ outcome: 'verified', committee: 'CWC Jaipur I', at: '2026-03-24T09:40:00.000Z' }] });
      expect(file.superseded[0]).toMatchObject({ verificationStatus: 'refused', verifications: [{ outcome: 'refused', reason: 'illegible' }] });

      const bad = await verify(medical, { committee: '', district: 'RJ-XXX', outcome: 'refused', verifiedAt: 'yesterday' });
      expectProblem(bad, 400, 'VALIDATION_FAILED');
      expect(new Set((bad.body.errors as { field: string }[]).map((e) => e.field))).toEqual(new Set(['committee', 'district', 'reason', 'verifiedAt']));
      const contradictory = await verify(medical, { ...cwc, outcome: 'verified', reason: 'illegible', verifiedAt: '2026-03-24T15:10:00+05:30' });
      expectProblem(contradictory, 400, 'VALIDATION_FAILED');
      expect(contradictory.body.errors).toEqual([{ field: 'reason', message: 'reason is required when outcome is refused, and only then' }]);
      expectProblem(await verify(randomUUID(), { ...cwc, outcome: 'verified', verifiedAt: '2026-03-24T15:10:00+05:30' }), 404, 'DOCUMENT_NOT_FOUND');
      const stale = await verify(medical, { ...cwc, outcome: 'verified', verifiedAt: '2026-03-24T15:10:00+05:30' }).set('If-Match', '"0"');
      expectProblem(stale, 409, 'CONCURRENCY_CONFLICT');
    });

    it('records the submission of the documents to the CWC with the key documents still missing', async () => {
      const res = await post(`/documents/cases/${caseId}/submissions`).send({ committee: 'CWC Jaipur I', district: 'RJ-JPR', submittedAt: '2026-03-25T10:30:00+05:30' }).expect(201);
      expect(res.headers.location).toBe(`/documents/cases/${caseId}/submissions/${res.body.submissionId}`);
      const submission = (await get(res.headers.location).expect(200)).body;
      expect(submission).toMatchObject({ committee: 'CWC Jaipur I', documentIds: expect.arrayContaining([medical]), submittedAt: '2026-03-25T05:00:00.000Z' });
      expect(submission.documentIds).toHaveLength(2);
      expect(submission.missingKinds).toEqual(['counselling_report', 'release_certificate', 'magistrate_statement', 'bank_account_proof', 'identity_document', 'individual_care_plan']);

      const unknown = await post(`/documents/cases/${caseId}/submissions`).send({ committee: 'CWC Jaipur I', district: 'RJ-JPR', submittedAt: '2026-03-25T10:30:00+05:30', documentIds: [medical, randomUUID()] });
      expectProblem(unknown, 422, 'UNKNOWN_DOCUMENT');
      expect(unknown.body.errors).toEqual([{ field: 'documentIds[1]', message: expect.any(String) }]);
      const empty = await openCase();
      expectProblem(await post(`/documents/cases/${empty}/submissions`).send({ committee: 'CWC Jaipur I', district: 'RJ-JPR', submittedAt: '2026-03-25T10:30:00+05:30' }), 422, 'NO_DOCUMENTS_TO_SUBMIT');
      expectProblem(await get(`/documents/cases/${caseId}/submissions/${randomUUID()}`), 404, 'SUBMISSION_NOT_FOUND');
    });

    it('refuses to serve a tampered blob: 500 problem+json, not a byte of it, no download recorded', async () => {
      const before = (await get(`/documents/cases/${caseId}/downloads`).expect(200)).body.downloads.length as number;
      const path = join(t.dataDir, 'blobs', caseId, medical);
      const stored = await readFile(path);
      const tampered = Buffer.from(stored);
      tampered[Math.floor(tampered.length / 2)] ^= 0x01;
      await writeFile(path, tampered);

      const res = await download(caseId, medical);
      expectProblem(res, 500, 'DOCUMENT_INTEGRITY_FAILED');
      expect((res.body as Buffer).includes(syntheticJpeg(30_000).subarray(0, 64))).toBe(false);
      expect((await get(`/documents/cases/${caseId}/downloads`).expect(200)).body.downloads).toHaveLength(before);
      expect(t.logLines.some((line) => line.includes('stored scan failed its integrity check') && line.includes(medical))).toBe(true);

      await writeFile(path, stored.subarray(0, stored.length - 100)); // truncated
      expectProblem(await download(caseId, medical), 500, 'DOCUMENT_INTEGRITY_FAILED');
      await unlink(path); // gone
      expectProblem(await download(caseId, medical), 500, 'DOCUMENT_INTEGRITY_FAILED');
      await writeFile(path, stored);
      await download(caseId, medical).expect(200);
    });
  });

  describe('erasure of the child\'s key', () => {
    it('makes the documents unreadable (410) and refuses new ones, while the facts stay', async () => {
      const caseId = await openCase();
      const documentId = (await uploadTo(caseId, syntheticPdf('to be erased')).expect(201)).body.documentId as string;
      await download(caseId, documentId).expect(200);

      await t.app.get<KeyRing>(KEY_RING).erase(caseId);

      expectProblem(await download(caseId, documentId), 410, 'DATA_KEY_ERASED');
      expectProblem(await uploadTo(caseId, syntheticPdf('after erasure')), 410, 'DATA_KEY_ERASED');
      const file = (await get(`/documents/cases/${caseId}`).expect(200)).body;
      expect(file.documents).toEqual([expect.objectContaining({ documentId, kind: 'fir_copy' })]);
    });
  });

  describe('the OpenAPI document', () => {
    it('describes the multipart upload, with the file as binary', async () => {
      const doc = (await http().get('/docs/openapi.json').expect(200)).body;
      const body = doc.paths['/documents/cases/{caseId}/documents'].post.requestBody.content['multipart/form-data'].schema;
      expect(body.required).toEqual(['kind', 'issuer', 'issuedOn', 'file']);
      expect(body.properties.file).toMatchObject({ type: 'string', format: 'binary' });
      expect(doc.paths['/documents/cases/{caseId}/documents/{documentId}/content'].get.responses['500']).toBeDefined();
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/documents/kinds',
          '/documents/cases/{caseId}',
          '/documents/cases/{caseId}/submissions',
          '/documents/cases/{caseId}/submissions/{submissionId}',
          '/documents/cases/{caseId}/downloads',
          '/documents/cases/{caseId}/documents/{documentId}',
          '/documents/cases/{caseId}/documents/{documentId}/supersessions',
          '/documents/cases/{caseId}/documents/{documentId}/verifications',
        ]),
      );
    });
  });

  describe('the logs', () => {
    it('never hold issuers, document numbers or document contents', () => {
      const all = t.logLines.join('\n');
      expect(all.length).toBeGreaterThan(0);
      for (const needle of [ISSUER, 'PS Ramganj', DOCUMENT_NUMBER, AADHAAR, '%PDF', 'SMS Hospital']) expect(all).not.toContain(needle);
    });
  });

  /** A multipart upload sent with Transfer-Encoding: chunked, so only streaming can enforce the limit. */
  function chunkedUpload(caseId: string, content: Buffer): Promise<{ status: number; body: string }> {
    const boundary = `----setu${randomUUID()}`;
    const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const head = Buffer.from(
      part('kind', 'fir_copy') +
        part('issuer', ISSUER) +
        part('issuedOn', '2026-03-14') +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const server = t.app.getHttpServer() as Server;
    if (!server.listening) server.listen(0);
    return new Promise((resolve, reject) => {
      const send = () => {
        const { port } = server.address() as AddressInfo;
        const req = httpRequest(
          {
            port,
            method: 'POST',
            path: `/documents/cases/${caseId}/documents`,
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Transfer-Encoding': 'chunked' },
          },
          (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.write(head);
        for (let i = 0; i < content.length; i += 256 * 1024) req.write(content.subarray(i, i + 256 * 1024));
        req.end(tail);
      };
      if (server.listening) send();
      else server.once('listening', send);
    });
  }
});
