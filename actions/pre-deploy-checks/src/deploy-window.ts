import { InputError, zonedTime } from '@shipgate/core';

/**
 * Deploy windows, one per line: `Mon-Fri 09:00-16:00`, `Sat,Sun 10:00-12:00`, `* 22:00-02:00`.
 * Times are wall-clock times in the configured zone, so a window keeps its local hours across
 * daylight-saving changes. An end at or before the start runs past midnight into the next day
 * (`Fri 22:00-02:00` is Friday 22:00 to Saturday 02:00). `24:00` means the end of the day.
 */
export interface DeployWindow {
  text: string;
  line: number;
  /** Weekdays on which the window opens, 0 = Sunday. */
  days: Set<number>;
  startMinute: number;
  endMinute: number;
}

export const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const EXPECTED =
  'one window per line as <days> <HH:MM>-<HH:MM>, such as Mon-Fri 09:00-16:00 (days: Mon..Sun, ranges, commas, or *)';

function dayIndex(name: string): number | undefined {
  const index = DAY_NAMES.indexOf(name.slice(0, 3).toLowerCase());
  const full = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][index];
  if (index < 0 || !(name.length === 3 || name.toLowerCase() === full)) return undefined;
  return index;
}

function parseDays(text: string): Set<number> | undefined {
  if (text === '*' || /^(daily|every ?day)$/i.test(text)) return new Set([0, 1, 2, 3, 4, 5, 6]);
  const days = new Set<number>();
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split('-');
    if (extra !== undefined) return undefined;
    const a = dayIndex(from.trim());
    const b = to === undefined ? a : dayIndex(to.trim());
    if (a === undefined || b === undefined) return undefined;
    // A range may wrap the week: Fri-Mon is Fri, Sat, Sun, Mon.
    for (let d = a; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === b) break;
    }
  }
  return days;
}

function parseClock(text: string, allow24: boolean): number | undefined {
  const match = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > 24 * 60 || (minutes === 24 * 60 && !allow24)) return undefined;
  return minutes;
}

export function parseDeployWindows(text: string, input: string): DeployWindow[] {
  const windows: DeployWindow[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const match = /^(\S+)\s+(\S+)\s*-\s*(\S+)$/.exec(line);
    const days = match ? parseDays(match[1]) : undefined;
    const start = match ? parseClock(match[2], false) : undefined;
    const end = match ? parseClock(match[3], true) : undefined;
    if (!match || !days || start === undefined || end === undefined)
      throw new InputError(input, `line ${index + 1}: '${line}' is not a deploy window`, EXPECTED);
    windows.push({ text: line, line: index + 1, days, startMinute: start, endMinute: end });
  });
  if (windows.length === 0) throw new InputError(input, 'has no window', EXPECTED);
  return windows;
}

function crossesMidnight(window: DeployWindow): boolean {
  return window.endMinute <= window.startMinute;
}

/** Whether the instant falls inside the window, read on the zone's wall clock. */
export function insideWindow(window: DeployWindow, epochMs: number, timeZone: string): boolean {
  const t = zonedTime(epochMs, timeZone);
  const minute = t.hour * 60 + t.minute;
  if (!crossesMidnight(window))
    return window.days.has(t.weekday) && minute >= window.startMinute && minute < window.endMinute;
  const yesterday = (t.weekday + 6) % 7;
  return (
    (window.days.has(t.weekday) && minute >= window.startMinute) ||
    (window.days.has(yesterday) && minute < window.endMinute)
  );
}

export function insideAnyWindow(
  windows: DeployWindow[],
  epochMs: number,
  timeZone: string,
): DeployWindow | undefined {
  return windows.find((window) => insideWindow(window, epochMs, timeZone));
}
