import { describe, expect, it } from '@jest/globals';
import { formatDuration, parseDuration } from '../../../packages/core/src/duration.js';

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['15m', 900_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
    ['PT1H', 3_600_000],
    ['P1DT2H', 93_600_000],
    ['pt30s', 30_000],
  ])('reads %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '10', 'abc', '5 minutes', '-5m', 'P', 'PT', '1x'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it('formats compactly', () => {
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(90_061_000)).toBe('1d1h1m1s');
  });
});
