import type { Decider } from '@setu/decider';
import type { RepatriationBatchCommand } from './repatriation-batch.commands';
import { decideRepatriationBatch } from './repatriation-batch.decide';
import type { RepatriationBatchEvent } from './repatriation-batch.events';
import { evolveRepatriationBatch } from './repatriation-batch.evolve';
import type { RepatriationBatchState } from './repatriation-batch.state';

/** A group of children repatriated together, stream `batch-<batchId>`: it names the cases it carries. */
export const repatriationBatchDecider: Decider<RepatriationBatchCommand, RepatriationBatchEvent, RepatriationBatchState> = {
  decide: decideRepatriationBatch,
  evolve: evolveRepatriationBatch,
  initialState: () => ({ status: 'none' }),
};
