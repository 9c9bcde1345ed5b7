export type ReportKind = 'none' | 'daily' | 'weekly' | 'monthly' | 'range';

export interface Period {
  kind: ReportKind;
  /** Inclusive start, epoch ms. */
  from: number;
  /** Exclusive end, epoch ms. */
  to: number;
  label: string;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The reporting period in UTC. daily, weekly and monthly are the last complete day, ISO week
 * (Monday to Sunday) or month before `reference`; range is [since, until).
 */
export function periodFor(kind: Exclude<ReportKind, 'none'>, reference: number, since?: number): Period {
  if (kind === 'range') {
    const from = since ?? 0;
    return { kind, from, to: reference, label: `${iso(from)} – ${iso(reference)}` };
  }
  const ref = new Date(reference);
  const today = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  if (kind === 'daily') return { kind, from: today - DAY, to: today, label: iso(today - DAY).slice(0, 10) };
  if (kind === 'weekly') {
    const mondayThisWeek = today - ((ref.getUTCDay() + 6) % 7) * DAY;
    const from = mondayThisWeek - 7 * DAY;
    return { kind, from, to: mondayThisWeek, label: `week of ${iso(from).slice(0, 10)}` };
  }
  const to = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), 1);
  const from = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1);
  return { kind, from, to, label: iso(from).slice(0, 7) };
}
