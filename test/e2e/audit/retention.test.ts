import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BranchStore, GitHubClient, scaledClock } from '../../../packages/core/src/index.js';
import { canonicalize } from '../../../packages/core/src/audit/canonical-json.js';
import type { TestClock } from '../../harness/runner.js';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { folderState, records, sign, tempDir, verify } from './helpers.js';

jest.setTimeout(240_000);

// The bundles read a scaled clock started at the given date, so records can be dated a year back.
const at = (iso: string): TestClock => ({ epochMs: Date.now(), factor: 1000, startMs: Date.parse(iso) });
const errorOf = (run: { annotations: { level: string; message: string }[] }) =>
  run.annotations.find((a) => a.level === 'error')?.message;

describe('retention-days on a local log', () => {
  it('moves the records older than the window to a sealed archive; audit-verify verifies archive + live and reports the window', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    for (const day of ['2025-01-10', '2025-03-01', '2025-09-01']) {
      const run = await sign(
        { 'log-file': logFile, 'record-type': 'custom' },
        { clock: at(`${day}T10:00:00Z`) },
      );
      expect(run.exitCode).toBe(0);
    }
    const moved = await sign(
      { 'log-file': logFile, 'record-type': 'custom', 'retention-days': '365' },
      { clock: at('2026-06-01T10:00:00Z') },
    );
    expect(moved.exitCode).toBe(0);
    // Cutoff 2025-06-01: the January and March records (sequences 0 and 1) are due.
    expect(moved.outputs).toMatchObject({ sequence: '3', archived: '0-1' });
    expect(moved.outputs['log-head']).toMatch(/^5:sha256:/);
    expect(moved.summary).toContain(
      'Retention 365 days: entries 0…1 moved to `audit.archive.000000-000001.jsonl`',
    );
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort(),
    ).toEqual(['audit.000000.jsonl', 'audit.archive.000000-000001.jsonl']);
    // records() reads the live segment, then the archive file.
    expect(records(dir).map((r) => r.sequence)).toEqual([2, 3, 4, 0, 1]);
    expect(JSON.parse(moved.outputs.checkpoint)).toMatchObject({
      record: {
        type: 'checkpoint',
        sequence: 4,
        checkpoint: {
          size: 4,
          archive: { file: 'audit.archive.000000-000001.jsonl', from: 0, to: 1, retentionDays: 365 },
        },
      },
    });

    const verified = await verify({
      'log-file': logFile,
      'trusted-checkpoint': moved.outputs.checkpoint,
      report: 'range',
      since: '2000-01-01',
      'report-dir': path.join(dir, 'report'),
    });
    expect(verified.exitCode).toBe(0);
    expect(verified.outputs).toMatchObject({ valid: 'true', records: '5', 'archived-records': '2' });
    expect(verified.outputs['covered-from']).toMatch(/^2025-01-10T10:/);
    expect(verified.outputs['covered-until']).toMatch(/^2026-06-01T10:/);
    expect(verified.summary).toContain('### Retention');
    expect(verified.summary).toContain('365 days (cutoff 2025-06-01T');
    expect(verified.summary).toContain('checked against their signed checkpoints');
    const report = JSON.parse(readFileSync(verified.outputs.report, 'utf8'));
    expect(report.log.retention).toMatchObject({ archiveFiles: 1, archivedRecords: 2, retentionDays: 365 });

    // A record removed from the archive is found, naming the first missing sequence.
    const archive = path.join(dir, 'audit.archive.000000-000001.jsonl');
    writeFileSync(archive, readFileSync(archive, 'utf8').split('\n').slice(1).join('\n'));
    const tampered = await verify({ 'log-file': logFile });
    expect(tampered.exitCode).toBe(1);
    expect(tampered.outputs).toMatchObject({ valid: 'false', failure: 'deleted', 'first-bad-sequence': '0' });
  });

  it.each([
    ['0', /'retention-days': 0 is out of range/],
    ['-30', /'retention-days': '-30' is negative/],
    ['1.5', /'retention-days': '1.5' is not a whole number/],
    ['a year', /'retention-days': 'a year' is not a number/],
    ['365d', /'retention-days': '365d' is not a number/],
  ])('retention-days %p fails naming the input, with nothing appended or moved', async (value, message) => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    expect(
      (await sign({ 'log-file': logFile, 'record-type': 'custom' }, { clock: at('2024-01-01T00:00:00Z') }))
        .exitCode,
    ).toBe(0);
    const before = folderState(dir);
    const bad = await sign({ 'log-file': logFile, 'record-type': 'custom', 'retention-days': value });
    expect(bad.exitCode).toBe(1);
    expect(errorOf(bad)).toMatch(message);
    expect(errorOf(bad)).toMatch(
      /^input 'retention-days': .*; expected a whole number of days from 1 to 36500/,
    );
    expect(bad.outputs).toMatchObject({ sequence: '', archived: '' });
    expect(folderState(dir)).toEqual(before);
  });
});

describe('retention-days on a branch', () => {
  const LOG_REPO = 'octo-org/audit-trail';
  let emulator: GitHubEmulator;
  let token: string;

  beforeAll(async () => {
    emulator = await startEmulator();
    emulator.addUser('audit-bot', { type: 'Bot' });
    emulator.addRepo('octo-org/service');
    emulator.addRepo(LOG_REPO);
    emulator.setPermission(LOG_REPO, 'audit-bot', 'write');
    token = emulator.tokenFor('audit-bot');
  });
  afterAll(async () => {
    await emulator?.stop();
  });

  const onBranch = (branch: string) => ({
    'log-repository': LOG_REPO,
    'log-branch': branch,
    'github-token': token,
  });
  const signOn = (branch: string) => ({ ...onBranch(branch), 'record-type': 'custom' });
  const store = (branch: string) =>
    new BranchStore({
      client: new GitHubClient({ token, baseUrl: emulator.url, clock: scaledClock(Date.now(), 1000) }),
      owner: 'octo-org',
      repo: 'audit-trail',
      branch,
    });
  /** Three records dated 2025 on a fresh branch. */
  const oldLog = async (branch: string) => {
    for (const day of ['2025-01-10', '2025-03-01', '2025-09-01'])
      expect(
        (await sign(signOn(branch), { apiUrl: emulator.url, clock: at(`${day}T10:00:00Z`) })).exitCode,
      ).toBe(0);
  };

  it('a move that loses the compare-and-swap race is re-planned from the new head and verifies', async () => {
    await oldLog('retention');
    emulator.injectFault({ refConflict: true, times: 2 });
    const moved = await sign(
      { ...signOn('retention'), 'retention-days': '365' },
      { apiUrl: emulator.url, clock: at('2026-06-01T10:00:00Z') },
    );
    expect(moved.exitCode).toBe(0);
    expect(moved.outputs.archived).toBe('0-1');
    expect(
      emulator.readFile(LOG_REPO, 'retention', 'archive/000000-000001.jsonl')?.split('\n').filter(Boolean),
    ).toHaveLength(2);
    expect(
      emulator.readFile(LOG_REPO, 'retention', 'log/000000.jsonl')?.split('\n').filter(Boolean),
    ).toHaveLength(3);
    const verified = await verify(
      { ...onBranch('retention'), 'trusted-checkpoint': moved.outputs.checkpoint },
      { apiUrl: emulator.url, clock: at('2026-06-01T11:00:00Z') },
    );
    expect(verified.exitCode).toBe(0);
    expect(verified.outputs).toMatchObject({ valid: 'true', records: '5', 'archived-records': '2' });

    // Someone with write access edits an archived record on the branch: audit-verify says so.
    await store('retention').update('tamper', async (snapshot) => {
      const [first, ...rest] = (await snapshot.read('archive/000000-000001.jsonl'))!.split('\n');
      const entry = JSON.parse(first) as { record: { details: unknown } };
      entry.record.details = { edited: true };
      const text = [canonicalize(entry), ...rest].join('\n');
      return { changes: { 'archive/000000-000001.jsonl': text }, result: null };
    });
    const tampered = await verify(onBranch('retention'), {
      apiUrl: emulator.url,
      clock: at('2026-06-01T12:00:00Z'),
    });
    expect(tampered.outputs).toMatchObject({
      valid: 'false',
      failure: 'modified',
      'first-bad-sequence': '0',
    });
    emulator.assertValid();
  });

  it('a move interrupted while other writers keep winning leaves the branch as it was, still verifiable', async () => {
    await oldLog('retention-cancel');
    const head = emulator.ref(LOG_REPO, 'heads/retention-cancel');
    emulator.injectFault({ refConflict: true, times: Infinity });
    try {
      // Real-time clock (the records of 2025 are due): each attempt takes seconds, so SIGTERM lands mid-retry.
      const cancelled = await sign(
        { ...signOn('retention-cancel'), 'retention-days': '365' },
        { apiUrl: emulator.url, cancel: { afterMs: 3000 } },
      );
      expect(cancelled.exitCode).toBe(1);
      expect(cancelled.outputs).toMatchObject({ sequence: '', archived: '' });
    } finally {
      emulator.clearFaults();
    }
    expect(emulator.ref(LOG_REPO, 'heads/retention-cancel')).toBe(head);
    expect(emulator.readFile(LOG_REPO, 'retention-cancel', 'archive/000000-000001.jsonl')).toBeUndefined();
    const verified = await verify(onBranch('retention-cancel'), {
      apiUrl: emulator.url,
      clock: at('2026-06-01T10:00:00Z'),
    });
    expect(verified.outputs).toMatchObject({ valid: 'true', records: '3', 'archived-records': '0' });
  });

  it('concurrent writers with retention: one of them moves the due records, none is lost, the chain verifies', async () => {
    await oldLog('retention-race');
    const runs = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        sign(
          { ...signOn('retention-race'), 'retention-days': '365', details: JSON.stringify({ writer: i }) },
          { apiUrl: emulator.url, clock: at('2026-06-01T10:00:00Z') },
        ),
      ),
    );
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0, 0, 0]);
    expect(runs.filter((r) => r.outputs.archived !== '').map((r) => r.outputs.archived)).toEqual(['0-1']);
    const verified = await verify(onBranch('retention-race'), {
      apiUrl: emulator.url,
      clock: at('2026-06-01T11:00:00Z'),
    });
    // 3 old records, 4 new ones and one sealing checkpoint.
    expect(verified.outputs).toMatchObject({ valid: 'true', records: '8', 'archived-records': '2' });
    emulator.assertValid();
  });
});
