import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirectoryStore, VirtualClock } from '../../../packages/core/src/index.js';
import {
  LogFormatError,
  fileLayout,
  readHead,
  readLocalLog,
  segmentPath,
} from '../../../packages/core/src/audit/log-format.js';
import {
  ENTRY_HASH_PREFIX,
  entryHash,
  recordSchemaProblem,
  loadRecordSchemas,
} from '../../../packages/core/src/audit/record.js';
import { createHash } from 'node:crypto';
import { canonicalize } from '../../../packages/core/src/audit/canonical-json.js';
import { appendRecord, checkpointDue } from '../../../actions/audit-sign/src/append.js';
import { verifyLog } from '../../../actions/audit-verify/src/verify-log.js';
import { record, signer } from './fixture.js';

// The record checks are synchronous; Ajv and the schemas load once, as audit-verify does at start.
beforeAll(loadRecordSchemas);

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'audit-log-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const { key, keys } = signer();
const draft = (id: string) => {
  const { logId: _l, sequence: _s, previousHash: _p, time: _t, ...rest } = record(0, '', { id });
  return rest;
};

describe('entry hashes', () => {
  it('hash a domain-separation prefix followed by the canonical bytes', () => {
    const r = record(0, '');
    const expected = createHash('sha256')
      .update(`shipgate.audit.entry.v1\0${canonicalize(r)}`)
      .digest('hex');
    expect(ENTRY_HASH_PREFIX).toBe('shipgate.audit.entry.v1\0');
    expect(entryHash(r)).toBe(`sha256:${expected}`);
    expect(entryHash(r)).not.toBe(`sha256:${createHash('sha256').update(canonicalize(r)).digest('hex')}`);
  });

  it('validates records against the schema', () => {
    expect(recordSchemaProblem(record(0, ''))).toBeUndefined();
    expect(recordSchemaProblem({ ...record(0, ''), sequence: '0' })).toMatch(/sequence/);
    expect(recordSchemaProblem({ ...record(0, ''), actor: { id: 7, login: 'x' } })).toMatch(/actor\/id/);
    expect(recordSchemaProblem({ ...record(0, ''), type: 'coffee' })).toMatch(/type/);
    expect(recordSchemaProblem({ ...record(0, ''), time: '2026-05-01 10:00' })).toMatch(/time/);
  });
});

describe('the segmented log in a directory store', () => {
  it('appends across segments and keeps a contiguous, verifiable chain', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const layout = fileLayout(logFile, 4);
    const store = new DirectoryStore({ directory: dir });
    const clock = new VirtualClock(Date.UTC(2026, 4, 1));
    for (let i = 0; i < 10; i++)
      await appendRecord({
        store,
        layout,
        draft: draft(`r${i}`),
        key,
        logId: 'test',
        checkpointEvery: 100,
        forceCheckpoint: false,
        clock,
      });
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort(),
    ).toEqual(['audit.000000.jsonl', 'audit.000001.jsonl', 'audit.000002.jsonl']);
    expect(
      readFileSync(path.join(dir, segmentPath(layout, 2)), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(2);
    const result = await verifyLog(readLocalLog(logFile, 4), { keys });
    expect(result).toMatchObject({ valid: true, verified: 10 });
  });

  it('writes a checkpoint every N entries and on demand', async () => {
    expect([0, 1, 2, 3, 4, 5].filter((s) => checkpointDue(s, 3))).toEqual([2, 5]);
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const store = new DirectoryStore({ directory: dir });
    const clock = new VirtualClock(Date.UTC(2026, 4, 1));
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(
        await appendRecord({
          store,
          layout: fileLayout(logFile),
          draft: draft(`r${i}`),
          key,
          logId: 'test',
          checkpointEvery: 2,
          forceCheckpoint: i === 3,
          clock,
        }),
      );
    // r0 → 0; r1 → 1, checkpoint 2 (size 2); r2 → 3, checkpoint 4 (size 4, due: (3+1)%2); r3 → 5, checkpoint 6 (on demand).
    expect(results.map((r) => [r.record.sequence, r.checkpoint !== undefined, r.size])).toEqual([
      [0, false, 1],
      [1, true, 3],
      [3, true, 5],
      [5, true, 7],
    ]);
    const cp = JSON.parse(results[3].checkpoint!) as { record: { checkpoint: unknown; sequence: number } };
    expect(cp.record).toMatchObject({ sequence: 6, checkpoint: { size: 6, head: results[3].hash } });
    const verified = await verifyLog(readLocalLog(logFile), { keys });
    expect(verified).toMatchObject({ valid: true, verified: 7, checkpoints: 3, unanchored: 0 });
  });

  it('never lets time go backwards, even when this writer’s clock is behind', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const store = new DirectoryStore({ directory: dir });
    const ahead = new VirtualClock(Date.UTC(2026, 4, 2));
    const behind = new VirtualClock(Date.UTC(2026, 4, 1));
    const a = await appendRecord({
      store,
      layout: fileLayout(logFile),
      draft: draft('a'),
      key,
      logId: 't',
      checkpointEvery: 100,
      forceCheckpoint: false,
      clock: ahead,
    });
    const b = await appendRecord({
      store,
      layout: fileLayout(logFile),
      draft: draft('b'),
      key,
      logId: 't',
      checkpointEvery: 100,
      forceCheckpoint: false,
      clock: behind,
    });
    expect(b.record.time).toBe(a.record.time);
  });

  it('50 concurrent appends lose nothing and leave a contiguous sequence', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const layout = fileLayout(logFile, 16);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        appendRecord({
          // One store per writer, as separate workflow runs would have.
          store: new DirectoryStore({ directory: dir, baseDelayMs: 2, maxDelayMs: 20, maxAttempts: 1000 }),
          layout,
          draft: draft(`w${i}`),
          key,
          logId: 'concurrent',
          checkpointEvery: 1000,
          forceCheckpoint: false,
          clock: new VirtualClock(Date.UTC(2026, 4, 1)),
        }),
      ),
    );
    expect(results.map((r) => r.record.sequence).sort((a, b) => a - b)).toEqual([...Array(50).keys()]);
    const ids: string[] = [];
    const verified = await verifyLog(readLocalLog(logFile, 16), { keys, onEntry: (r) => ids.push(r.id) });
    expect(verified).toMatchObject({ valid: true, verified: 50 });
    expect(ids.sort()).toEqual(Array.from({ length: 50 }, (_, i) => `w${i}`).sort());
  });

  it('refuses to append after a last line that is not an entry, and writes nothing', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const store = new DirectoryStore({ directory: dir });
    const clock = new VirtualClock(Date.UTC(2026, 4, 1));
    await appendRecord({
      store,
      layout: fileLayout(logFile),
      draft: draft('a'),
      key,
      logId: 't',
      checkpointEvery: 100,
      forceCheckpoint: false,
      clock,
    });
    const segment = path.join(dir, 'audit.000000.jsonl');
    const garbage = `${readFileSync(segment, 'utf8')}this is not json\n`;
    writeFileSync(segment, garbage);
    await expect(
      appendRecord({
        store,
        layout: fileLayout(logFile),
        draft: draft('b'),
        key,
        logId: 't',
        checkpointEvery: 100,
        forceCheckpoint: false,
        clock,
      }),
    ).rejects.toThrow(LogFormatError);
    expect(readFileSync(segment, 'utf8')).toBe(garbage);
    await expect(readHead(await store.snapshot(), fileLayout(logFile))).rejects.toThrow(/not JSON/);
  });
});
