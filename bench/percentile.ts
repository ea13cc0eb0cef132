import { nearestRankPercentile } from '../shared/statistics';

/** The p-th percentile of the samples (nearest rank). */
export function percentile(samples: number[], p: number): number {
  return nearestRankPercentile(samples, p) ?? Number.NaN;
}
