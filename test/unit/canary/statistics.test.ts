import { describe, expect, it } from '@jest/globals';
import {
  mannWhitneyPValue,
  normalCdf,
  percentile,
  twoProportionPValue,
  wilson,
} from '../../../actions/canary/src/statistics.js';

describe('statistics', () => {
  it('normal CDF matches tabulated values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.6449)).toBeCloseTo(0.95, 4);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 4);
    expect(normalCdf(3.0902)).toBeCloseTo(0.999, 4);
  });

  it('Wilson intervals match published values', () => {
    // 0/50: upper bound 7.13 %; 5/50: 4.35 %–21.36 % (Newcombe 1998, method 3)
    expect(wilson(0, 50).low).toBe(0);
    expect(wilson(0, 50).high).toBeCloseTo(0.0713, 3);
    expect(wilson(5, 50).low).toBeCloseTo(0.0435, 3);
    expect(wilson(5, 50).high).toBeCloseTo(0.2136, 3);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('two-proportion test: significant only when the first rate is clearly higher', () => {
    expect(twoProportionPValue(50, 500, 5, 1500)).toBeLessThan(0.001);
    expect(twoProportionPValue(5, 500, 15, 1500)).toBeGreaterThan(0.3);
    expect(twoProportionPValue(0, 500, 0, 1500)).toBe(1);
    // direction matters: a better canary is not "worse"
    expect(twoProportionPValue(1, 500, 50, 1500)).toBeGreaterThan(0.9);
  });

  it('Mann-Whitney: shifted samples are significant, identical ones are not', () => {
    const base = Array.from({ length: 40 }, (_, i) => 10 + (i % 10));
    const doubled = base.map((v) => v * 2);
    expect(mannWhitneyPValue(doubled, base)).toBeLessThan(0.001);
    expect(mannWhitneyPValue(base, doubled)).toBeGreaterThan(0.99);
    expect(mannWhitneyPValue(base, [...base])).toBeGreaterThan(0.3);
    expect(mannWhitneyPValue([1, 2], [3, 4, 5])).toBe(1);
  });

  it('percentile interpolates between ranks', () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile([10, 20], 0.5)).toBe(15);
    expect(percentile([], 0.95)).toBeUndefined();
  });
});
