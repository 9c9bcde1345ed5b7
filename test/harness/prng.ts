/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence, so a failing
 * randomised test or a benchmark scenario can be replayed exactly. Returns numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  // Math.imul taken once: under Jest each global lookup crosses the vm context's interceptor, which made
  // the generator 45 times slower than in plain Node (most of the canary's statistical tests' time).
  const imul = Math.imul;
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
