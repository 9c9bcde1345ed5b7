/**
 * Exponential backoff with jitter: the wait before retry n (1, 2, …) is drawn from
 * [½, 1] × retryDelay × 2^(n−1), so retries of many checks spread out instead of arriving together.
 */
export function backoffDelay(
  retry: number,
  retryDelayMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = retryDelayMs * 2 ** (retry - 1);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
