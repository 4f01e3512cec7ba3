import type { ShelterAdmitted } from '@setu/contracts';
import { isBefore } from './time';

export type Home = ShelterAdmitted['data']['home'];

/** A fact that moves the child into, out of or between homes, at its field time. */
export type PlacementFact =
  | { readonly kind: 'admitted' | 'transferred'; readonly at: string; readonly home: Home }
  | { readonly kind: 'missing'; readonly at: string; readonly missingId: string }
  | { readonly kind: 'found'; readonly at: string; readonly returnedToShelter: boolean }
  | { readonly kind: 'discharged'; readonly at: string };

/** Where the child is, by the facts dated so far. */
export type Whereabouts =
  | { readonly status: 'not_in_shelter' }
  | { readonly status: 'in_shelter'; readonly home: Home; readonly since: string }
  | { readonly status: 'missing'; readonly home: Home | null; readonly missingId: string; readonly lastSeenAt: string }
  | { readonly status: 'discharged'; readonly home: Home | null; readonly dischargedAt: string };

/**
 * Facts are often entered from paper days later and out of order, so they are kept in field-time
 * order (ties in the order recorded) and the child's whereabouts are replayed from them.
 */
export function insertByTime(facts: readonly PlacementFact[], fact: PlacementFact): PlacementFact[] {
  const index = facts.findIndex((f) => isBefore(fact.at, f.at));
  return index === -1 ? [...facts, fact] : [...facts.slice(0, index), fact, ...facts.slice(index)];
}

/** The whereabouts after every fact dated at or before `at` (all of them without `at`). */
export function whereaboutsAt(facts: readonly PlacementFact[], at?: string): Whereabouts {
  let where: Whereabouts = { status: 'not_in_shelter' };
  for (const fact of facts) {
    if (at !== undefined && isBefore(at, fact.at)) break;
    where = step(where, fact);
  }
  return where;
}

/** The home the child was in (or had gone missing from) at that time, if the record knows it. */
export function homeAt(facts: readonly PlacementFact[], at: string): Home | undefined {
  const where = whereaboutsAt(facts, at);
  return where.status === 'in_shelter' || where.status === 'missing' ? (where.home ?? undefined) : undefined;
}

export function sameHome(a: Home, b: Home): boolean {
  if (a.registrationNumber !== undefined && b.registrationNumber !== undefined) {
    return normalised(a.registrationNumber) === normalised(b.registrationNumber);
  }
  return a.districtCode === b.districtCode && normalised(a.name) === normalised(b.name);
}

/** Order numbers and names as written on paper: case and spacing vary between entries. */
export function normalised(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}

function step(where: Whereabouts, fact: PlacementFact): Whereabouts {
  switch (fact.kind) {
    case 'admitted':
    case 'transferred':
      return { status: 'in_shelter', home: fact.home, since: fact.at };
    case 'missing':
      return { status: 'missing', home: currentHome(where), missingId: fact.missingId, lastSeenAt: fact.at };
    case 'found':
      if (!fact.returnedToShelter) return { status: 'not_in_shelter' };
      return where.status === 'missing' && where.home !== null ? { status: 'in_shelter', home: where.home, since: fact.at } : where;
    case 'discharged':
      return { status: 'discharged', home: currentHome(where), dischargedAt: fact.at };
    default: {
      const unknown: never = fact;
      return unknown;
    }
  }
}

function currentHome(where: Whereabouts): Home | null {
  return where.status === 'in_shelter' || where.status === 'missing' ? where.home : null;
}
