/**
 * Has the router put a stage's weight in place? A router may apply a weight late (a reload, a sync loop, a
 * mesh pushing config); a stage judged by the clock alone would then pass on traffic that never reached the
 * new weight and carry a fault to the next, larger one. User traffic split by the router tells: of a batch's
 * requests, the canary's share follows the applied weight. The stage's wait is counted from the first batch
 * that does not look like the previous weight.
 */

/**
 * A batch is "still the previous weight" when it is at least this many times likelier under the previous
 * stage's weight than under the new one. High enough that a healthy, on-time batch rarely looks late (at
 * 20 requests a second and 5 %, a 5 s batch with no canary request at all: 0.6 % of batches), low enough that
 * a router 30 s late is seen at once.
 */
export const LATE_ODDS = 20;

/**
 * Shares are kept within 1 %..99 % so a trickle (a stable pod draining at 100 %, a request in flight at 0 %)
 * is not proof of anything.
 */
const share = (weight: number) => Math.min(0.99, Math.max(0.01, weight / 100));

/**
 * Whether a batch of routed requests (`canary` and `baseline` counts, from metrics of user traffic, not
 * probes) shows `weight` rather than `previousWeight`: false only when the binomial likelihood ratio of the
 * previous weight over the new one is at least LATE_ODDS. An empty batch, or equal weights, cannot tell: true.
 */
export function weightApplied(
  batch: { canary: number; baseline: number },
  previousWeight: number,
  weight: number,
): boolean {
  if (previousWeight === weight || batch.canary + batch.baseline === 0) return true;
  const before = share(previousWeight);
  const now = share(weight);
  const logOdds = batch.canary * Math.log(before / now) + batch.baseline * Math.log((1 - before) / (1 - now));
  return logOdds < Math.log(LATE_ODDS);
}
