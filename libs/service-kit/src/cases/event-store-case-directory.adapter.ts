import type { FactoryProvider } from '@nestjs/common';
import { isJurisdiction } from '@setu/access';
import { ChildIdentified, ReintegrationCaseOpened, type Jurisdiction } from '@setu/contracts';
import type { EventStore, RecordedEvent } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { stateOfDistrict } from '../reference/known-codes';
import { CASE_DIRECTORY, type CaseDirectory, type CaseLookup, type CaseOpening } from './case-directory.port';

/** The services that open a child's case, asked in this order. */
export type CaseOpener = 'rescue' | 'reintegration';

const OPENING_TYPE: Readonly<Record<CaseOpener, string>> = { rescue: ChildIdentified.type, reintegration: ReintegrationCaseOpened.type };
const ALL_OPENERS: readonly CaseOpener[] = ['rescue', 'reintegration'];

/**
 * Reads the first event of each opening stream only. Rescue is asked first: a rescued child's
 * `reintegration-<id>` starts with a later fact, not with an opening.
 */
export class EventStoreCaseDirectory implements CaseDirectory {
  constructor(
    private readonly store: EventStore,
    private readonly openers: readonly CaseOpener[] = ALL_OPENERS,
  ) {}

  async find(caseId: string): Promise<CaseLookup> {
    for (const opener of this.openers) {
      const [first] = (await this.store.readStream(`${opener}-${caseId}`, { maxCount: 1 })).events;
      if (first?.type === OPENING_TYPE[opener]) return openingOf(first);
    }
    return { exists: false };
  }
}

function openingOf(event: RecordedEvent): CaseOpening {
  const homeState = homeStateOf(event.data);
  return {
    exists: true,
    openedAt: event.occurredAt.toISOString(),
    state: event.metadata.jurisdiction,
    ...(homeState === undefined ? {} : { homeState }),
  };
}

// The home state as recorded, else the state of the home district (read defensively).
function homeStateOf({ home }: { readonly home?: { readonly state?: unknown; readonly districtCode?: unknown } }): Jurisdiction | undefined {
  if (isJurisdiction(home?.state)) return home.state;
  return typeof home?.districtCode === 'string' ? stateOfDistrict(home.districtCode) : undefined;
}

/** Provides `CASE_DIRECTORY` from the platform's event store; `openers` narrows who may open a case. */
export function provideCaseDirectory(openers: readonly CaseOpener[] = ALL_OPENERS): FactoryProvider<CaseDirectory> {
  return {
    provide: CASE_DIRECTORY,
    useFactory: (store: EventStore): CaseDirectory => new EventStoreCaseDirectory(store, openers),
    inject: [EVENT_STORE],
  };
}
