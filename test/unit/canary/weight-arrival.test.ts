import { describe, expect, it } from '@jest/globals';
import { weightApplied } from '../../../actions/canary/src/weight-arrival.js';

describe('weightApplied: does routed traffic show the stage weight?', () => {
  it('a batch with the canary’s share of the new weight shows it', () => {
    expect(weightApplied({ canary: 5, baseline: 95 }, 0, 5)).toBe(true);
    expect(weightApplied({ canary: 24, baseline: 76 }, 5, 25)).toBe(true);
    expect(weightApplied({ canary: 100, baseline: 0 }, 50, 100)).toBe(true);
  });

  it('a batch that is still the previous weight does not (a router applying weights late)', () => {
    // 100 requests, none to the canary: 169 times likelier at 0 % (1 %) than at 5 %.
    expect(weightApplied({ canary: 0, baseline: 100 }, 0, 5)).toBe(false);
    expect(weightApplied({ canary: 5, baseline: 95 }, 5, 25)).toBe(false);
    expect(weightApplied({ canary: 50, baseline: 50 }, 50, 100)).toBe(false);
  });

  it('a batch too small to tell, an empty one, or an unchanged weight counts as applied', () => {
    // Low traffic (2 requests a second, 5 s): no canary request among 10 is 1.5 times likelier at 0 %.
    expect(weightApplied({ canary: 0, baseline: 10 }, 0, 5)).toBe(true);
    expect(weightApplied({ canary: 0, baseline: 0 }, 0, 5)).toBe(true);
    expect(weightApplied({ canary: 0, baseline: 500 }, 0, 0)).toBe(true);
  });

  it('a trickle is not proof: a draining stable pod at 100 %, a stray request at 0 %', () => {
    expect(weightApplied({ canary: 99, baseline: 1 }, 50, 100)).toBe(true);
    expect(weightApplied({ canary: 1, baseline: 99 }, 0, 5)).toBe(true);
  });
});
