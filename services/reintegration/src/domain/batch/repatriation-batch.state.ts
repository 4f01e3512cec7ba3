/** What the decisions need to know of a batch: who is on it, and what has happened once. */
export interface BatchRecord {
  readonly batchId: string;
  /**
   * The children on the batch now, with when each was handed over (null: not yet) and the
   * handover as recorded (canonical JSON), so a repeat is told from a different second handover.
   */
  readonly children: Readonly<Record<string, { readonly handedOverAt: string | null; readonly handover: string | null }>>;
}

// Arrival may be recorded before departure (entered from paper in Bihar first): `arrived` keeps
// a departure that is not known yet as null.
export type RepatriationBatchState =
  | { readonly status: 'none' }
  | ({ readonly status: 'planned'; readonly departedAt: null; readonly arrivedAt: null } & BatchRecord)
  | ({ readonly status: 'departed'; readonly departedAt: string; readonly arrivedAt: null } & BatchRecord)
  | ({ readonly status: 'arrived'; readonly departedAt: string | null; readonly arrivedAt: string } & BatchRecord);

export type KnownBatch = Exclude<RepatriationBatchState, { status: 'none' }>;
