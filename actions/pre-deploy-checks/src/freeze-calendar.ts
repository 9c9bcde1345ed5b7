import { InputError, zonedTimeToEpoch } from '@shipgate/core';
import { looksLikeCron, nextFiring, parseCron, previousFiring, type CronSchedule } from './cron-schedule.js';

/**
 * Freeze periods, one per line: `<start> .. <end>`. Each side is an ISO date (`2026-12-24`), an ISO
 * date-time (`2026-12-24T18:00`, local to the zone unless it carries `Z` or an offset) or a 5-field
 * cron expression (`0 18 * * FRI .. 0 6 * * MON`, as in GitLab deploy freezes). A date alone as the
 * end includes that whole day. A period is frozen from its latest start until the first end at or
 * after that start; a fixed (ISO) end also ends a repeating start for good.
 */
export type FreezeSide =
  { kind: 'instant'; at: number; text: string } | { kind: 'cron'; cron: CronSchedule; text: string };

export interface FreezePeriod {
  text: string;
  line: number;
  start: FreezeSide;
  end: FreezeSide;
}

const EXPECTED =
  "one period per line as '<start> .. <end>', each side an ISO date or date-time or a 5-field cron expression, such as 2026-12-24 .. 2027-01-02 or 0 18 * * FRI .. 0 6 * * MON";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/i;

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseSide(text: string, isEnd: boolean, timeZone: string): FreezeSide {
  const date = DATE.exec(text);
  if (date) {
    const [year, month, day] = date.slice(1).map(Number);
    if (!validDate(year, month, day)) throw new Error(`'${text}' is not a calendar date`);
    // An end date includes its day: the freeze lifts at the following midnight.
    return {
      kind: 'instant',
      at: zonedTimeToEpoch({ year, month, day: day + (isEnd ? 1 : 0) }, timeZone),
      text,
    };
  }
  const dateTime = DATE_TIME.exec(text);
  if (dateTime) {
    const [year, month, day, hour, minute] = dateTime.slice(1, 6).map(Number);
    const second = Number(dateTime[6] ?? 0);
    if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59)
      throw new Error(`'${text}' is not a valid date-time`);
    const zone = dateTime[7];
    if (!zone)
      return {
        kind: 'instant',
        at: zonedTimeToEpoch({ year, month, day, hour, minute, second }, timeZone),
        text,
      };
    const at = Date.parse(
      `${dateTime.slice(1, 4).join('-')}T${dateTime[4]}:${dateTime[5]}:${String(second).padStart(2, '0')}${zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`,
    );
    if (Number.isNaN(at)) throw new Error(`'${text}' is not a valid date-time`);
    return { kind: 'instant', at, text };
  }
  if (looksLikeCron(text)) return { kind: 'cron', cron: parseCron(text), text };
  throw new Error(`'${text}' is neither an ISO date, an ISO date-time nor a 5-field cron expression`);
}

export function parseFreezePeriods(text: string, input: string, timeZone: string): FreezePeriod[] {
  const periods: FreezePeriod[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const where = `line ${index + 1}`;
    const sides = line.split(/\s+\.\.\s+/);
    if (sides.length !== 2)
      throw new InputError(input, `${where}: '${line}' is not '<start> .. <end>'`, EXPECTED);
    try {
      const start = parseSide(sides[0].trim(), false, timeZone);
      const end = parseSide(sides[1].trim(), true, timeZone);
      if (start.kind === 'instant' && end.kind === 'instant' && end.at <= start.at)
        throw new Error(`the end '${end.text}' is not after the start '${start.text}'`);
      periods.push({ text: line, line: index + 1, start, end });
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(input, `${where}: ${(error as Error).message}`, EXPECTED);
    }
  });
  if (periods.length === 0) throw new InputError(input, 'has no period', EXPECTED);
  return periods;
}

function latestAtOrBefore(side: FreezeSide, epochMs: number, timeZone: string): number | undefined {
  if (side.kind === 'instant') return side.at <= epochMs ? side.at : undefined;
  return previousFiring(side.cron, epochMs, timeZone);
}

function firstAtOrAfter(side: FreezeSide, epochMs: number, timeZone: string): number | undefined {
  if (side.kind === 'instant') return side.at >= epochMs ? side.at : undefined;
  return nextFiring(side.cron, epochMs - 1, timeZone);
}

export interface FreezeState {
  frozen: boolean;
  /** When frozen: the instant the period lifts (undefined if it never does within the horizon). */
  until?: number;
  /** When frozen: the instant it began. */
  since?: number;
}

export function freezeState(period: FreezePeriod, epochMs: number, timeZone: string): FreezeState {
  const since = latestAtOrBefore(period.start, epochMs, timeZone);
  if (since === undefined) return { frozen: false };
  // A fixed end closes the whole period: a repeating start after it no longer freezes anything.
  if (period.end.kind === 'instant' && since > period.end.at) return { frozen: false };
  const until = firstAtOrAfter(period.end, since, timeZone);
  if (until !== undefined && until <= epochMs) return { frozen: false };
  return { frozen: true, since, until };
}

/** The periods frozen at the instant, with when each lifts. */
export function activeFreezes(periods: FreezePeriod[], epochMs: number, timeZone: string) {
  return periods
    .map((period) => ({ period, state: freezeState(period, epochMs, timeZone) }))
    .filter(({ state }) => state.frozen);
}
