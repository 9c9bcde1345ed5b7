import { zoneOffsetMs, zonedTime, zonedTimeToEpoch } from '@shipgate/core';

/**
 * Five-field cron expressions (minute hour day-of-month month day-of-week), as GitLab deploy freezes
 * use them: `*`, values, ranges `a-b`, steps `*\/n` and `a-b/n`, lists `a,b`, month names JAN-DEC,
 * weekday names SUN-SAT (0 and 7 are Sunday). When both day fields are restricted a day matches
 * either (classic cron). Times are wall-clock times in a zone: a time skipped by a spring-forward
 * change fires just after the gap; a time repeated by a fall-back change fires once, the first time.
 */
export interface CronSchedule {
  text: string;
  minutes: boolean[];
  hours: boolean[];
  daysOfMonth: boolean[];
  months: boolean[];
  weekdays: boolean[];
  dayOfMonthAny: boolean;
  weekdayAny: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
  namesFrom?: number;
}

const FIELDS: FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, namesFrom: 1 },
  { name: 'day of week', min: 0, max: 7, names: WEEKDAYS, namesFrom: 0 },
];

function value(text: string, spec: FieldSpec): number {
  const lower = text.toLowerCase();
  const named = spec.names?.indexOf(lower) ?? -1;
  if (named >= 0) return named + (spec.namesFrom ?? 0);
  if (!/^\d+$/.test(text))
    throw new Error(`${spec.name} '${text}' is not a number${spec.names ? ' or name' : ''}`);
  const number = Number(text);
  if (number < spec.min || number > spec.max)
    throw new Error(`${spec.name} ${number} is outside ${spec.min}-${spec.max}`);
  return number;
}

function parseField(text: string, spec: FieldSpec): boolean[] {
  const set = new Array<boolean>(spec.max + 1).fill(false);
  for (const part of text.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined || range === '') throw new Error(`${spec.name} '${part}' is not valid`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0)
        throw new Error(`${spec.name} step '${stepText}' is not a positive number`);
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (range === '*') {
      from = spec.min;
      to = spec.max === 7 ? 6 : spec.max;
    } else if (range.includes('-')) {
      const [a, b, more] = range.split('-');
      if (more !== undefined) throw new Error(`${spec.name} '${range}' is not a range`);
      from = value(a, spec);
      to = value(b, spec);
      if (to < from) throw new Error(`${spec.name} range '${range}' runs backwards`);
    } else {
      from = value(range, spec);
      to = stepText === undefined ? from : spec.max;
    }
    for (let v = from; v <= to; v += step) set[v] = true;
  }
  return set;
}

/** Parses a cron expression; throws an Error whose message says which field is wrong. */
export function parseCron(text: string): CronSchedule {
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 5)
    throw new Error(`'${text}' has ${fields.length} field(s); a cron expression has 5`);
  const [minutes, hours, daysOfMonth, months, weekdays] = fields.map((field, i) =>
    parseField(field, FIELDS[i]),
  );
  if (weekdays[7]) weekdays[0] = true;
  return {
    text: text.trim(),
    minutes,
    hours,
    daysOfMonth,
    months,
    weekdays: weekdays.slice(0, 7),
    dayOfMonthAny: fields[2] === '*',
    weekdayAny: fields[4] === '*',
  };
}

export function looksLikeCron(text: string): boolean {
  return text.trim().split(/\s+/).length === 5;
}

function dayMatches(cron: CronSchedule, year: number, month: number, day: number): boolean {
  if (!cron.months[month]) return false;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const dom = cron.daysOfMonth[day];
  const dow = cron.weekdays[weekday];
  if (cron.dayOfMonthAny || cron.weekdayAny) return (cron.dayOfMonthAny || dom) && (cron.weekdayAny || dow);
  return dom || dow;
}

/** The local calendar day `offset` days from a given local day. */
function localDay(t: { year: number; month: number; day: number }, offset: number) {
  const date = new Date(Date.UTC(t.year, t.month - 1, t.day + offset));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The instants of one local day at which the schedule fires, lazily, ascending or descending. Wall
 * time maps to instants monotonically (a gap moves forward, an overlap takes the earlier instant),
 * so the order holds across daylight-saving changes.
 */
function* firingsOn(
  cron: CronSchedule,
  day: { year: number; month: number; day: number },
  timeZone: string,
  descending: boolean,
  /** Wall-clock minutes of the day outside [from, to] are skipped. */
  bounds: { from: number; to: number } = { from: 0, to: 24 * 60 },
): Generator<number> {
  if (!dayMatches(cron, day.year, day.month, day.day)) return;
  for (let h = 0; h < 24; h++) {
    const hour = descending ? 23 - h : h;
    if (!cron.hours[hour] || hour * 60 + 59 < bounds.from || hour * 60 > bounds.to) continue;
    for (let m = 0; m < 60; m++) {
      const minute = descending ? 59 - m : m;
      const ofDay = hour * 60 + minute;
      if (cron.minutes[minute] && ofDay >= bounds.from && ofDay <= bounds.to)
        yield zonedTimeToEpoch({ ...day, hour, minute }, timeZone);
    }
  }
}

/**
 * On the instant's own local day, wall times more than this far from its wall time cannot be on the
 * other side of it, so they need no conversion: 0 when the offset is steady around the instant,
 * else 150 minutes (a daylight-saving shift is at most 2 hours).
 */
function slackMinutes(epochMs: number, timeZone: string): number {
  const steady =
    zoneOffsetMs(epochMs - 10_800_000, timeZone) === zoneOffsetMs(epochMs + 10_800_000, timeZone);
  return steady ? 0 : 150;
}

/** Looks this many days back or ahead at most: Feb 29 schedules fire every 4 to 8 years. */
const HORIZON_DAYS = 366 * 8 + 2;

/** The latest firing at or before the instant, or undefined. */
export function previousFiring(cron: CronSchedule, epochMs: number, timeZone: string): number | undefined {
  const today = zonedTime(epochMs, timeZone);
  const wall = today.hour * 60 + today.minute;
  const slack = slackMinutes(epochMs, timeZone);
  for (let offset = 0; offset >= -HORIZON_DAYS; offset--) {
    const bounds = offset === 0 ? { from: 0, to: wall + slack } : undefined;
    for (const instant of firingsOn(cron, localDay(today, offset), timeZone, true, bounds))
      if (instant <= epochMs) return instant;
  }
  return undefined;
}

/** The first firing strictly after the instant, or undefined. */
export function nextFiring(cron: CronSchedule, epochMs: number, timeZone: string): number | undefined {
  const today = zonedTime(epochMs, timeZone);
  const wall = today.hour * 60 + today.minute;
  const slack = slackMinutes(epochMs, timeZone);
  for (let offset = 0; offset <= HORIZON_DAYS; offset++) {
    const bounds = offset === 0 ? { from: wall - slack, to: 24 * 60 } : undefined;
    for (const instant of firingsOn(cron, localDay(today, offset), timeZone, false, bounds))
      if (instant > epochMs) return instant;
  }
  return undefined;
}
