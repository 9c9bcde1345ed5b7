import { describe, expect, it } from '@jest/globals';
import { InputError, zonedTimeToEpoch } from '../../../packages/core/src/index.js';
import { insideWindow, parseDeployWindows } from '../../../actions/pre-deploy-checks/src/deploy-window.js';
import { freezeState, parseFreezePeriods } from '../../../actions/pre-deploy-checks/src/freeze-calendar.js';
import {
  nextFiring,
  parseCron,
  previousFiring,
} from '../../../actions/pre-deploy-checks/src/cron-schedule.js';
import { evaluateCalendar, nextAllowed } from '../../../actions/pre-deploy-checks/src/next-window.js';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
const local = (zone: string, y: number, mo: number, d: number, h = 0, mi = 0) =>
  zonedTimeToEpoch({ year: y, month: mo, day: d, hour: h, minute: mi }, zone);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('deploy windows', () => {
  const [office] = parseDeployWindows('Mon-Fri 09:00-16:00', 'deploy-windows');

  it('keep their local hours across the US spring-forward change (New York, 8 March 2026)', () => {
    // Friday 6 March: EST (UTC-5); Monday 9 March: EDT (UTC-4).
    expect(insideWindow(office, at('2026-03-06T14:00:00Z'), NY)).toBe(true); // 09:00 EST
    expect(insideWindow(office, at('2026-03-06T13:59:00Z'), NY)).toBe(false); // 08:59 EST
    expect(insideWindow(office, at('2026-03-09T13:00:00Z'), NY)).toBe(true); // 09:00 EDT
    expect(insideWindow(office, at('2026-03-09T12:59:00Z'), NY)).toBe(false); // 08:59 EDT
    expect(insideWindow(office, at('2026-03-09T19:59:00Z'), NY)).toBe(true); // 15:59 EDT
    expect(insideWindow(office, at('2026-03-09T20:00:00Z'), NY)).toBe(false); // 16:00 EDT
  });

  it('keep their local hours across the EU fall-back change (Berlin, 25 October 2026)', () => {
    expect(insideWindow(office, at('2026-10-23T07:00:00Z'), BERLIN)).toBe(true); // Fri 09:00 CEST
    expect(insideWindow(office, at('2026-10-26T07:00:00Z'), BERLIN)).toBe(false); // Mon 08:00 CET
    expect(insideWindow(office, at('2026-10-26T08:00:00Z'), BERLIN)).toBe(true); // Mon 09:00 CET
  });

  it('run past midnight into the next day, also across a year end', () => {
    const [night] = parseDeployWindows('Thu 22:00-02:00', 'deploy-windows');
    // 31 Dec 2026 is a Thursday.
    expect(insideWindow(night, local(BERLIN, 2026, 12, 31, 23, 30), BERLIN)).toBe(true);
    expect(insideWindow(night, local(BERLIN, 2027, 1, 1, 1, 59), BERLIN)).toBe(true);
    expect(insideWindow(night, local(BERLIN, 2027, 1, 1, 2, 0), BERLIN)).toBe(false);
    expect(insideWindow(night, local(BERLIN, 2026, 12, 31, 21, 59), BERLIN)).toBe(false);
    // Friday night is not Thursday night.
    expect(insideWindow(night, local(BERLIN, 2027, 1, 1, 23, 0), BERLIN)).toBe(false);
  });

  it('accept several lines, wrapping day ranges and comments', () => {
    const windows = parseDeployWindows(
      '# office\nMon-Thu 09:00-17:00\n\nFri-Sun 10:00-11:00 # weekend slot',
      'deploy-windows',
    );
    expect(windows.map((w) => [...w.days].sort())).toEqual([
      [1, 2, 3, 4],
      [0, 5, 6],
    ]);
    expect(windows[1].line).toBe(4);
  });

  it.each([
    ['Mon-Fri 9-16', 1],
    ['Mon-Fri 09:00-16:00\nFunday 09:00-10:00', 2],
    ['Mon 25:00-26:00', 1],
    ['Mon-Fri 09:00', 1],
  ])('reject %j naming the input and the line', (text, line) => {
    expect(() => parseDeployWindows(text, 'deploy-windows')).toThrow(InputError);
    expect(() => parseDeployWindows(text, 'deploy-windows')).toThrow(
      new RegExp(`^input 'deploy-windows': line ${line}: `),
    );
  });
});

describe('cron schedules', () => {
  it('parse ranges, steps, lists and names', () => {
    const cron = parseCron('*/15 9-17/4 1,15 JAN-mar mon-FRI');
    expect(cron.minutes.flatMap((v, i) => (v ? [i] : []))).toEqual([0, 15, 30, 45]);
    expect(cron.hours.flatMap((v, i) => (v ? [i] : []))).toEqual([9, 13, 17]);
    expect(cron.months.flatMap((v, i) => (v ? [i] : []))).toEqual([1, 2, 3]);
    expect(cron.weekdays.flatMap((v, i) => (v ? [i] : []))).toEqual([1, 2, 3, 4, 5]);
    expect(parseCron('0 0 * * 7').weekdays[0]).toBe(true);
  });

  it.each(['60 * * * *', '* * * *', '*/0 * * * *', '5-1 * * * *', '* * * foo *', '* * 0 * *'])(
    'reject %j',
    (text) => {
      expect(() => parseCron(text)).toThrow();
    },
  );

  it('fire on local wall-clock times across DST changes', () => {
    const daily = parseCron('30 9 * * *');
    // Berlin spring forward on 29 March 2026: 09:30 is 08:30Z before, 07:30Z after.
    expect(iso(nextFiring(daily, at('2026-03-28T12:00:00Z'), BERLIN))).toBe('2026-03-29T07:30:00.000Z');
    expect(iso(previousFiring(daily, at('2026-03-29T07:29:00Z'), BERLIN))).toBe('2026-03-28T08:30:00.000Z');
    // A time skipped by the change (02:30 on 29 March in Berlin) fires just after the gap.
    const skipped = parseCron('30 2 * * *');
    expect(iso(nextFiring(skipped, at('2026-03-28T12:00:00Z'), BERLIN))).toBe('2026-03-29T01:30:00.000Z');
    // New York fall back on 1 November 2026: 01:30 happens twice; it fires once, the first time.
    const early = parseCron('30 1 * * *');
    expect(iso(nextFiring(early, at('2026-11-01T04:00:00Z'), NY))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(nextFiring(early, at('2026-11-01T05:30:00Z'), NY))).toBe('2026-11-02T06:30:00.000Z');
  });

  it('treat day-of-month and day-of-week as either when both are restricted', () => {
    const cron = parseCron('0 0 13 * FRI');
    // From Sat 31 Jan 2026 the next is Fri 6 Feb, before the 13th.
    expect(iso(nextFiring(cron, at('2026-01-31T00:00:00Z'), 'UTC'))).toBe('2026-02-06T00:00:00.000Z');
    expect(iso(nextFiring(parseCron('0 0 29 2 *'), at('2026-03-01T00:00:00Z'), 'UTC'))).toBe(
      '2028-02-29T00:00:00.000Z',
    );
  });
});

describe('freeze periods', () => {
  it('freeze from an ISO start date through the whole end date, across the year end', () => {
    const [holiday] = parseFreezePeriods('2026-12-24 .. 2027-01-02', 'freeze-periods', BERLIN);
    expect(freezeState(holiday, local(BERLIN, 2026, 12, 23, 23, 59), BERLIN).frozen).toBe(false);
    expect(freezeState(holiday, local(BERLIN, 2026, 12, 24), BERLIN).frozen).toBe(true);
    expect(freezeState(holiday, local(BERLIN, 2027, 1, 2, 23, 59), BERLIN)).toMatchObject({
      frozen: true,
      until: local(BERLIN, 2027, 1, 3),
    });
    expect(freezeState(holiday, local(BERLIN, 2027, 1, 3), BERLIN).frozen).toBe(false);
  });

  it('honour explicit offsets in date-times', () => {
    const [p] = parseFreezePeriods('2026-06-01T10:00Z .. 2026-06-01T14:00+0200', 'freeze-periods', NY);
    expect(freezeState(p, at('2026-06-01T09:59:00Z'), NY).frozen).toBe(false);
    expect(freezeState(p, at('2026-06-01T09:59:59Z'), NY).frozen).toBe(false);
    expect(freezeState(p, at('2026-06-01T10:00:00Z'), NY).frozen).toBe(true);
    expect(freezeState(p, at('2026-06-01T10:00:00Z'), NY).until).toBe(at('2026-06-01T12:00:00Z'));
    expect(freezeState(p, at('2026-06-01T12:00:00Z'), NY).frozen).toBe(false);
  });

  it('freeze weekends with cron sides like GitLab (Friday 18:00 to Monday 06:00), across a DST change', () => {
    const [weekend] = parseFreezePeriods('0 18 * * FRI .. 0 6 * * MON', 'freeze-periods', NY);
    // Friday 6 March 2026 18:00 EST = 23:00Z; Monday 9 March 06:00 EDT = 10:00Z.
    expect(freezeState(weekend, at('2026-03-06T22:59:00Z'), NY).frozen).toBe(false);
    expect(freezeState(weekend, at('2026-03-06T23:00:00Z'), NY)).toMatchObject({
      frozen: true,
      until: at('2026-03-09T10:00:00Z'),
    });
    expect(freezeState(weekend, at('2026-03-09T09:59:00Z'), NY).frozen).toBe(true);
    expect(freezeState(weekend, at('2026-03-09T10:00:00Z'), NY).frozen).toBe(false);
  });

  it.each([
    ['2026-12-24', 1, /is not '<start> \.\. <end>'/],
    ['2026-02-30 .. 2026-03-01', 1, /not a calendar date/],
    ['2026-12-24 .. 2026-12-20', 1, /not after the start/],
    ['2026-12-24 .. 2026-12-26\n0 18 * * FRY .. 0 6 * * MON', 2, /day of week 'FRY'/],
    ['\n\n61 * * * * .. 0 6 * * MON', 3, /minute 61/],
  ])('reject %j naming the input and the line', (text, line, problem) => {
    const parse = () => parseFreezePeriods(text, 'freeze-periods', 'UTC');
    expect(parse).toThrow(new RegExp(`^input 'freeze-periods': line ${line}: `));
    expect(parse).toThrow(problem);
  });
});

describe('next allowed deploy time', () => {
  const windows = parseDeployWindows('Mon-Fri 09:00-16:00', 'deploy-windows');

  it('is the next window opening, on local time after a DST change', () => {
    // Saturday 7 March 2026 in New York: the next opening is Monday 9 March 09:00 EDT = 13:00Z.
    expect(iso(nextAllowed({ windows, timeZone: NY }, at('2026-03-07T15:00:00Z')))).toBe(
      '2026-03-09T13:00:00.000Z',
    );
  });

  it('is now when deploying is allowed now', () => {
    const now = at('2026-03-09T15:00:00Z');
    expect(nextAllowed({ windows, timeZone: NY }, now)).toBe(now);
  });

  it('skips a freeze over the year end to the first window after it', () => {
    const freezes = parseFreezePeriods('2026-12-19 .. 2027-01-03', 'freeze-periods', BERLIN);
    const calendar = { windows, freezes, timeZone: BERLIN };
    const now = local(BERLIN, 2026, 12, 22, 10);
    expect(evaluateCalendar(calendar, now).allowed).toBe(false);
    // The freeze lifts on Monday 4 January 2027 00:00; the window opens at 09:00 CET = 08:00Z.
    expect(iso(nextAllowed(calendar, now))).toBe('2027-01-04T08:00:00.000Z');
  });

  it('finds the end of a freeze that ends inside a window', () => {
    const freezes = parseFreezePeriods('2026-07-01T10:00 .. 2026-07-01T12:30', 'freeze-periods', BERLIN);
    expect(iso(nextAllowed({ windows, freezes, timeZone: BERLIN }, local(BERLIN, 2026, 7, 1, 11)))).toBe(
      '2026-07-01T10:30:00.000Z',
    );
  });

  it('combines overlapping cron and date freezes with windows across midnight', () => {
    const night = parseDeployWindows('* 22:00-02:00', 'deploy-windows');
    const freezes = parseFreezePeriods(
      '0 0 * * SAT .. 0 0 * * MON\n2026-12-31 .. 2026-12-31',
      'freeze-periods',
      NY,
    );
    // Thursday 31 Dec 2026 23:00 in New York: frozen (the date). Friday 1 Jan 22:00 opens but
    // Saturday 00:00 freezes again until Monday 00:00 (inside Sunday's 22:00-02:00 window).
    const calendar = { windows: night, freezes, timeZone: NY };
    expect(iso(nextAllowed(calendar, local(NY, 2026, 12, 31, 23)))).toBe(iso(local(NY, 2027, 1, 1, 0)));
    expect(iso(nextAllowed(calendar, local(NY, 2027, 1, 2, 1)))).toBe(iso(local(NY, 2027, 1, 4, 0)));
  });

  it('is undefined when no time within a year is allowed', () => {
    const freezes = parseFreezePeriods('2026-01-01 .. 2028-01-01', 'freeze-periods', 'UTC');
    expect(nextAllowed({ freezes, timeZone: 'UTC' }, at('2026-06-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('cron search against a reference model', () => {
  // Reference: every matching wall minute of the surrounding local days, converted one by one.
  function firings(cronText: string, around: number, zone: string): number[] {
    const cron = parseCron(cronText);
    const instants: number[] = [];
    const base = new Date(around);
    for (let d = -25; d <= 25; d++) {
      const day = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate() + d));
      const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
      const weekday = day.getUTCDay();
      const domOk = cron.daysOfMonth[date];
      const dowOk = cron.weekdays[weekday];
      const dayOk =
        cron.months[month] &&
        (cron.dayOfMonthAny || cron.weekdayAny
          ? (cron.dayOfMonthAny || domOk) && (cron.weekdayAny || dowOk)
          : domOk || dowOk);
      if (!dayOk) continue;
      for (let hour = 0; hour < 24; hour++)
        for (let minute = 0; minute < 60; minute++)
          if (cron.hours[hour] && cron.minutes[minute])
            instants.push(zonedTimeToEpoch({ year, month, day: date, hour, minute }, zone));
    }
    return instants.sort((a, b) => a - b);
  }

  const transitions: [string, string][] = [
    [NY, '2026-03-08T07:00:00Z'],
    [NY, '2026-11-01T06:00:00Z'],
    [BERLIN, '2026-03-29T01:00:00Z'],
    [BERLIN, '2026-10-25T01:00:00Z'],
  ];
  it.each(transitions)('agrees around the change in %s at %s', (zone, at_) => {
    const change = at(at_);
    for (const cronText of ['*/7 1-3 * * *', '30 2 * * *', '0,59 0-4 * * SUN', '15 1 1,8,25,29 * *']) {
      const instants = firings(cronText, change, zone);
      for (let offset = -10 * 3_600_000; offset <= 10 * 3_600_000; offset += 17 * 60_000 + 13_000) {
        const t = change + offset;
        const cron = parseCron(cronText);
        const expected = {
          previous: instants.filter((i) => i <= t).at(-1),
          next: instants.find((i) => i > t),
        };
        expect({ cronText, t: iso(t), previous: iso(previousFiring(cron, t, zone)) }).toEqual({
          cronText,
          t: iso(t),
          previous: iso(expected.previous),
        });
        expect({ cronText, t: iso(t), next: iso(nextFiring(cron, t, zone)) }).toEqual({
          cronText,
          t: iso(t),
          next: iso(expected.next),
        });
      }
    }
  });
});
