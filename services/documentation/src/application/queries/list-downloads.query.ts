import { Query } from '@nestjs/cqrs';

export interface DownloadView {
  readonly documentId: string;
  readonly sha256: string;
  readonly downloadedBy: { readonly userId: string; readonly orgId: string; readonly role: string };
  readonly downloadedAt: string;
}

/** Every download of a child's scans, oldest first. */
export class ListDownloadsQuery extends Query<readonly DownloadView[]> {
  constructor(readonly caseId: string) {
    super();
  }
}
