import { describe, expect, it } from '@jest/globals';
import { isTimeZone, zonedTime, zonedTimeToEpoch } from '../../../packages/core/src/index.js';

describe('time zones', () => {
  it('knows IANA names', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('reads wall-clock time with the right offset in summer and winter', () => {
    expect(zonedTime(Date.UTC(2026, 6, 1, 12), 'Europe/Berlin')).toMatchObject({ hour: 14, weekday: 3 });
    expect(zonedTime(Date.UTC(2026, 0, 1, 12), 'Europe/Berlin')).toMatchObject({ hour: 13, weekday: 4 });
  });

  it('turns wall-clock time into an instant across DST changes', () => {
    // New York springs forward on 2026-03-08 at 02:00 (EST → EDT).
    expect(zonedTimeToEpoch({ year: 2026, month: 3, day: 8, hour: 1, minute: 30 }, 'America/New_York')).toBe(
      Date.UTC(2026, 2, 8, 6, 30),
    );
    expect(zonedTimeToEpoch({ year: 2026, month: 3, day: 8, hour: 3 }, 'America/New_York')).toBe(
      Date.UTC(2026, 2, 8, 7),
    );
    // 02:30 does not exist that night: it resolves to 03:30 EDT.
    expect(zonedTimeToEpoch({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York')).toBe(
      Date.UTC(2026, 2, 8, 7, 30),
    );
    // Berlin falls back on 2026-10-25 at 03:00: 02:30 happens twice; the earlier (CEST) is chosen.
    expect(zonedTimeToEpoch({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin')).toBe(
      Date.UTC(2026, 9, 25, 0, 30),
    );
  });
});
