import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirectoryStore, type Snapshot } from '../../../packages/core/src/branch-store.js';
import { ServiceHistory } from '../../../packages/core/src/sla/history.js';
import { figures } from '../../../packages/core/src/sla/sli.js';
import { parseSlaConfig, type SlaConfig } from '../../../packages/core/src/sla/config.js';
import { analyse, MAX_ROLLUP_WRITES } from '../../../actions/sla-report/src/analysis.js';
import { resolvePeriod } from '../../../actions/sla-report/src/periods.js';

const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 30, 12);

describe('analysis of a long history', () => {
  it(`writes at most ${MAX_ROLLUP_WRITES} rollups per run and computes the rest from raw samples`, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sla-analysis-'));
    try {
      const services = ['a', 'b', 'c', 'd', 'e'];
      for (const name of services)
        for (let d = 1; d <= 95; d++) {
          const t = new Date(now - d * DAY);
          const file = path.join(dir, 'samples', name, `${t.toISOString().slice(0, 10)}.jsonl`);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(
            file,
            `${JSON.stringify({ t: t.toISOString(), status: d === 3 ? 'down' : 'ok', code: 200, ms: 10, attempts: 1, errors: 0 })}\n`,
          );
        }
      const config = await parseSlaConfig(
        `services:\n${services.map((n) => `  - {name: ${n}, url: 'http://x/'}`).join('\n')}\n`,
        {
          input: 'config-file',
          file: 'sla.yml',
        },
      );
      const snapshot = await new DirectoryStore({ directory: dir }).snapshot();
      const period = { name: 'rolling-30d' as const, ...resolvePeriod('rolling-30d', now) };
      const analysis = await analyse(snapshot, config, {
        now,
        period,
        minSamples: 10,
        minCoverage: 50,
        rebuild: false,
      });
      const rollups = Object.keys(analysis.changes).filter((file) => file.startsWith('rollups/'));
      expect(rollups).toHaveLength(MAX_ROLLUP_WRITES);
      // 90 daily rollups and 3 monthly ones (April to June) per service, each month with its days file.
      expect(analysis.deferredRollups).toBe(5 * (90 + 3 + 3) - MAX_ROLLUP_WRITES);
      // The service whose daily rollups were cut gets no monthly rollup ahead of them.
      const monthly = rollups.filter((file) => /\/\d{4}-\d{2}\.json$/.test(file));
      expect(monthly.map((file) => file.split('/')[1])).toEqual([
        'a',
        'a',
        'a',
        'b',
        'b',
        'b',
        'c',
        'c',
        'c',
        'd',
        'd',
        'd',
      ]);
      expect(analysis.changes['status.json']).toBeDefined();
      // Every service's figures are complete, whether its rollups were written or not.
      const samples = analysis.reports.map((r) => r.uptime['90d'].samples);
      expect(new Set(samples).size).toBe(1);
      expect(analysis.reports.map((r) => r.slo.incidents)).toEqual([1, 1, 1, 1, 1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('monthly rollups', () => {
  let config: SlaConfig;
  beforeAll(async () => {
    config = await parseSlaConfig(
      `probe-interval: 1h\nservices:\n  - {name: a, url: 'http://x/'}\n  - {name: b, url: 'http://x/', slo: {window: 60d}}\n`,
      { input: 'config-file', file: 'sla.yml' },
    );
  });
  const HOUR = 3_600_000;
  function writeHistory(dir: string, until: number) {
    for (const name of ['a', 'b'])
      for (let t = Date.UTC(2026, 2, 20); t < until; t += HOUR) {
        const day = new Date(t).toISOString().slice(0, 10);
        const file = path.join(dir, 'samples', name, `${day}.jsonl`);
        mkdirSync(path.dirname(file), { recursive: true });
        // Outages that cross midnight and month ends, and varied latency.
        const down = (t / HOUR) % 173 < 3 || (name === 'b' && (t / HOUR) % 401 === 0);
        writeFileSync(
          file,
          `${JSON.stringify({ t: new Date(t).toISOString(), status: down ? 'down' : 'ok', ...(down ? {} : { code: 200, ms: 5 + ((t / HOUR) % 37) }), attempts: down ? 3 : 1, errors: down ? 3 : 0 })}\n`,
          { flag: 'a' },
        );
      }
  }
  const run = async (dir: string, at: number) => {
    const store = new DirectoryStore({ directory: dir });
    const period = { name: 'month' as const, ...resolvePeriod('month', at) };
    const written = await store.update('report', async (snapshot) => {
      const analysis = await analyse(snapshot, config, {
        now: at,
        period,
        minSamples: 10,
        minCoverage: 50,
        rebuild: false,
      });
      return { changes: analysis.changes, result: analysis };
    });
    return written.result.reports.map((r) => ({
      period: r.period,
      previous: r.previous,
      slo: r.slo,
      uptime: r.uptime,
      daily: r.daily,
      burnDown: r.burnDown,
      incidents: r.incidents,
      burn: r.burn,
    }));
  };
  const months = (dir: string, service: string) =>
    readdirSync(path.join(dir, 'rollups', service)).filter((f) => /^\d{4}-\d{2}\.json$/.test(f));

  it('give the same figures as the daily rollups, and are extended day by day like a rebuild', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sla-months-'));
    try {
      const at = Date.UTC(2026, 5, 17, 13, 30);
      writeHistory(dir, at);
      await run(dir, at);
      expect(months(dir, 'a')).toEqual(['2026-03.json', '2026-04.json', '2026-05.json', '2026-06.json']);
      // The same history read through the monthly rollups, and with them hidden (daily rollups only).
      const snapshot = await new DirectoryStore({ directory: dir }).snapshot();
      const isMonth = (file: string) => /^rollups\/[^/]+\/\d{4}-\d{2}(\.days)?\.json$/.test(file);
      const dailyOnly: Snapshot = {
        revision: snapshot.revision,
        read: async (file) => (isMonth(file) ? undefined : snapshot.read(file)),
        list: async (folder) => (await snapshot.list(folder)).filter((name) => !isMonth(`${folder}/${name}`)),
      };
      for (const name of ['a', 'b']) {
        const withMonths = await new ServiceHistory(snapshot, name, HOUR, at).init();
        const withDays = await new ServiceHistory(dailyOnly, name, HOUR, at).init();
        for (const [from, to] of [
          [at - 90 * DAY, at],
          [Date.UTC(2026, 3, 1), Date.UTC(2026, 5, 1)],
          [Date.UTC(2026, 2, 25), at - 3 * HOUR],
          [at - 7 * DAY, at],
        ]) {
          const slo = config.services[0].slo;
          const a = figures(await withMonths.totals(from, to), slo, { from, to });
          const b = figures(await withDays.totals(from, to), slo, { from, to });
          expect(a).toEqual(b);
          expect(a.samples).toBeGreaterThan(0);
        }
        const days = ['2026-04-30', '2026-05-01', '2026-06-16', '2026-06-17'];
        expect(await withMonths.dayPoints(days)).toEqual(await withDays.dayPoints(days));
      }

      // A day later: June's rollup is extended by one day; it equals one built from scratch.
      const later = at + DAY;
      for (const name of ['a', 'b'])
        for (let t = Math.ceil(at / HOUR) * HOUR; t < later; t += HOUR) {
          const day = new Date(t).toISOString().slice(0, 10);
          writeFileSync(
            path.join(dir, 'samples', name, `${day}.jsonl`),
            `${JSON.stringify({ t: new Date(t).toISOString(), status: 'ok', code: 200, ms: 9, attempts: 1, errors: 0 })}\n`,
            { flag: 'a' },
          );
        }
      const extended = await run(dir, later);
      const read = (name: string) =>
        JSON.parse(readFileSyncText(path.join(dir, 'rollups', name, '2026-06.json'))) as Record<
          string,
          unknown
        >;
      const june = read('a');
      rmSync(path.join(dir, 'rollups', 'a', '2026-06.json'));
      const rebuilt = await run(dir, later);
      expect(rebuilt).toEqual(extended);
      const { ['built-at']: _a, ...extendedJune } = june;
      const { ['built-at']: _b, ...rebuiltJune } = read('a');
      expect(Object.keys(extendedJune.days as object)).toHaveLength(17);
      expect(extendedJune).toEqual(rebuiltJune);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keep their days in one file per month, so a steady report reads no daily rollup; months written before it are read and migrated', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sla-month-days-'));
    try {
      const at = Date.UTC(2026, 5, 17, 13, 30);
      writeHistory(dir, at);
      const first = await run(dir, at);
      const files = readdirSync(path.join(dir, 'rollups', 'a'));
      expect(files.filter((f) => f.endsWith('.days.json'))).toEqual([
        '2026-03.days.json',
        '2026-04.days.json',
        '2026-05.days.json',
        '2026-06.days.json',
      ]);

      // A steady run reads monthly rollups and days files, never a daily rollup (the two days it
      // would rebuild for late samples are unchanged, which their fingerprints show).
      const store = new DirectoryStore({ directory: dir });
      const snapshot = await store.snapshot();
      const reads: string[] = [];
      const counted: Snapshot = {
        revision: snapshot.revision,
        read: async (file) => (reads.push(file), snapshot.read(file)),
        list: (folder) => snapshot.list(folder),
      };
      const period = { name: 'month' as const, ...resolvePeriod('month', at) };
      const options = { now: at, period, minSamples: 10, minCoverage: 50, rebuild: false };
      await analyse(counted, config, options);
      const daily = reads.filter((f) => /^rollups\/a\/\d{4}-\d{2}-\d{2}\.json$/.test(f));
      expect(daily).toEqual([]);
      // Days files only of the months a window edge cuts (the report's month, May, is cut by the
      // 30 days before now; June by the shorter windows). History starts on 20 March, after the
      // 90 charted days do: March and April lie whole inside every window that reaches them, and
      // only their small monthly rollups are read.
      expect(reads.filter((f) => f.startsWith('rollups/a/')).sort()).toEqual([
        'rollups/a/2026-03.json',
        'rollups/a/2026-04.json',
        'rollups/a/2026-05.days.json',
        'rollups/a/2026-05.json',
        'rollups/a/2026-06.days.json',
        'rollups/a/2026-06.json',
      ]);

      // A late sample in a recent day: that day is rebuilt and counts it.
      const late = path.join(dir, 'samples', 'a', '2026-06-16.jsonl');
      writeFileSync(
        late,
        `${JSON.stringify({ t: '2026-06-16T05:30:00.000Z', status: 'ok', code: 200, ms: 9, attempts: 1, errors: 0 })}\n`,
        { flag: 'a' },
      );
      const withLate = await analyse(await store.snapshot(), config, options);
      expect(withLate.reports[0].uptime['7d'].samples).toBe(first[0].uptime['7d'].samples + 1);
      expect(Object.keys(withLate.changes)).toContain('rollups/a/2026-06-16.json');
      const lines = readFileSyncText(late).trimEnd().split('\n');
      writeFileSync(late, `${lines.slice(0, -1).join('\n')}\n`);

      // A days file that does not belong to its month's rollup (no writer leaves one beside a month
      // that says it has its days file, but a reader must not trust it blindly) is not used: the
      // figures come from the daily files.
      const staleDays = JSON.stringify({
        schema: 1,
        service: 'a',
        month: '2026-05',
        'month-built-at': 'another',
        rollups: {},
      });
      const stale = path.join(dir, 'rollups', 'a', '2026-05.days.json');
      writeFileSync(stale, staleDays);
      expect((await analyse(await store.snapshot(), config, options)).reports).toEqual(
        (await analyse(snapshot, config, options)).reports,
      );

      // Rollups written before days files existed (and a days file left behind by an older writer
      // that rewrote its month without one, and without saying it has one) still give the same
      // figures, and the next run writes them.
      const monthsOf = (name: string) =>
        readdirSync(path.join(dir, 'rollups', name)).filter((f) => /^\d{4}-\d{2}\.days\.json$/.test(f));
      for (const name of ['a', 'b'])
        for (const f of monthsOf(name)) rmSync(path.join(dir, 'rollups', name, f));
      writeFileSync(stale, staleDays);
      const may = path.join(dir, 'rollups', 'a', '2026-05.json');
      const { ['with-days']: marker, ...olderMay } = JSON.parse(readFileSyncText(may));
      expect(marker).toBe(true);
      writeFileSync(may, `${JSON.stringify(olderMay)}\n`);
      const old = await analyse(await store.snapshot(), config, options);
      expect(Object.keys(old.changes).filter((f) => f.endsWith('.days.json'))).toHaveLength(8);
      expect(await run(dir, at)).toEqual(first);
      expect(monthsOf('a')).toHaveLength(4);
      expect(JSON.parse(readFileSyncText(stale))['month-built-at']).toBe(
        JSON.parse(readFileSyncText(path.join(dir, 'rollups', 'a', '2026-05.json')))['built-at'],
      );
      expect(await run(dir, at)).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function readFileSyncText(file: string): string {
  return readFileSync(file, 'utf8');
}
