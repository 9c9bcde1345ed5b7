import { createHash } from 'node:crypto';
import type { Snapshot } from '../branch-store.js';
import {
  addDays,
  DAY_MS,
  dayKey,
  dayStart,
  monthOf,
  monthDaysPath,
  monthRollupPath,
  rollupPath,
  samplesPath,
  type Sample,
} from './samples.js';
import { parseSampleColumns, STATUS_NAMES, type SampleColumns } from './sample-columns.js';
import {
  accumulate,
  dayPoint,
  emptyTotals,
  fromRollup,
  mergeTotals,
  toRollup,
  type DayPoint,
  type MonthDaysJson,
  type MonthRollupJson,
  type DayRollupJson,
  type RollupJson,
  type Totals,
} from './totals.js';

interface MonthCover {
  json: MonthRollupJson;
  first: string;
  last: string;
}

/**
 * Reading one service's history from a store snapshot: monthly rollups for the runs of whole past
 * days they cover, daily rollups for other whole past days, raw samples for today and for days cut
 * by a window edge. Reads are cached per snapshot.
 */
export class ServiceHistory {
  private readonly sampleCache = new Map<string, Promise<{ columns: SampleColumns; invalid: number }>>();
  /** Samples files as bytes (parsed, and fingerprinted, without decoding them). */
  private readonly texts = new Map<string, Promise<Uint8Array>>();
  /** Totals of the part of a day's raw samples in a window (read only: merged into others). */
  private readonly parts = new Map<string, Totals>();
  private readonly rollups = new Map<string, DayRollupJson>();
  /** Daily rollups being read. */
  private readonly reading = new Map<string, Promise<DayRollupJson | undefined>>();
  /** Rollups as totals, decoded once (they are only ever merged into others, never changed). */
  private readonly rollupTotals = new Map<string, Totals>();
  private sampleDaySet = new Set<string>();
  /** Files (rollups) built here, to be written. */
  readonly changes: Record<string, string> = {};
  sampleDays: string[] = [];
  private rollupDays = new Set<string>();
  private monthFiles = new Set<string>();
  /** Months whose daily rollups are also kept together in one file (`YYYY-MM.days.json`). */
  private monthDayFiles = new Set<string>();
  private readonly monthDays = new Map<string, Promise<MonthDaysJson | undefined>>();
  private readonly months = new Map<string, MonthRollupJson | null>();
  private readonly monthTotals = new Map<string, Totals>();
  private readonly covers = new WeakMap<MonthRollupJson, MonthCover | null>();
  /** Days whose daily rollup this run wrote or changed (their months are rebuilt). */
  private readonly changedDays = new Set<string>();
  /** Totals per window, worked out once (a report asks for some windows twice: 90 days, 30 days). */
  private readonly windows = new Map<string, Totals>();
  /** The days with samples, by month. */
  private sampleDaysByMonth = new Map<string, string[]>();

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
    for (const day of this.sampleDays) {
      const month = monthOf(day);
      const list = this.sampleDaysByMonth.get(month);
      if (list) list.push(day);
      else this.sampleDaysByMonth.set(month, [day]);
    }
    const rollupFiles = await this.snapshot.list(`rollups/${this.service}`);
    this.rollupDays = new Set(days(rollupFiles, '.json'));
    this.monthFiles = new Set(
      rollupFiles.filter((name) => /^\d{4}-\d{2}\.json$/.test(name)).map((name) => name.slice(0, 7)),
    );
    this.monthDayFiles = new Set(
      rollupFiles.filter((name) => /^\d{4}-\d{2}\.days\.json$/.test(name)).map((name) => name.slice(0, 7)),
    );
    return this;
  }

  samples(day: string): Promise<{ columns: SampleColumns; invalid: number }> {
    let cached = this.sampleCache.get(day);
    if (!cached) {
      cached = this.sampleText(day).then(parseSampleColumns);
      this.sampleCache.set(day, cached);
    }
    return cached;
  }

  private sampleText(day: string): Promise<Uint8Array> {
    let text = this.texts.get(day);
    if (!text) {
      const file = samplesPath(this.service, day);
      text = !this.sampleDaySet.has(day)
        ? Promise.resolve(EMPTY)
        : this.snapshot.readBytes
          ? this.snapshot.readBytes(file).then((b) => b ?? EMPTY)
          : this.snapshot.read(file).then((t) => (t ? Buffer.from(t, 'utf8') : EMPTY));
      this.texts.set(day, text);
    }
    return text;
  }

  /**
   * What a day's rollup is built from: its samples file, the sample before it (which weighs the
   * first) and the probe interval. A rollup whose fingerprint matches needs no rebuild.
   */
  private async fingerprint(day: string): Promise<string> {
    const before = await this.lastBefore(day);
    return createHash('sha1')
      .update(`${this.intervalMs}\n${before.at ?? ''}\n${before.status ?? ''}\n`)
      .update(await this.sampleText(day))
      .digest('base64');
  }

  private async lastBefore(day: string): Promise<{ at?: number; status?: Sample['status'] }> {
    const previous = addDays(day, -1);
    const point = (await this.month(monthOf(previous)))?.days[previous];
    if (point)
      return {
        at: point['last-at'] ? Date.parse(point['last-at']) : undefined,
        status: point['last-status'],
      };
    const rollup = this.rollupDays.has(previous) ? await this.rollup(previous) : undefined;
    if (rollup)
      return {
        at: rollup['last-at'] ? Date.parse(rollup['last-at']) : undefined,
        status: rollup['last-status'],
      };
    const { columns } = await this.samples(previous);
    const last = columns.length - 1;
    return last >= 0 ? { at: columns.t[last], status: STATUS_NAMES[columns.status[last]] } : {};
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
        // A day its month's rollup already covers was rolled up well: no need to read its file
        // again (a 365-day report would otherwise read 365 daily rollups per service every run).
        const month = monthOf(day);
        // A month already read is looked up without a promise per day (a report goes through 365).
        const known = this.months.get(month);
        if ((known !== undefined ? known : await this.month(month))?.days[day]) continue;
        const existing = await this.rollup(day);
        if (existing) continue;
      }
      // A recent day is rebuilt for late samples; when its file is the one it was built from (the
      // usual case), the rebuild would give the same rollup: skip it, and the parse with it.
      const source = day >= recent ? await this.fingerprint(day) : undefined;
      if (
        source &&
        !options.rebuild &&
        this.rollupDays.has(day) &&
        (await this.rollup(day))?.['source-sha1'] === source
      )
        continue;
      const { columns, invalid } = await this.samples(day);
      const before = await this.lastBefore(day);
      const totals = accumulate(emptyTotals(), columns, {
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
        source,
        hourOffsets: hourOffsets(columns, dayStart(day), (await this.sampleText(day)).length),
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
        this.changedDays.add(day);
        built++;
      }
      this.rollupDays.add(day);
    }
    await this.buildMonths(since, today);
    return built;
  }

  /** The complete days that have a daily rollup, by month, in order (for buildMonths). */
  private rolledDaysByMonth(today: string): Map<string, string[]> {
    const byMonth = new Map<string, string[]>();
    for (const day of [...this.rollupDays].sort()) {
      if (day >= today) continue;
      const month = monthOf(day);
      const list = byMonth.get(month);
      if (list) list.push(day);
      else byMonth.set(month, [day]);
    }
    return byMonth;
  }

  private async month(month: string): Promise<MonthRollupJson | undefined> {
    if (!this.months.has(month)) {
      const text = this.monthFiles.has(month)
        ? await this.snapshot.read(monthRollupPath(this.service, month))
        : undefined;
      let parsed: MonthRollupJson | null = null;
      try {
        parsed = text ? (JSON.parse(text) as MonthRollupJson) : null;
      } catch {
        parsed = null; // unreadable: rebuilt like a missing one
      }
      this.months.set(month, parsed?.schema === 1 ? parsed : null);
    }
    return this.months.get(month) ?? undefined;
  }

  /**
   * Brings the monthly rollups from `since` up to date with the daily ones: a month whose days are
   * unchanged is left alone, days added after its last one are merged in, any other difference
   * (a changed day, a day removed or inserted) rebuilds it from its daily rollups.
   */
  private async buildMonths(since: string, today: string): Promise<void> {
    const monthsWithDays = new Set([...this.rollupDays].filter((d) => d >= since && d < today).map(monthOf));
    // Grouped once: per month, a pass over every rollup day cost a report 13 passes per service.
    const rolled = this.rolledDaysByMonth(today);
    for (const month of [...monthsWithDays].sort()) {
      const days = rolled.get(month) ?? [];
      const existing = await this.month(month);
      const had = existing ? Object.keys(existing.days).sort() : [];
      const touched = days.some((day) => this.changedDays.has(day) && had.includes(day));
      const same = had.length === days.length && had.every((day, i) => day === days[i]);
      // A month written before it held its days' rollups is rebuilt once, with them (migration).
      // One that says its days file was written with it is taken at its word here, without reading
      // that file (a 365-day report would otherwise read every month's days); a reader that does
      // need the days file still checks that it belongs to this month's rollup.
      const complete = existing?.['with-days'] === true && this.monthDayFiles.has(month);
      if (existing && complete && same && !touched) continue;
      const appended = !!existing && complete && !touched && had.every((day, i) => day === days[i]);
      let total: Totals;
      let points: Record<string, DayPoint>;
      let rollups: Record<string, DayRollupJson>;
      let start: number;
      if (appended) {
        total = fromRollup(existing.total);
        points = { ...existing.days };
        rollups = { ...(await this.daysOfMonth(month))?.rollups };
        start = had.length;
      } else {
        total = emptyTotals();
        points = {};
        rollups = {};
        start = 0;
      }
      for (const day of days.slice(start)) {
        const rollup = await this.rollup(day);
        if (!rollup) continue;
        const decoded = fromRollup(rollup);
        points[day] = dayPoint(decoded);
        const { ['built-at']: _builtAt, ...kept } = rollup;
        rollups[day] = kept;
        mergeTotals(total, decoded);
      }
      const json: MonthRollupJson = {
        schema: 1,
        service: this.service,
        month,
        'built-at': new Date(this.now).toISOString(),
        'with-days': true,
        days: points,
        total: toRollup(total, {
          service: this.service,
          date: month,
          builtAt: this.now,
          intervalMs: this.intervalMs,
          invalid: Object.values(rollups).reduce((n, rollup) => n + rollup['invalid-lines'], 0),
        }),
      };
      this.months.set(month, json);
      this.monthTotals.delete(month);
      this.monthFiles.add(month);
      const daysJson: MonthDaysJson = {
        schema: 1,
        service: this.service,
        month,
        'month-built-at': json['built-at'],
        rollups,
      };
      this.monthDays.set(month, Promise.resolve(daysJson));
      this.monthDayFiles.add(month);
      this.changes[monthDaysPath(this.service, month)] = `${JSON.stringify(daysJson)}\n`;
      this.changes[monthRollupPath(this.service, month)] = `${JSON.stringify(json)}\n`;
    }
  }

  /**
   * A month's rollup, if it can stand for all of the month's data in [from, to): every day it covers
   * lies whole inside, before today, and no other day of the month in the window has samples.
   */
  private async usableMonth(month: string, from: number, to: number): Promise<MonthCover | undefined> {
    const json = await this.month(month);
    if (!json) return undefined;
    const cover = this.coverOf(json);
    if (!cover) return undefined;
    return dayStart(cover.first) >= from &&
      dayStart(cover.last) + DAY_MS <= to &&
      cover.last < dayKey(this.now)
      ? cover
      : undefined;
  }

  /**
   * What a month's rollup covers, worked out once per rollup (a report asks for each window): its
   * first and last day, and undefined when it covers nothing or a day between them has samples it
   * does not hold.
   */
  private coverOf(json: MonthRollupJson): MonthCover | undefined {
    if (this.covers.has(json)) return this.covers.get(json) ?? undefined;
    const covered = Object.keys(json.days).sort();
    let cover: MonthCover | null = null;
    if (covered.length > 0) {
      const coveredSet = new Set(covered);
      const first = covered[0];
      const last = covered[covered.length - 1];
      const stray = (this.sampleDaysByMonth.get(json.month) ?? []).some(
        (day) => !coveredSet.has(day) && day >= first && day <= last,
      );
      if (!stray) cover = { json, first, last };
    }
    this.covers.set(json, cover);
    return cover ?? undefined;
  }

  /** The month's daily rollups in one file, when there is one (it is written with the monthly rollup). */
  private daysOfMonth(month: string): Promise<MonthDaysJson | undefined> {
    let days = this.monthDays.get(month);
    if (!days) {
      days = this.monthDayFiles.has(month)
        ? Promise.all([this.snapshot.read(monthDaysPath(this.service, month)), this.month(month)]).then(
            ([text, monthJson]) => {
              try {
                const json = text ? (JSON.parse(text) as MonthDaysJson) : undefined;
                // Only the one written with the monthly rollup there now (not one a writer left
                // behind when it rewrote the month without it).
                return json?.schema === 1 &&
                  json.rollups &&
                  json['month-built-at'] === monthJson?.['built-at']
                  ? json
                  : undefined;
              } catch {
                return undefined; // unreadable: the daily files are read instead
              }
            },
          )
        : Promise.resolve(undefined);
      this.monthDays.set(month, days);
    }
    return days;
  }

  async rollup(day: string): Promise<DayRollupJson | undefined> {
    const cached = this.rollups.get(day);
    if (cached) return cached;
    if (!this.rollupDays.has(day)) return undefined;
    // The month's rollup holds its days' rollups (older ones do not): one file for the whole month.
    const inMonth = (await this.daysOfMonth(monthOf(day)))?.rollups[day];
    if (inMonth && !this.rollups.has(day)) this.rollups.set(day, inMonth);
    if (this.rollups.has(day)) return this.rollups.get(day);
    if (!this.reading.has(day)) {
      // A daily rollup is read when its month's rollup cannot stand in, and then the month's other
      // days are usually wanted too: start reading them all, so the reads overlap.
      const month = monthOf(day);
      for (const other of this.rollupDays)
        if (monthOf(other) === month && !this.rollups.has(other) && !this.reading.has(other)) {
          const read = this.readRollup(other);
          read.catch(() => undefined); // an unreadable one fails when (if) it is awaited
          this.reading.set(other, read);
        }
    }
    return (await this.reading.get(day)) ?? this.rollups.get(day);
  }

  private async readRollup(day: string): Promise<DayRollupJson | undefined> {
    const text = await this.snapshot.read(rollupPath(this.service, day));
    if (!text) return undefined;
    const rollup = JSON.parse(text) as RollupJson;
    // One built meanwhile (buildRollups) is newer than the file.
    if (!this.rollups.has(day)) this.rollups.set(day, rollup);
    return this.rollups.get(day);
  }

  /**
   * Totals over [from, to): rollups for whole past days, raw samples for the rest. The same object
   * for the same window: callers read it, never change it.
   */
  async totals(from: number, to: number): Promise<Totals> {
    const key = `${from}|${to}`;
    let total = this.windows.get(key);
    if (!total) {
      total = await this.windowTotals(from, to);
      this.windows.set(key, total);
    }
    return total;
  }

  private async windowTotals(from: number, to: number): Promise<Totals> {
    const total = emptyTotals();
    const today = dayKey(this.now);
    const first = this.sampleDays[0];
    if (first === undefined) return total;
    let monthChecked = '';
    for (let day = dayKey(Math.max(from, dayStart(first))); dayStart(day) < to;) {
      const month = monthOf(day);
      if (month !== monthChecked) {
        monthChecked = month;
        const cover = await this.usableMonth(month, from, to);
        // Only when the month's first covered day is this one or later: days before it come first.
        if (cover && cover.first >= day) {
          for (; day < cover.first; day = addDays(day, 1)) await this.addDay(total, day, from, to, today);
          let decoded = this.monthTotals.get(month);
          if (!decoded) this.monthTotals.set(month, (decoded = fromRollup(cover.json.total)));
          mergeTotals(total, decoded);
          day = addDays(cover.last, 1);
          continue;
        }
      }
      await this.addDay(total, day, from, to, today);
      day = addDays(day, 1);
    }
    return total;
  }

  /** Adds one day's part of [from, to): its daily rollup when the day is whole and past, else its samples. */
  private async addDay(total: Totals, day: string, from: number, to: number, today: string): Promise<void> {
    const start = dayStart(day);
    const whole = start >= from && start + DAY_MS <= to && day < today;
    const rollup = whole ? await this.rollup(day) : undefined;
    if (rollup) {
      let decoded = this.rollupTotals.get(day);
      if (!decoded) this.rollupTotals.set(day, (decoded = fromRollup(rollup)));
      mergeTotals(total, decoded);
      return;
    }
    if (!this.sampleDaySet.has(day)) return;
    if (day < today) {
      const part = await this.cutPart(day, from, to);
      if (part) {
        mergeTotals(total, part);
        return;
      }
    }
    const { columns } = await this.samples(day);
    if (columns.length === 0) return;
    const before = await this.lastBefore(day);
    // A report adds up today's samples for every window that ends now: the part is the same
    // whenever `from` and `to` cut no sample and bound no weight, so it is added up once.
    const fromFree = before.at !== undefined ? from <= before.at : from <= columns.t[0] - this.intervalMs;
    const toFree = to > columns.t[columns.length - 1];
    const key = `${day}|${fromFree ? '' : from}|${toFree ? '' : to}`;
    let part = this.parts.get(key);
    if (!part) {
      part = this.windowPart(columns, before, from, to);
      this.parts.set(key, part);
    }
    mergeTotals(total, part);
  }

  /**
   * The part of a past day in [from, to) from the hours of its samples file around the cut, with
   * the hour offsets its rollup keeps (see RollupJson): parsing starts at the last hour before
   * `from` that has a sample (that sample weighs the first one in the window, and says whether a
   * down run was already going) and stops at the end of the hour `to` falls in. The same totals as
   * parsing the whole file; undefined when the rollup has no offsets or the file changed length.
   */
  private async cutPart(day: string, from: number, to: number): Promise<Totals | undefined> {
    if (!this.rollupDays.has(day) && !this.rollups.has(day)) return undefined;
    const offsets = (await this.rollup(day))?.['hour-offsets'];
    if (!offsets || offsets.length !== 25) return undefined;
    const key = `${day}|${from}|${to}|cut`;
    let part = this.parts.get(key);
    if (part) return part;
    const start = dayStart(day);
    const fromHour = from > start ? Math.min(24, Math.floor((from - start) / HOUR_MS)) : 0;
    let first = -1;
    for (let hour = fromHour - 1; hour >= 0 && first < 0; hour--)
      if (offsets[hour] < offsets[hour + 1]) first = hour;
    const size = offsets[24];
    const end = to >= start + DAY_MS ? size : offsets[Math.floor((to - start) / HOUR_MS) + 1];
    const begin = first < 0 ? 0 : offsets[first];
    const cut = await this.sampleRange(day, begin, end);
    if (!cut || cut.size !== size) return undefined;
    // No sample in the day before `from`: from the file's start, weighed by the day before's last.
    const before = first < 0 ? await this.lastBefore(day) : {};
    const { columns } = parseSampleColumns(cut.bytes);
    part = this.windowPart(columns, before, from, to);
    this.parts.set(key, part);
    return part;
  }

  /**
   * Bytes [begin, end) of a day's samples file and the file's size: read alone when the store can
   * (a cut parses an hour or two of a 150 KB file), else from the whole file.
   */
  private async sampleRange(
    day: string,
    begin: number,
    end: number,
  ): Promise<{ bytes: Uint8Array; size: number } | undefined> {
    if (this.snapshot.readRange && !this.texts.has(day))
      return this.snapshot.readRange(samplesPath(this.service, day), begin, end);
    const bytes = await this.sampleText(day);
    return { bytes: bytes.subarray(begin, Math.min(end, bytes.length)), size: bytes.length };
  }

  /** The totals of `columns` in [from, to), the first sample weighed from `before` (the last one earlier). */
  private windowPart(
    columns: SampleColumns,
    before: { at?: number; status?: Sample['status'] },
    from: number,
    to: number,
  ): Totals {
    return accumulate(emptyTotals(), columns, {
      intervalMs: this.intervalMs,
      previousAt: before.at,
      previousStatus: before.status,
      from,
      to,
    });
  }

  /** Each day's point (for charts and burn-down): from its monthly rollup where it has one. */
  async dayPoints(days: string[]): Promise<{ day: string; point: DayPoint }[]> {
    const today = dayKey(this.now);
    const result: { day: string; point: DayPoint }[] = [];
    for (const day of days) {
      const month = monthOf(day);
      // Months already read are looked up without a promise per day.
      const known = this.months.get(month);
      const kept =
        day < today ? (known !== undefined ? known : await this.month(month))?.days[day] : undefined;
      const start = dayStart(day);
      result.push({
        day,
        point: kept ?? dayPoint(await this.totals(start, Math.min(start + DAY_MS, this.now))),
      });
    }
    return result;
  }

  /** The latest sample (today or yesterday). */
  async latest(): Promise<Sample | undefined> {
    const today = dayKey(this.now);
    for (const day of [today, addDays(today, -1)]) {
      const { columns } = await this.samples(day);
      for (let i = columns.length - 1; i >= 0; i--) if (columns.t[i] <= this.now) return columns.sample(i);
    }
    return undefined;
  }
}

const EMPTY = new Uint8Array(0);
const HOUR_MS = 3_600_000;

/** The rollup's `hour-offsets` (see RollupJson), when the file's lines are in time order. */
function hourOffsets(columns: SampleColumns, start: number, bytes: number): number[] | undefined {
  if (columns.length === 0 || columns.lineStart?.(0) === undefined) return undefined;
  const offsets: number[] = [];
  let i = 0;
  for (let hour = 0; hour < 24; hour++) {
    while (i < columns.length && columns.t[i] < start + hour * HOUR_MS) i++;
    offsets.push(i < columns.length ? columns.lineStart(i)! : bytes);
  }
  offsets.push(bytes);
  return offsets;
}

function stripBuiltAt(text: string): string {
  return text.replace(/"built-at":"[^"]*",/, '');
}
