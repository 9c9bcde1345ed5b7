import { DAY_MS, dayKey, dayStart } from '@shipgate/core/sla';

export const PERIODS = ['day', 'week', 'month', 'rolling-30d'] as const;
export type Period = (typeof PERIODS)[number];

export interface Span {
  from: number;
  to: number;
  label: string;
}

/**
 * The period a report covers, and the one before it for comparison. Calendar periods are the last
 * complete UTC day, ISO week (Monday to Sunday) or month; rolling-30d ends now.
 */
export function resolvePeriod(period: Period, now: number): { current: Span; previous: Span } {
  const today = dayStart(dayKey(now));
  const days = (from: number, to: number, label: string): Span => ({ from, to, label });
  switch (period) {
    case 'day': {
      const from = today - DAY_MS;
      return {
        current: days(from, today, dayKey(from)),
        previous: days(from - DAY_MS, from, dayKey(from - DAY_MS)),
      };
    }
    case 'week': {
      const weekday = (new Date(today).getUTCDay() + 6) % 7; // Monday 0
      const to = today - weekday * DAY_MS;
      const from = to - 7 * DAY_MS;
      return {
        current: days(from, to, `week of ${dayKey(from)}`),
        previous: days(from - 7 * DAY_MS, from, `week of ${dayKey(from - 7 * DAY_MS)}`),
      };
    }
    case 'month': {
      const date = new Date(today);
      const to = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
      const from = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1);
      const before = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 2, 1);
      return {
        current: days(from, to, dayKey(from).slice(0, 7)),
        previous: days(before, from, dayKey(before).slice(0, 7)),
      };
    }
    case 'rolling-30d': {
      const from = now - 30 * DAY_MS;
      return {
        current: days(from, now, `30 days to ${new Date(now).toISOString().slice(0, 16)}Z`),
        previous: days(from - 30 * DAY_MS, from, `the 30 days before`),
      };
    }
  }
}
