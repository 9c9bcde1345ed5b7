/**
 * The statistics of canary analysis. Error rates are counts, so they get count tests (Wilson score
 * intervals, a two-proportion z-test); latency gets a rank test (Mann-Whitney U) and percentiles.
 */

/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26 via erf, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(z)) / Math.SQRT2);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for a proportion `events / trials` (two-sided at `z`; z = 1.96 is 95 %).
 * Unlike the normal approximation it stays inside [0, 1] and is honest for 0 events.
 */
export function wilson(events: number, trials: number, z = 1.96): Interval {
  if (trials <= 0) return { low: 0, high: 1 };
  const p = events / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** z for a one-sided test at 95 % confidence. */
export const Z_ONE_SIDED_95 = 1.6449;
/** z for a one-sided test at 99.9 % confidence (used for "conclusive, roll back now"). */
export const Z_ONE_SIDED_999 = 3.0902;

/**
 * One-sided two-proportion z-test (pooled): the p-value of "rate A is higher than rate B".
 * Small p means A is significantly worse. With no events at all there is no evidence: p = 1.
 */
export function twoProportionPValue(
  eventsA: number,
  trialsA: number,
  eventsB: number,
  trialsB: number,
): number {
  if (trialsA <= 0 || trialsB <= 0) return 1;
  const pooled = (eventsA + eventsB) / (trialsA + trialsB);
  if (pooled === 0 || pooled === 1) return 1;
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / trialsA + 1 / trialsB));
  const z = (eventsA / trialsA - eventsB / trialsB) / se;
  return 1 - normalCdf(z);
}

/**
 * One-sided Mann-Whitney U test (normal approximation with tie correction): the p-value of
 * "values in A tend to be larger than values in B". Needs a few samples on each side.
 */
export function mannWhitneyPValue(a: number[], b: number[]): number {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 < 3 || n2 < 3) return 1;
  const all = [...a.map((value) => ({ value, group: 0 })), ...b.map((value) => ({ value, group: 1 }))].sort(
    (x, y) => x.value - y.value,
  );
  const ranks = new Array<number>(all.length);
  let tieTerm = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j + 1 < all.length && all[j + 1].value === all[i].value) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[k] = rank;
    const ties = j - i + 1;
    tieTerm += ties ** 3 - ties;
    i = j + 1;
  }
  let rankSumA = 0;
  all.forEach((item, i) => {
    if (item.group === 0) rankSumA += ranks[i];
  });
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return 1;
  const z = (u - mean - 0.5) / Math.sqrt(variance);
  return 1 - normalCdf(z);
}

/** The q-quantile (0..1) by linear interpolation between closest ranks; undefined for no values. */
export function percentile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((x, y) => x - y);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}
