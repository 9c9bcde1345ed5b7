import { zonedTime, zonedTimeToEpoch } from '@shipgate/core';
import { insideAnyWindow, type DeployWindow } from './deploy-window.js';
import { activeFreezes, type FreezePeriod } from './freeze-calendar.js';

export interface Calendar {
  windows?: DeployWindow[];
  freezes?: FreezePeriod[];
  timeZone: string;
}

export interface CalendarVerdict {
  allowed: boolean;
  /** Why deploying is blocked now (empty when allowed). */
  reasons: string[];
}

export function evaluateCalendar(calendar: Calendar, epochMs: number): CalendarVerdict {
  const reasons: string[] = [];
  const { windows, freezes, timeZone } = calendar;
  if (windows && windows.length > 0 && !insideAnyWindow(windows, epochMs, timeZone))
    reasons.push('outside every deploy window');
  for (const { period, state } of activeFreezes(freezes ?? [], epochMs, timeZone)) {
    const until =
      state.until === undefined ? 'no end in sight' : `until ${new Date(state.until).toISOString()}`;
    reasons.push(`freeze '${period.text}' (line ${period.line}) is in force ${until}`);
  }
  return { allowed: reasons.length === 0, reasons };
}

/** Window openings strictly after the instant within the next 8 days, earliest first. */
function windowOpenings(windows: DeployWindow[], epochMs: number, timeZone: string): number[] {
  const today = zonedTime(epochMs, timeZone);
  const openings: number[] = [];
  for (let offset = 0; offset <= 8; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const weekday = date.getUTCDay();
    for (const window of windows) {
      if (!window.days.has(weekday)) continue;
      const at = zonedTimeToEpoch(
        {
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
          hour: Math.floor(window.startMinute / 60),
          minute: window.startMinute % 60,
        },
        timeZone,
      );
      if (at > epochMs) openings.push(at);
    }
  }
  return openings.sort((a, b) => a - b);
}

/** How far ahead `nextAllowed` looks. */
export const SEARCH_HORIZON_MS = 366 * 86_400_000;

/**
 * The first instant at or after `epochMs` when deploying is allowed, or undefined when there is none
 * within a year. It steps from boundary to boundary (window openings, freezes lifting), never minute
 * by minute: at each boundary the calendar is evaluated again.
 */
export function nextAllowed(calendar: Calendar, epochMs: number): number | undefined {
  const { windows, freezes, timeZone } = calendar;
  let t = epochMs;
  for (let step = 0; step < 10_000 && t <= epochMs + SEARCH_HORIZON_MS; step++) {
    if (evaluateCalendar(calendar, t).allowed) return t;
    const candidates: number[] = [];
    const inWindow = !windows || windows.length === 0 || insideAnyWindow(windows, t, timeZone);
    if (!inWindow) {
      const [opening] = windowOpenings(windows!, t, timeZone);
      if (opening !== undefined) candidates.push(opening);
    }
    const frozen = activeFreezes(freezes ?? [], t, timeZone);
    if (frozen.length > 0) {
      // Every active freeze must lift; the latest of them is the earliest time all have lifted.
      const lifts = frozen.map(({ state }) => state.until);
      if (lifts.some((until) => until === undefined)) return undefined;
      candidates.push(Math.max(...(lifts as number[])));
    }
    if (candidates.length === 0) return undefined;
    // Move to the latest of the boundaries that must all pass, but never backwards.
    const next = Math.max(...candidates);
    if (next <= t) return undefined;
    t = next;
  }
  return undefined;
}
