import type { DocumentDownloaded } from '@setu/contracts';
import type { Command, Decider } from '@setu/decider';

/** The bytes of a verified scan were served; `occurredAt` is when. */
export type RecordDownload = Command<
  'RecordDownload',
  {
    readonly caseId: string;
    readonly documentId: string;
    readonly sha256: string;
    readonly downloadedBy: { readonly userId: string; readonly orgId: string; readonly role: string };
  }
>;

export type DownloadsState = { readonly status: 'none' } | { readonly status: 'recorded'; readonly downloads: number };

/**
 * A child's download log (`documentdownloads-<caseId>`). Reads are kept out of the documents
 * stream so that they never move the revision a client sends as If-Match.
 */
export const documentDownloadsDecider: Decider<RecordDownload, DocumentDownloaded, DownloadsState> = {
  decide: (command) => [
    { type: 'documentation.DocumentDownloaded', data: { ...command.data, downloadedAt: command.occurredAt.toISOString() } },
  ],
  evolve: (state) => ({ status: 'recorded', downloads: (state.status === 'recorded' ? state.downloads : 0) + 1 }),
  initialState: () => ({ status: 'none' }),
};
