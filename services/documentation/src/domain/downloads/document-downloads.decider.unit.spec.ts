import { given } from '@setu/decider/testing';
import { documentDownloadsDecider, type RecordDownload } from './document-downloads.decider';

const record: RecordDownload = {
  type: 'RecordDownload',
  data: {
    caseId: '0195f3a0-7c2e-7b41-9a3d-2f1e0c9b8a71',
    documentId: '0195f3a1-0000-7000-8000-000000000001',
    sha256: 'a'.repeat(64),
    downloadedBy: { userId: 'cwc-member-7', orgId: 'example-cwc-jaipur', role: 'cwc-member' },
  },
  occurredAt: new Date('2026-03-21T09:00:00.000Z'),
};
const downloaded = { type: 'documentation.DocumentDownloaded' as const, data: { ...record.data, downloadedAt: '2026-03-21T09:00:00.000Z' } };

describe('RecordDownload', () => {
  it('records who received which content and when, every time', () => {
    given(documentDownloadsDecider)([]).when(record).then([downloaded]);
    given(documentDownloadsDecider)([downloaded, downloaded]).when(record).then([downloaded]);
  });

  it('counts the downloads', () => {
    const state = [downloaded, downloaded].reduce(documentDownloadsDecider.evolve, documentDownloadsDecider.initialState());
    expect(state).toEqual({ status: 'recorded', downloads: 2 });
  });
});
