export type { RepatriationBatchEvent } from '@setu/contracts';

export const batchStreamId = (batchId: string): string => `batch-${batchId}`;
