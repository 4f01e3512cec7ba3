import { REINTEGRATION_DOMAINS, type ReintegrationDomain } from '@setu/contracts';
import { isAtOrAfter } from '../shared/time';

export type Scores = Readonly<Partial<Record<ReintegrationDomain, number>>>;

/** The latest score of each domain, with the time it was given. */
export type LatestScores = Readonly<Partial<Record<ReintegrationDomain, { readonly score: number; readonly at: string }>>>;

/**
 * Scores given at `at` replace older ones domain by domain. Facts arrive out of order (a visit
 * entered late from paper), so "latest" is by the time of the assessment, not of the entry.
 */
export function mergeScores(latest: LatestScores, scores: Scores | undefined, at: string): LatestScores {
  let merged = latest;
  for (const domain of REINTEGRATION_DOMAINS) {
    const score = scores?.[domain];
    const known = merged[domain];
    if (score !== undefined && (known === undefined || isAtOrAfter(at, known.at))) merged = { ...merged, [domain]: { score, at } };
  }
  return merged;
}

export interface ClosureVerdict {
  readonly latestScores: Scores;
  readonly allDomainsMetCriteria: boolean;
  readonly domainsBelowCriteria: ReintegrationDomain[];
}

/** Each domain meets its criteria at `metFrom` or above; a domain never scored does not. */
export function closureVerdict(latest: LatestScores, metFrom: number): ClosureVerdict {
  const latestScores: Partial<Record<ReintegrationDomain, number>> = {};
  for (const domain of REINTEGRATION_DOMAINS) {
    const known = latest[domain];
    if (known !== undefined) latestScores[domain] = known.score;
  }
  const domainsBelowCriteria = REINTEGRATION_DOMAINS.filter((domain) => (latestScores[domain] ?? 0) < metFrom);
  return { latestScores, allDomainsMetCriteria: domainsBelowCriteria.length === 0, domainsBelowCriteria };
}
