import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DDSketch } from '../../../packages/core/src/sla/ddsketch.js';

const exact = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))];

describe('DDSketch', () => {
  it('keeps every quantile within 1 % of the exact value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 500 }),
        fc.constantFrom(0, 0.1, 0.5, 0.9, 0.95, 0.99, 1),
        (values, q) => {
          const sketch = new DDSketch(0.01);
          values.forEach((v) => sketch.add(v));
          const truth = exact(
            [...values].sort((a, b) => a - b),
            q,
          );
          expect(Math.abs(sketch.quantile(q)! - truth)).toBeLessThanOrEqual(0.01 * truth * (1 + 1e-9));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds the bound on a heavy-tailed latency distribution of 100,000 values', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const values = Array.from(
      { length: 100_000 },
      () => 20 * Math.exp(2 * random()) + (random() < 0.01 ? 5000 * random() : 0),
    );
    const sketch = new DDSketch();
    values.forEach((v) => sketch.add(v));
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.5, 0.95, 0.99, 0.999]) {
      const truth = exact(sorted, q);
      expect(Math.abs(sketch.quantile(q)! - truth) / truth).toBeLessThanOrEqual(0.01);
    }
    // The whole point: a few hundred bins, not 100,000 values.
    expect(sketch.toJSON().counts.length).toBeLessThan(800);
  });

  it('merges exactly: merged sketches answer like one sketch of all values', () => {
    const a = new DDSketch();
    const b = new DDSketch();
    const all = new DDSketch();
    for (let i = 1; i <= 1000; i++) {
      (i % 3 === 0 ? a : b).add(i * 1.7);
      all.add(i * 1.7);
    }
    a.merge(b);
    expect(a.toJSON()).toEqual(all.toJSON());
  });

  it('serialises and restores without loss, and refuses inconsistent data', () => {
    const sketch = new DDSketch();
    [0, 0, 3, 5, 5, 800].forEach((v) => sketch.add(v));
    const restored = DDSketch.fromJSON(JSON.parse(JSON.stringify(sketch.toJSON())));
    expect(restored.toJSON()).toEqual(sketch.toJSON());
    expect(restored.quantile(0)).toBe(0);
    expect(restored.quantile(1)).toBe(800);
    expect(() => DDSketch.fromJSON({ ...sketch.toJSON(), count: 99 })).toThrow('counts do not add up');
  });

  it('a restored sketch grows like the one it was saved from: new values and merges either side of its bins', () => {
    const saved = new DDSketch();
    const same = new DDSketch();
    [40, 41, 55, 70].forEach((v) => (saved.add(v), same.add(v)));
    const restored = DDSketch.fromJSON(JSON.parse(JSON.stringify(saved.toJSON())));
    const later = new DDSketch();
    [0.5, 3, 9000, 1e6].forEach((v) => later.add(v));
    [2, 5000].forEach((v) => (restored.add(v), same.add(v)));
    restored.merge(later);
    same.merge(later);
    const into = new DDSketch();
    into.merge(restored);
    expect(restored.toJSON()).toEqual(same.toJSON());
    expect(into.toJSON()).toEqual(same.toJSON());
    for (const q of [0, 0.2, 0.5, 0.8, 1]) expect(restored.quantile(q)).toBe(same.quantile(q));
  });

  it('answers the share of values within a threshold, and nothing when empty', () => {
    const sketch = new DDSketch();
    expect(sketch.quantile(0.5)).toBeUndefined();
    for (let i = 1; i <= 100; i++) sketch.add(i);
    expect(sketch.fractionAtOrBelow(50)).toBeCloseTo(0.5, 1);
    expect(sketch.fractionAtOrBelow(1000)).toBe(1);
    expect(() => sketch.add(-1)).toThrow();
    expect(() => new DDSketch(0.01).merge(new DDSketch(0.02))).toThrow('different accuracy');
  });
});
