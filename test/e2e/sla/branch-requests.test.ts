// The branch backend's cost in API requests: a report reads the data branch as one snapshot (a
// tarball) and writes one commit, so its request count does not grow with the number of services or
// sample files. Asserted by count against the emulator, not by time.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { runAction } from '../../harness/runner.js';
import { every, sampleFiles, workspace } from './fixtures.js';

jest.setTimeout(120_000);

const DAY = 86_400_000;
const STEP = 15 * 60_000;
let emulator: GitHubEmulator;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator();
  emulator.addUser('sla-bot', { type: 'Bot' });
  token = emulator.tokenFor('sla-bot');
});
afterAll(() => emulator.stop());

/** A data branch with `services` services × 31 days of 15-minute samples (one file per service per day). */
function dataRepo(name: string, services: number, now: number): { repo: string; files: number } {
  const files: Record<string, string> = {};
  for (let s = 0; s < services; s++)
    Object.assign(
      files,
      sampleFiles(
        `svc-${s}`,
        every(STEP, now - 31 * DAY, now + 1).map((t) => ({
          t,
          status: (t / STEP + s) % 997 === 0 ? ('down' as const) : ('ok' as const),
          ms: 20 + ((t / STEP) % 40),
        })),
      ),
    );
  const repo = `octo-org/${name}`;
  emulator.addRepo(repo, { defaultBranch: 'sla-data', files });
  emulator.setPermission(repo, 'sla-bot', 'write');
  return { repo, files: Object.keys(files).length };
}

async function report(repo: string, services: number): Promise<string[]> {
  const lines = ['probe-interval: 15m', 'services:'];
  for (let s = 0; s < services; s++) lines.push(`  - name: svc-${s}`, '    url: http://127.0.0.1:9/');
  const from = emulator.requests.length;
  const result = await runAction('sla-report', {
    cwd: workspace({ '.github/sla.yml': lines.join('\n') }),
    apiUrl: emulator.url,
    token,
    repository: repo,
    inputs: {
      'github-token': token,
      'data-branch': 'sla-data',
      'incident-issues': 'false',
      'burn-rate-alerts': 'false',
    },
  });
  expect(result.exitCode).toBe(0);
  return emulator.requests.slice(from).map((r) => r.operationId ?? `${r.method} ${r.path}`);
}

describe('sla-report on a data branch: API requests', () => {
  it('reads the branch in one snapshot and writes one commit, the same few requests for 2 or 40 services', async () => {
    const now = Math.floor(Date.now() / STEP) * STEP;
    const small = dataRepo('small', 2, now);
    const large = dataRepo('large', 40, now);
    expect(large.files).toBeGreaterThan(1_000); // one blob read per file would be over the limit below

    // First run (builds every rollup) and the steady next run, on each branch.
    const runs = {
      small: [await report(small.repo, 2), await report(small.repo, 2)],
      large: [await report(large.repo, 40), await report(large.repo, 40)],
    };
    for (const ops of [...runs.small, ...runs.large]) {
      expect(ops.length).toBeLessThanOrEqual(10);
      // The snapshot is one tarball; no file is fetched on its own, and every write is in one commit.
      expect(ops.filter((op) => op === 'repos/download-tarball-archive')).toHaveLength(1);
      expect(ops.filter((op) => op === 'git/get-blob' || op === 'repos/get-content')).toEqual([]);
      expect(ops.filter((op) => op === 'git/create-commit')).toHaveLength(1);
      expect(ops.filter((op) => op === 'git/update-ref')).toHaveLength(1);
    }
    // Twenty times the services and files, the same requests.
    expect(runs.large.map((ops) => ops.slice().sort())).toEqual(runs.small.map((ops) => ops.slice().sort()));
    // The rollups were written, in that one commit (a first run over much history writes up to 400
    // files and leaves the rest to later runs, in service order).
    const yesterday = new Date(now - DAY).toISOString().slice(0, 10);
    expect(emulator.readFile(large.repo, 'sla-data', `rollups/svc-0/${yesterday}.json`)).toBeDefined();
    emulator.assertValid();
  });
});
