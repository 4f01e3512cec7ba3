import type { RecordedEvent } from './event';
import type { ReadStreamOptions } from './event-store.port';

/** The slice `readStream` returns, given a stream's visible events in order: shared by adapters. */
export function sliceStream(events: readonly RecordedEvent[], options: ReadStreamOptions = {}): RecordedEvent[] {
  const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
  if (options.direction === 'backwards') {
    const from = options.fromRevision ?? Number.MAX_SAFE_INTEGER;
    return events.filter((e) => e.streamPosition <= from).reverse().slice(0, max);
  }
  const from = options.fromRevision ?? 0;
  return events.filter((e) => e.streamPosition >= from).slice(0, max);
}
