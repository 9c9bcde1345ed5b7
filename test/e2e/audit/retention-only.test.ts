import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import path from 'node:path';
import type { TestClock } from '../../harness/runner.js';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { folderState, records, sign, tempDir, verify } from './helpers.js';

jest.setTimeout(240_000);

// A retention-only run (retention-only: true) keeps a quiet log within its window: it moves the
// records due and appends only the signed checkpoint sealing them, never a change record.
const at = (iso: string): TestClock => ({ epochMs: Date.now(), factor: 1000, startMs: Date.parse(iso) });
const errorOf = (run: { annotations: { level: string; message: string }[] }) =>
  run.annotations.find((a) => a.level === 'error')?.message;

/** Three records dated 2025 in a local log. */
async function oldLog(logFile: string): Promise<void> {
  for (const day of ['2025-01-10', '2025-03-01', '2025-09-01'])
    expect(
      (await sign({ 'log-file': logFile, 'record-type': 'custom' }, { clock: at(`${day}T10:00:00Z`) }))
        .exitCode,
    ).toBe(0);
}

describe('retention-only on a local log', () => {
  it('moves the records due and appends only the sealing checkpoint; audit-verify verifies archive + live', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    await oldLog(logFile);
    const run = await sign(
      { 'log-file': logFile, 'retention-days': '365', 'retention-only': 'true' },
      { clock: at('2026-06-01T10:00:00Z') },
    );
    expect(run.exitCode).toBe(0);
    // No record appended: the seal is entry 3, right after the last record.
    expect(run.outputs).toMatchObject({ 'record-id': '', sequence: '', 'record-hash': '', archived: '0-1' });
    expect(run.outputs['log-head']).toMatch(/^4:sha256:/);
    expect(run.summary).toContain('entries 0…1 moved to `audit.archive.000000-000001.jsonl`');
    const live = records(dir).filter((r) => r.sequence !== 0 && r.sequence !== 1);
    expect(live.map((r) => [r.sequence, r.type])).toEqual([
      [2, 'custom'],
      [3, 'checkpoint'],
    ]);
    expect(JSON.parse(run.outputs.checkpoint)).toMatchObject({
      record: {
        type: 'checkpoint',
        sequence: 3,
        checkpoint: { size: 3, archive: { file: 'audit.archive.000000-000001.jsonl', from: 0, to: 1 } },
      },
    });

    const verified = await verify({ 'log-file': logFile, 'trusted-checkpoint': run.outputs.checkpoint });
    expect(verified.exitCode).toBe(0);
    expect(verified.outputs).toMatchObject({ valid: 'true', records: '4', 'archived-records': '2' });

    // The next day nothing more is due: nothing is written.
    const before = folderState(dir);
    const again = await sign(
      { 'log-file': logFile, 'retention-days': '365', 'retention-only': 'true' },
      { clock: at('2026-06-02T10:00:00Z') },
    );
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ archived: '', checkpoint: '', sequence: '' });
    expect(again.summary).toContain('no record is due: nothing written');
    expect(folderState(dir)).toEqual(before);
  });

  it('nothing due: nothing is written, not even a checkpoint', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    await oldLog(logFile);
    const before = folderState(dir);
    const run = await sign(
      { 'log-file': logFile, 'retention-days': '36500', 'retention-only': 'true' },
      { clock: at('2026-06-01T10:00:00Z') },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ archived: '', checkpoint: '', 'record-id': '' });
    expect(run.outputs['log-head']).toMatch(/^3:sha256:/);
    expect(folderState(dir)).toEqual(before);
  });

  it('an empty log: nothing is written', async () => {
    const dir = tempDir();
    const run = await sign({
      'log-file': path.join(dir, 'audit.jsonl'),
      'retention-days': '365',
      'retention-only': 'true',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ archived: '', 'log-head': '' });
    expect(folderState(dir)).toEqual({});
  });

  it.each([
    [{ 'retention-only': 'true' }, /^input 'retention-only': is true but retention-days is empty/],
    [
      { 'retention-only': 'maybe', 'retention-days': '365' },
      /^input 'retention-only': 'maybe' is not a boolean/,
    ],
    [
      { 'retention-only': 'true', 'retention-days': '365', 'record-type': 'custom' },
      /^input 'record-type': is 'custom' but retention-only appends no record/,
    ],
    [{ 'retention-only': 'true', 'retention-days': '0' }, /^input 'retention-days': 0 is out of range/],
  ])('bad input %p fails naming the input, with nothing moved', async (inputs, message) => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    await oldLog(logFile);
    const before = folderState(dir);
    const bad = await sign({ 'log-file': logFile, ...inputs }, { clock: at('2026-06-01T10:00:00Z') });
    expect(bad.exitCode).toBe(1);
    expect(errorOf(bad)).toMatch(message);
    expect(bad.outputs).toMatchObject({ archived: '', checkpoint: '' });
    expect(folderState(dir)).toEqual(before);
  });
});

describe('retention-only on a branch (the scheduled audit-trail task)', () => {
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

  it('moves and seals in one commit; a run with nothing due leaves the branch head as it was', async () => {
    const branch = { 'log-repository': LOG_REPO, 'log-branch': 'quiet', 'github-token': token };
    for (const day of ['2025-01-10', '2025-03-01', '2025-09-01'])
      expect(
        (
          await sign(
            { ...branch, 'record-type': 'custom' },
            { apiUrl: emulator.url, clock: at(`${day}T10:00:00Z`) },
          )
        ).exitCode,
      ).toBe(0);
    const retention = { ...branch, 'retention-days': '365', 'retention-only': 'true' };
    const moved = await sign(retention, { apiUrl: emulator.url, clock: at('2026-06-01T10:00:00Z') });
    expect(moved.exitCode).toBe(0);
    expect(moved.outputs).toMatchObject({ archived: '0-1', sequence: '' });
    expect(
      emulator.readFile(LOG_REPO, 'quiet', 'archive/000000-000001.jsonl')?.split('\n').filter(Boolean),
    ).toHaveLength(2);
    expect(
      emulator.readFile(LOG_REPO, 'quiet', 'log/000000.jsonl')?.split('\n').filter(Boolean),
    ).toHaveLength(2);
    const verified = await verify(
      { ...branch, 'trusted-checkpoint': moved.outputs.checkpoint },
      { apiUrl: emulator.url, clock: at('2026-06-01T11:00:00Z') },
    );
    expect(verified.exitCode).toBe(0);
    expect(verified.outputs).toMatchObject({ valid: 'true', records: '4', 'archived-records': '2' });

    const head = emulator.ref(LOG_REPO, 'heads/quiet');
    const quiet = await sign(retention, { apiUrl: emulator.url, clock: at('2026-06-02T10:00:00Z') });
    expect(quiet.exitCode).toBe(0);
    expect(quiet.outputs.archived).toBe('');
    expect(emulator.ref(LOG_REPO, 'heads/quiet')).toEqual(head);
    emulator.assertValid();
  });
});
