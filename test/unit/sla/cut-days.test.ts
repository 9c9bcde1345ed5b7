import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirectoryStore } from '../../../packages/core/src/branch-store.js';
import { ServiceHistory } from '../../../packages/core/src/sla/history.js';
import type { Totals } from '../../../packages/core/src/sla/totals.js';

const MINUTE = 60_000;
const INTERVAL = 10 * MINUTE;
const now = Date.UTC(2026, 5, 5, 12, 7);

/**
 * Four days of ten-minute samples with what a window edge has to get right: a gap of hours (the
 * first sample after it weighs at most one interval), down runs across hour ends and the midnight,
 * uneven times, and one day whose lines were appended out of order (its rollup keeps no offsets).
 */
function writeHistory(dir: string): void {
  const lines = new Map<string, string[]>();
  for (let t = Date.UTC(2026, 5, 1); t < now; t += INTERVAL) {
    const at = t + ((t / INTERVAL) % 7) * 1000;
    const hour = new Date(at).getUTCHours();
    const day = new Date(at).toISOString().slice(0, 10);
    if (day === '2026-06-02' && hour >= 2 && hour < 6) continue; // a gap of four hours
    const minutes = new Date(at).getUTCMinutes();
    // A down run from 22:30 to 00:30 across the midnight of 2 June.
    const night =
      (day === '2026-06-02' && (hour === 23 || (hour === 22 && minutes >= 30))) ||
      (day === '2026-06-03' && hour === 0 && minutes < 30);
    const down = (at / INTERVAL) % 37 < 4 || night;
    const sample = {
      t: new Date(at).toISOString(),
      status: down ? 'down' : (at / INTERVAL) % 11 === 0 ? 'degraded' : 'ok',
      ...(down ? {} : { code: 200, ms: 5 + ((at / INTERVAL) % 53) }),
      attempts: down ? 3 : 1,
      errors: down ? 3 : 0,
    };
    lines.set(day, [...(lines.get(day) ?? []), JSON.stringify(sample)]);
  }
  const unordered = lines.get('2026-06-04')!;
  unordered.push(unordered.splice(40, 1)[0]);
  for (const [day, text] of lines) {
    const file = path.join(dir, 'samples', 'a', `${day}.jsonl`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${text.join('\n')}\n`);
  }
}

async function history(dir: string): Promise<ServiceHistory> {
  return new ServiceHistory(
    await new DirectoryStore({ directory: dir }).snapshot(),
    'a',
    INTERVAL,
    now,
  ).init();
}

const comparable = (totals: Totals) => ({ ...totals, latency: totals.latency.toJSON() });

/** Every rollup file in the folder without its hour offsets: what rollups before them held. */
function stripOffsets(dir: string): void {
  const folder = path.join(dir, 'rollups', 'a');
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const strip = (rollup: Record<string, unknown>) => delete rollup['hour-offsets'];
    if (json.rollups) Object.values(json.rollups).forEach((r) => strip(r as Record<string, unknown>));
    else strip(json);
    writeFileSync(file, JSON.stringify(json));
  }
}

describe('a window edge inside a past day', () => {
  it('gives the same totals from the hours around the cut as from the whole samples file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sla-cut-'));
    const old = mkdtempSync(path.join(os.tmpdir(), 'sla-cut-old-'));
    try {
      writeHistory(dir);
      const store = new DirectoryStore({ directory: dir });
      await store.update('rollups', async (snapshot) => {
        const built = await new ServiceHistory(snapshot, 'a', INTERVAL, now).init();
        await built.buildRollups('2026-06-01', { recentDays: 0, rebuild: false });
        return { changes: built.changes, result: undefined };
      });
      const rollup = (day: string) =>
        JSON.parse(readFileSync(path.join(dir, 'rollups', 'a', `${day}.json`), 'utf8'));
      expect(rollup('2026-06-02')['hour-offsets']).toHaveLength(25);
      expect(rollup('2026-06-04')['hour-offsets']).toBeUndefined(); // lines out of order
      cpSync(dir, old, { recursive: true });
      stripOffsets(old);

      const edges = [
        Date.UTC(2026, 5, 1, 0, 0),
        Date.UTC(2026, 5, 1, 17, 35),
        Date.UTC(2026, 5, 2, 1, 55), // just before the gap
        Date.UTC(2026, 5, 2, 3, 0), // inside it
        Date.UTC(2026, 5, 2, 6, 0, 3), // the first sample after it
        Date.UTC(2026, 5, 2, 6, 5),
        Date.UTC(2026, 5, 2, 23, 0), // an hour's start inside a down run: it began before
        Date.UTC(2026, 5, 2, 23, 15), // inside the down run, before midnight
        Date.UTC(2026, 5, 3, 0, 4), // the down run goes on from the day before
        Date.UTC(2026, 5, 4, 9, 30), // the day without offsets
        Date.UTC(2026, 5, 5, 0, 0),
        Date.UTC(2026, 5, 5, 11, 0),
        now,
      ];
      const withOffsets = await history(dir);
      const without = await history(old);
      let windows = 0;
      for (const from of edges)
        for (const to of edges)
          if (from < to) {
            windows++;
            expect(comparable(await withOffsets.totals(from, to))).toEqual(
              comparable(await without.totals(from, to)),
            );
          }
      expect(windows).toBe(78);
      const sample = await withOffsets.totals(Date.UTC(2026, 5, 2, 6, 5), now);
      expect(sample.samples).toBeGreaterThan(400);
      expect(sample.incidents.length).toBeGreaterThan(3);

      // Only the hours around the cut are read: the day's file with its first hours replaced by
      // one down sample inside the window (same length) gives the same totals with offsets, and one
      // more down sample when the whole file is read.
      const file = path.join(dir, 'samples', 'a', '2026-06-01.jsonl');
      const text = readFileSync(file, 'utf8');
      const cut = rollup('2026-06-01')['hour-offsets'][16];
      const planted = JSON.stringify({ t: '2026-06-01T18:00:00.000Z', status: 'down' });
      writeFileSync(file, `${planted}\n${' '.repeat(cut - planted.length - 2)}\n${text.slice(cut)}`);
      expect(readFileSync(file).length).toBe(Buffer.byteLength(text));
      cpSync(file, path.join(old, 'samples', 'a', '2026-06-01.jsonl'));
      const from = Date.UTC(2026, 5, 1, 17, 35);
      const before = await withOffsets.totals(from, now);
      expect(comparable(await (await history(dir)).totals(from, now))).toEqual(comparable(before));
      const whole = await (await history(old)).totals(from, now);
      expect([whole.samples, whole.down]).toEqual([before.samples + 1, before.down + 1]);

      // A late sample appended to the day makes the file longer: it is read whole again, and counted.
      writeFileSync(file, `${text}${JSON.stringify({ t: '2026-06-01T23:59:30.000Z', status: 'down' })}\n`);
      const late = await (await history(dir)).totals(from, now);
      expect(late.samples).toBe((await withOffsets.totals(from, now)).samples + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(old, { recursive: true, force: true });
    }
  });
});
