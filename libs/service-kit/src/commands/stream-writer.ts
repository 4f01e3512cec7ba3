import type { FactoryProvider } from '@nestjs/common';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE, ID_GENERATOR, type IdGenerator } from '@setu/platform';

/** What a service needs to record commands: the store, event ids, and its name as `source`. */
export interface StreamWriter {
  readonly store: EventStore;
  readonly ids: IdGenerator;
  /** The service recording the events, e.g. `setu.rescue`. */
  readonly source: string;
}

/** The service's `StreamWriter`. */
export const STREAM_WRITER = Symbol('service-kit:stream-writer');

/** Provides `STREAM_WRITER` for a service module, from the platform's store and id generator. */
export function provideStreamWriter(source: string): FactoryProvider<StreamWriter> {
  return {
    provide: STREAM_WRITER,
    useFactory: (store: EventStore, ids: IdGenerator): StreamWriter => ({ store, ids, source }),
    inject: [EVENT_STORE, ID_GENERATOR],
  };
}
