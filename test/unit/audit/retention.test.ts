import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirectoryStore, VirtualClock } from '../../../packages/core/src/index.js';
import {
  branchLayout,
  fileLayout,
  readLocalLog,
  signEntry,
} from '../../../packages/core/src/audit/log-format.js';
import { canonicalize } from '../../../packages/core/src/audit/canonical-json.js';
import {
  archiveDigest,
  archivePath,
  archivesAmong,
  listArchives,
} from '../../../packages/core/src/audit/archive.js';
import { DAY_MS, localArchiveDigests, planRetention } from '../../../packages/core/src/audit/retention.js';
import type { AuditRecord } from '../../../packages/core/src/audit/record.js';
import { appendRecord } from '../../../actions/audit-sign/src/append.js';
import { verifyLog } from '../../../actions/audit-verify/src/verify-log.js';
import { record, signer } from './fixture.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const SEGMENT = 4;
const legit = signer();
const mallory = signer();
const draft = (id: string) => {
  const { logId: _l, sequence: _s, previousHash: _p, time: _t, ...rest } = record(0, '', { id });
  return rest;
};

/** A local log of `days` daily records (segments of 4), then one append with retention. */
async function logWithRetention(days: number, retentionDays: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'audit-retention-'));
  dirs.push(dir);
  const logFile = path.join(dir, 'audit.jsonl');
  const layout = fileLayout(logFile, SEGMENT);
  const store = new DirectoryStore({ directory: dir });
  const clock = new VirtualClock(Date.UTC(2025, 0, 1));
  const append = (id: string, retention?: number) =>
    appendRecord({
      store,
      layout,
      draft: draft(id),
      key: legit.key,
      logId: 'test',
      checkpointEvery: 100,
      forceCheckpoint: false,
      clock,
      retentionDays: retention,
    });
  for (let i = 0; i < days; i++) {
    await append(`r${i}`);
    clock.advance(DAY_MS);
  }
  const moved = await append('with-retention', retentionDays);
  const verify = async (options: { keys?: typeof legit.keys } = {}) =>
    verifyLog(readLocalLog(logFile, SEGMENT), {
      keys: options.keys ?? legit.keys,
      archiveDigests: await localArchiveDigests(logFile, SEGMENT),
    });
  return { dir, logFile, layout, store, clock, append, moved, verify };
}

const archiveFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.includes('.archive.'))
    .sort();
const linesOf = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
const writeLinesTo = (file: string, lines: string[]) =>
  writeFileSync(file, lines.map((l) => `${l}\n`).join(''));

describe('retention moves old records to a sealed archive', () => {
  it('archives the records older than the window in one commit with a signed checkpoint, and the whole chain verifies', async () => {
    // Records on days 0…9 (sequences 0…9); the 10th append on day 10 with a 3-day window archives
    // every record dated before day 7.
    const { dir, moved, verify, append, clock } = await logWithRetention(10, 3);
    expect(moved.record.sequence).toBe(10);
    expect(moved.archived).toMatchObject({ from: 0, to: 6, file: 'audit.archive.000000-000006.jsonl' });
    expect(archiveFiles(dir)).toEqual(['audit.archive.000000-000006.jsonl']);
    // Fully archived segments are gone; the partly archived one starts later.
    expect(readdirSync(dir).filter((f) => /^audit\.\d+\.jsonl$/.test(f))).toEqual([
      'audit.000001.jsonl',
      'audit.000002.jsonl',
    ]);
    const seal = JSON.parse(moved.archived!.checkpoint) as { record: AuditRecord };
    expect(seal.record).toMatchObject({
      type: 'checkpoint',
      sequence: 11,
      checkpoint: {
        size: 11,
        head: moved.hash,
        archive: {
          file: 'audit.archive.000000-000006.jsonl',
          from: 0,
          to: 6,
          digest: archiveDigest(readFileSync(path.join(dir, archiveFiles(dir)[0]), 'utf8')),
          firstTime: '2025-01-01T00:00:00.000Z',
          lastTime: '2025-01-07T00:00:00.000Z',
          retentionDays: 3,
          cutoff: '2025-01-08T00:00:00.000Z',
        },
      },
    });
    // The seal's lastHash is the hash of archived entry 6, which record 7 (live) chains to.
    const archived = linesOf(path.join(dir, archiveFiles(dir)[0]));
    expect(seal.record.checkpoint!.archive!.lastHash).toBe(JSON.parse(archived[6]).hash);
    const verified = await verify();
    expect(verified).toMatchObject({
      valid: true,
      verified: 12,
      retention: {
        archiveFiles: 1,
        archivedRecords: 7,
        coveredFrom: '2025-01-01T00:00:00.000Z',
        coveredUntil: '2025-01-11T00:00:00.000Z',
        liveFrom: '2025-01-08T00:00:00.000Z',
        retentionDays: 3,
        digestsChecked: true,
      },
    });

    // Later appends keep working on the partly archived segment, and a second move seals a second file.
    clock.advance(2 * DAY_MS);
    const second = await append('later', 3);
    // Day 12, cutoff day 9: the records of days 7 and 8 (sequences 7, 8) are due.
    expect(second.archived).toMatchObject({ from: 7, to: 8 });
    expect(archiveFiles(dir)).toEqual([
      'audit.archive.000000-000006.jsonl',
      'audit.archive.000007-000008.jsonl',
    ]);
    expect(await verify()).toMatchObject({ valid: true, verified: 14, retention: { archivedRecords: 9 } });
    // Nothing due: nothing moves and no checkpoint is written.
    const third = await append('same-day', 3);
    expect(third.archived).toBeUndefined();
    expect(third.checkpoint).toBeUndefined();
  });

  it('keeps appending to a segment whose first entries were archived', async () => {
    // Day 2, 1-day window: entry 0 moves; segment 0 now starts at entry 1, right after the archive.
    const { dir, moved, append, verify } = await logWithRetention(2, 1);
    expect(moved.archived).toMatchObject({ from: 0, to: 0 });
    expect(linesOf(path.join(dir, 'audit.000000.jsonl'))).toHaveLength(3);
    const next = await append('next');
    expect(next.record.sequence).toBe(4);
    expect(await verify()).toMatchObject({ valid: true, verified: 5, retention: { archivedRecords: 1 } });
  });

  it('plans nothing when no record is older than the window, and caps one move', async () => {
    const { store, layout, clock } = await logWithRetention(6, 30);
    const snapshot = await store.snapshot();
    expect(await planRetention(snapshot, layout, { timeMs: clock.now(), retentionDays: 30 })).toBeUndefined();
    const capped = await planRetention(snapshot, layout, { timeMs: clock.now(), retentionDays: 1, limit: 2 });
    expect(capped?.seal).toMatchObject({ from: 0, to: 1 });
  });
});

describe('a damaged log is not archived (fail closed)', () => {
  it('refuses to move an entry that does not match its hash, writing nothing', async () => {
    const { dir, append, clock } = await logWithRetention(3, 365);
    const segment = path.join(dir, 'audit.000000.jsonl');
    const lines = linesOf(segment);
    const entry = JSON.parse(lines[1]) as { record: AuditRecord };
    entry.record.details = { edited: true };
    lines[1] = canonicalize(entry);
    writeLinesTo(segment, lines);
    const before = readdirSync(dir).sort();
    clock.advance(400 * DAY_MS);
    await expect(append('later', 365)).rejects.toThrow(/entry 1 .* does not match its hash/);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(linesOf(segment)).toEqual(lines);
  });

  it('refuses to append when the live log does not start right after the archive', async () => {
    const { dir, append } = await logWithRetention(10, 3);
    // The partly archived segment loses its first live entry (7): the gap is not covered by the archive.
    const segment = path.join(dir, 'audit.000001.jsonl');
    unlinkSync(segment);
    const segment2 = path.join(dir, 'audit.000002.jsonl');
    writeLinesTo(segment2, linesOf(segment2).slice(1));
    await expect(append('next')).rejects.toThrow(/holds 3 entries but its last entry is sequence 11/);
  });
});

describe('tampering with the archive is detected', () => {
  const archivePathOf = (dir: string) => path.join(dir, archiveFiles(dir)[0]);

  it('an edited archived record', async () => {
    const { dir, verify } = await logWithRetention(10, 3);
    const file = archivePathOf(dir);
    const lines = linesOf(file);
    const entry = JSON.parse(lines[3]) as { record: AuditRecord };
    entry.record.actor.login = 'mallory';
    lines[3] = canonicalize(entry);
    writeLinesTo(file, lines);
    expect(await verify()).toMatchObject({ valid: false, failure: { class: 'modified', sequence: 3 } });
  });

  it('an edited archived record re-signed with another key', async () => {
    const { dir, verify } = await logWithRetention(10, 3);
    const file = archivePathOf(dir);
    const lines = linesOf(file);
    const original = (JSON.parse(lines[2]) as { record: AuditRecord }).record;
    lines[2] = signEntry({ ...original, details: { edited: true } }, mallory.key).line;
    writeLinesTo(file, lines);
    expect(await verify()).toMatchObject({
      valid: false,
      failure: { class: 'untrusted-signer', sequence: 2 },
    });
  });

  it('a removed archived record', async () => {
    const { dir, verify } = await logWithRetention(10, 3);
    const file = archivePathOf(dir);
    writeLinesTo(
      file,
      linesOf(file).filter((_, i) => i !== 4),
    );
    expect(await verify()).toMatchObject({ valid: false, failure: { class: 'deleted', sequence: 4 } });
  });

  it('reordered archived records', async () => {
    const { dir, verify } = await logWithRetention(10, 3);
    const file = archivePathOf(dir);
    const lines = linesOf(file);
    [lines[1], lines[5]] = [lines[5], lines[1]];
    writeLinesTo(file, lines);
    expect(await verify()).toMatchObject({ valid: false, failure: { class: 'reordered', sequence: 1 } });
  });

  it('a removed archive file', async () => {
    const { dir, verify } = await logWithRetention(10, 3);
    unlinkSync(archivePathOf(dir));
    expect(await verify()).toMatchObject({ valid: false, failure: { class: 'deleted', sequence: 0 } });
  });

  it('an archive file changed in a way the chain cannot see (its digest no longer matches the seal)', async () => {
    const { dir, verify } = await logWithRetention(10, 3);
    const file = archivePathOf(dir);
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n', '\n\n'));
    expect(await verify()).toMatchObject({
      valid: false,
      failure: {
        class: 'modified',
        sequence: 0,
        message: expect.stringMatching(/does not match the digest/),
      },
    });
  });

  it('a forged checkpoint: its seal edited, or re-signed with another key', async () => {
    for (const forge of ['edited', 'resigned'] as const) {
      const { dir, verify } = await logWithRetention(10, 3);
      const segment = path.join(dir, 'audit.000002.jsonl');
      const lines = linesOf(segment);
      const at = lines.findIndex(
        (l) => (JSON.parse(l) as { record: AuditRecord }).record.checkpoint?.archive,
      );
      const entry = JSON.parse(lines[at]) as { record: AuditRecord };
      entry.record.checkpoint!.archive!.digest = `sha256:${'0'.repeat(64)}`;
      lines[at] = forge === 'edited' ? canonicalize(entry) : signEntry(entry.record, mallory.key).line;
      writeLinesTo(segment, lines);
      expect(await verify()).toMatchObject({
        valid: false,
        failure: { class: forge === 'edited' ? 'modified' : 'untrusted-signer', sequence: 11 },
      });
    }
  });

  it('records moved to an archive file without a signed checkpoint', async () => {
    const { dir, logFile, verify } = await logWithRetention(3, 365);
    // By hand: entries 0…1 taken out of the live segment into an archive file, no checkpoint.
    const segment = path.join(dir, 'audit.000000.jsonl');
    const lines = linesOf(segment);
    writeLinesTo(path.join(dir, 'audit.archive.000000-000001.jsonl'), lines.slice(0, 2));
    writeLinesTo(segment, lines.slice(2));
    expect(await verify()).toMatchObject({
      valid: false,
      failure: { class: 'modified', sequence: 0, message: expect.stringMatching(/not sealed/) },
    });
    void logFile;
  });
});

describe('archive and segment files are read in numeric order at any size', () => {
  // Names are zero-padded to six digits, so past entry 999,999 they grow a digit: a text sort would read
  // 1000000-… before 999990-…, breaking the chain. Readers order by the numbers, old names included.
  it('orders archive files by the range they hold, six-digit and longer names together', () => {
    const layout = fileLayout('/x/audit.jsonl', SEGMENT);
    const names = [
      'audit.archive.1000000-1000009.jsonl',
      'audit.archive.999990-999999.jsonl',
      'audit.archive.000000-000041.jsonl',
      'audit.archive.10000000-10000001.jsonl',
      'audit.000003.jsonl',
      'notes.txt',
    ];
    expect(archivesAmong(names, layout).map((a) => [a.from, a.to])).toEqual([
      [0, 41],
      [999_990, 999_999],
      [1_000_000, 1_000_009],
      [10_000_000, 10_000_001],
    ]);
    expect(archivePath(layout, 1_000_000, 1_000_009)).toBe('audit.archive.1000000-1000009.jsonl');
    expect(archivePath(branchLayout(SEGMENT), 999_990, 1_000_001)).toBe('archive/999990-1000001.jsonl');
  });

  it('a local log streams archives then segments by number, not by name', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'audit-order-'));
    dirs.push(dir);
    const files: [string, string][] = [
      ['audit.archive.1000000-1000003.jsonl', 'a2'],
      ['audit.archive.999996-999999.jsonl', 'a1'],
      ['audit.1000000.jsonl', 's2'],
      ['audit.250001.jsonl', 's1'],
    ];
    for (const [name, line] of files) writeFileSync(path.join(dir, name), `${line}\n`);
    const texts: string[] = [];
    for await (const line of readLocalLog(path.join(dir, 'audit.jsonl'), SEGMENT)) texts.push(line.text);
    expect(texts).toEqual(['a1', 'a2', 's1', 's2']);
    // On a branch, the same order from a store listing.
    const store = new DirectoryStore({ directory: dir });
    const snapshot = await store.snapshot();
    expect(
      (await listArchives(snapshot, fileLayout(path.join(dir, 'audit.jsonl'), SEGMENT))).map((a) => a.from),
    ).toEqual([999_996, 1_000_000]);
  });
});
