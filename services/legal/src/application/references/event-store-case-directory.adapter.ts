import { isJurisdiction } from '@setu/access';
import { ChildIdentified, ReintegrationCaseOpened, type Jurisdiction } from '@setu/contracts';
import type { EventStore, RecordedEvent } from '@setu/event-store';
import type { CaseDirectory, CaseOpening } from './case-directory.port';
import { stateOfDistrict } from './districts';

/** Where a child's home is, as the opening events say it (every part optional here: read defensively). */
interface HomeOf {
  readonly home?: { readonly state?: string; readonly districtCode?: string };
}

/**
 * Cases are opened by rescue (`rescue-<caseId>`, first event `rescue.ChildIdentified`) or, for a
 * child who comes home with no record, by reintegration (`reintegration-<caseId>`, first event
 * `reintegration.CaseOpened`). Legal learns of them from the log only.
 */
const CASE_OPENINGS = [
  { category: 'rescue', type: ChildIdentified.type },
  { category: 'reintegration', type: ReintegrationCaseOpened.type },
] as const;

export class EventStoreCaseDirectory implements CaseDirectory {
  constructor(private readonly store: EventStore) {}

  async exists(caseId: string): Promise<boolean> {
    return (await this.opening(caseId)) !== undefined;
  }

  async opening(caseId: string): Promise<CaseOpening | undefined> {
    for (const { category, type } of CASE_OPENINGS) {
      const [first] = (await this.store.readStream(`${category}-${caseId}`, { maxCount: 1 })).events;
      if (first?.type === type) return openingOf(first);
    }
    return undefined;
  }
}

function openingOf(event: RecordedEvent): CaseOpening {
  const homeState = homeStateOf(event.data);
  return {
    openedAt: event.occurredAt.toISOString(),
    state: event.metadata.jurisdiction,
    ...(homeState === undefined ? {} : { homeState }),
  };
}

/** The home state as recorded, else the state of the home district. */
function homeStateOf({ home }: HomeOf): Jurisdiction | undefined {
  if (isJurisdiction(home?.state)) return home.state;
  return home?.districtCode === undefined ? undefined : stateOfDistrict(home.districtCode);
}
