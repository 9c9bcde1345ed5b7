import type { Snapshot } from '../branch-store.js';
import {
  addDays,
  DAY_MS,
  dayKey,
  dayStart,
  parseSamples,
  rollupPath,
  samplesPath,
  type Sample,
} from './samples.js';
import {
  accumulate,
  emptyTotals,
  fromRollup,
  mergeTotals,
  toRollup,
  type RollupJson,
  type Totals,
} from './totals.js';

/**
 * Reading one service's history from a store snapshot: daily rollups for whole past days, raw samples
 * for today and for days cut by a window edge. Reads are cached per snapshot.
 */
export class ServiceHistory {
  private readonly sampleCache = new Map<string, Promise<{ samples: Sample[]; invalid: number }>>();
  private readonly rollups = new Map<string, RollupJson>();
  /** Rollups as totals, decoded once (they are only ever merged into others, never changed). */
  private readonly rollupTotals = new Map<string, Totals>();
  private sampleDaySet = new Set<string>();
  /** Files (rollups) built here, to be written. */
  readonly changes: Record<string, string> = {};
  sampleDays: string[] = [];
  private rollupDays = new Set<string>();

  constructor(
    private readonly snapshot: Snapshot,
    readonly service: string,
    private readonly intervalMs: number,
    private readonly now: number,
  ) {}

  async init(): Promise<this> {
    const days = (list: string[], ext: string) =>
      list
        .filter((name) => name.endsWith(ext))
        .map((name) => name.slice(0, -ext.length))
        .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
    this.sampleDays = days(await this.snapshot.list(`samples/${this.service}`), '.jsonl').sort();
    this.sampleDaySet = new Set(this.sampleDays);
    this.rollupDays = new Set(days(await this.snapshot.list(`rollups/${this.service}`), '.json'));
    return this;
  }

  samples(day: string): Promise<{ samples: Sample[]; invalid: number }> {
    let cached = this.sampleCache.get(day);
    if (!cached) {
      cached = this.sampleDaySet.has(day)
        ? this.snapshot.read(samplesPath(this.service, day)).then(parseSamples)
        : Promise.resolve({ samples: [], invalid: 0 });
      this.sampleCache.set(day, cached);
    }
    return cached;
  }

  private async lastBefore(day: string): Promise<{ at?: number; status?: Sample['status'] }> {
    const previous = addDays(day, -1);
    const rollup = this.rollups.get(previous);
    if (rollup)
      return {
        at: rollup['last-at'] ? Date.parse(rollup['last-at']) : undefined,
        status: rollup['last-status'],
      };
    const { samples } = await this.samples(previous);
    const last = samples.at(-1);
    return last ? { at: Date.parse(last.t), status: last.status } : {};
  }

  /**
   * Makes sure every past day with samples from `since` on has a rollup: missing ones are built, and
   * the last `recentDays` complete days are rebuilt (late samples), or all of them with `rebuild`.
   */
  async buildRollups(since: string, options: { recentDays: number; rebuild: boolean }): Promise<number> {
    const today = dayKey(this.now);
    const recent = addDays(today, -options.recentDays);
    let built = 0;
    for (const day of this.sampleDays) {
      if (day < since || day >= today) continue;
      const stale = options.rebuild || day >= recent || !this.rollupDays.has(day);
      if (!stale) {
        const existing = await this.rollup(day);
        if (existing) continue;
      }
      const { samples, invalid } = await this.samples(day);
      const before = await this.lastBefore(day);
      const totals = accumulate(emptyTotals(), samples, {
        intervalMs: this.intervalMs,
        previousAt: before.at,
        previousStatus: before.status,
      });
      const rollup = toRollup(totals, {
        service: this.service,
        date: day,
        builtAt: this.now,
        intervalMs: this.intervalMs,
        invalid,
      });
      this.rollups.set(day, rollup);
      this.rollupTotals.delete(day);
      const previousText = this.rollupDays.has(day)
        ? await this.snapshot.read(rollupPath(this.service, day))
        : undefined;
      const text = `${JSON.stringify(rollup)}\n`;
      // Rebuilding a day that did not change writes nothing (built-at aside).
      if (!previousText || stripBuiltAt(previousText) !== stripBuiltAt(text)) {
        this.changes[rollupPath(this.service, day)] = text;
        built++;
      }
      this.rollupDays.add(day);
    }
    return built;
  }

  /** Reads the rollups of [since, today) ahead, `concurrency` at a time (a branch or disk read each). */
  async prefetch(since: string, concurrency = 16): Promise<void> {
    const today = dayKey(this.now);
    const days = [...this.rollupDays].filter((day) => day >= since && day < today && !this.rollups.has(day));
    let next = 0;
    const worker = async () => {
      while (next < days.length) await this.rollup(days[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, days.length) }, worker));
  }

  async rollup(day: string): Promise<RollupJson | undefined> {
    const cached = this.rollups.get(day);
    if (cached) return cached;
    if (!this.rollupDays.has(day)) return undefined;
    const text = await this.snapshot.read(rollupPath(this.service, day));
    if (!text) return undefined;
    const rollup = JSON.parse(text) as RollupJson;
    this.rollups.set(day, rollup);
    return rollup;
  }

  /** Totals over [from, to): rollups for whole past days, raw samples for the rest. */
  async totals(from: number, to: number): Promise<Totals> {
    const total = emptyTotals();
    const today = dayKey(this.now);
    const first = this.sampleDays[0];
    if (first === undefined) return total;
    for (let day = dayKey(Math.max(from, dayStart(first))); dayStart(day) < to; day = addDays(day, 1)) {
      const start = dayStart(day);
      const whole = start >= from && start + DAY_MS <= to && day < today;
      const rollup = whole ? await this.rollup(day) : undefined;
      if (rollup) {
        let decoded = this.rollupTotals.get(day);
        if (!decoded) this.rollupTotals.set(day, (decoded = fromRollup(rollup)));
        mergeTotals(total, decoded);
        continue;
      }
      if (!this.sampleDaySet.has(day)) continue;
      const { samples } = await this.samples(day);
      const before = await this.lastBefore(day);
      mergeTotals(
        total,
        accumulate(emptyTotals(), samples, {
          intervalMs: this.intervalMs,
          previousAt: before.at,
          previousStatus: before.status,
          from,
          to,
        }),
      );
    }
    return total;
  }

  /** Daily totals for the given days (for charts), rollups where they exist. */
  async daily(days: string[]): Promise<{ day: string; totals: Totals }[]> {
    const result: { day: string; totals: Totals }[] = [];
    for (const day of days) {
      const start = dayStart(day);
      result.push({ day, totals: await this.totals(start, Math.min(start + DAY_MS, this.now)) });
    }
    return result;
  }

  /** The latest sample (today or yesterday). */
  async latest(): Promise<Sample | undefined> {
    const today = dayKey(this.now);
    for (const day of [today, addDays(today, -1)]) {
      const last = (await this.samples(day)).samples.filter((s) => Date.parse(s.t) <= this.now).at(-1);
      if (last) return last;
    }
    return undefined;
  }
}

function stripBuiltAt(text: string): string {
  return text.replace(/"built-at":"[^"]*",/, '');
}
