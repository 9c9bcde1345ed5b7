// The DDSketch moved from our own code to @datadog/sketches-js behind the same interface (issue 14).
// Sketches already stored on sla-data branches must read back unchanged, and new sketches must be
// written in the same format with the same bins.
import { describe, expect, it } from '@jest/globals';
import { DDSketch, type SketchJson } from '../../../packages/core/src/sla/ddsketch.js';

// Written by the former hand-written sketch for exactly the values added below.
const STORED: SketchJson = {
  alpha: 0.01,
  count: 65,
  zero: 2,
  min: 0,
  max: 250.5,
  sum: 8523.357142857145,
  offset: 231,
  counts: [
    1, 0, 1, 5, 0, 4, 2, 2, 4, 1, 5, 0, 6, 0, 6, 0, 6, 1, 5, 2, 4, 3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3,
  ],
};

function addValues(sketch: DDSketch): DDSketch {
  for (let i = 0; i < 60; i++) sketch.add(100 + ((i * 37) % 53) + i / 7);
  sketch.add(0);
  sketch.add(1e-12);
  sketch.add(250.5, 3);
  return sketch;
}

describe('DDSketch stored format', () => {
  it('writes the same bins as the former sketch for the same values', () => {
    expect(addValues(new DDSketch(0.01)).toJSON()).toEqual(STORED);
  });

  it('reads a stored sketch back unchanged and answers from it', () => {
    const restored = DDSketch.fromJSON(STORED);
    expect(restored.toJSON()).toEqual(STORED);
    const fresh = addValues(new DDSketch(0.01));
    for (const q of [0, 0.01, 0.5, 0.9, 0.99, 1]) expect(restored.quantile(q)).toBe(fresh.quantile(q));
    expect(restored.fractionAtOrBelow(150)).toBe(fresh.fractionAtOrBelow(150));
  });

  it('merges a restored sketch with a new one like one sketch of all values', () => {
    const merged = DDSketch.fromJSON(STORED);
    merged.merge(addValues(new DDSketch(0.01)));
    const both = addValues(addValues(new DDSketch(0.01)));
    expect(merged.toJSON()).toEqual({ ...both.toJSON(), sum: merged.sum });
    expect(merged.sum).toBeCloseTo(both.sum, 9);
  });
});
