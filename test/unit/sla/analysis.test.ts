import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirectoryStore } from '../../../packages/core/src/branch-store.js';
import { parseSlaConfig } from '../../../packages/core/src/sla/config.js';
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
      const config = parseSlaConfig(
        `services:\n${services.map((n) => `  - {name: ${n}, url: 'http://x/'}`).join('\n')}\n`,
        {
          input: 'config-file',
          file: 'sla.yml',
        },
      );
      const snapshot = await new DirectoryStore({ directory: dir }).snapshot();
      const period = { name: 'rolling-30d' as const, ...resolvePeriod('rolling-30d', now) };
      const analysis = await analyse(snapshot, config, { now, period, minSamples: 10, minCoverage: 50, rebuild: false });
      const rollups = Object.keys(analysis.changes).filter((file) => file.startsWith('rollups/'));
      expect(rollups).toHaveLength(MAX_ROLLUP_WRITES);
      expect(analysis.deferredRollups).toBe(5 * 90 - MAX_ROLLUP_WRITES);
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
