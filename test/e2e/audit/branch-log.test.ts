import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { BranchStore, GitHubClient, VirtualClock, scaledClock } from '../../../packages/core/src/index.js';
import { branchLayout, readSnapshotLog } from '../../../packages/core/src/audit/log-format.js';
import { appendRecord } from '../../../actions/audit-sign/src/append.js';
import { verifyLog } from '../../../actions/audit-verify/src/verify-log.js';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { record, signer } from '../../unit/audit/fixture.js';
import { ed25519, sign, verify } from './helpers.js';

jest.setTimeout(240_000);

// The core client spaces writes one second apart, as GitHub asks; a clock 1000 times faster keeps
// that spacing (and the backoffs) in proportion without making the suite wait for it.
const fast = () => ({ epochMs: Date.now(), factor: 1000 });

const LOG_REPO = 'octo-org/audit-trail';
let emulator: GitHubEmulator;
let token: string;

beforeAll(async () => {
  // 50 concurrent appends with one token make ~10k requests, past the 5,000 an hour GitHub allows a
  // token (on GitHub such a burst waits for the reset); this suite is about the log's integrity under
  // contention, so the emulator reports the limit instead of enforcing it.
  emulator = await startEmulator({ enforceRateLimits: false });
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
const lines = (branch: string) =>
  Array.from({ length: 4 }, (_, i) =>
    emulator.readFile(LOG_REPO, branch, `log/${String(i).padStart(6, '0')}.jsonl`),
  )
    .filter((t): t is string => t !== undefined)
    .flatMap((t) => t.split('\n').filter(Boolean));

describe('the log on a branch of another repository', () => {
  it('appends through the Git Data API, survives ref conflicts, and verifies from the branch', async () => {
    const first = await sign(
      { ...onBranch('audit-log'), 'record-type': 'custom' },
      { apiUrl: emulator.url, clock: fast() },
    );
    expect(first.exitCode).toBe(0);
    expect(first.outputs.sequence).toBe('0');
    expect(first.secretsMasked).toContain(token);
    // Another writer wins the race twice: the append retries from the new head.
    emulator.injectFault({ refConflict: true, times: 2 });
    const second = await sign(
      { ...onBranch('audit-log'), 'record-type': 'custom', checkpoint: 'true' },
      { apiUrl: emulator.url, clock: fast() },
    );
    expect(second.exitCode).toBe(0);
    expect(second.outputs.sequence).toBe('1');
    expect(lines('audit-log')).toHaveLength(3);

    const verified = await verify(
      { ...onBranch('audit-log'), 'trusted-checkpoint': second.outputs.checkpoint },
      { apiUrl: emulator.url, clock: fast() },
    );
    expect(verified.exitCode).toBe(0);
    expect(verified.outputs).toMatchObject({ valid: 'true', records: '3' });
    expect(verified.summary).toContain(`${LOG_REPO}@audit-log`);
    emulator.assertValid();
  });

  it('concurrent bundles appending to one branch lose nothing', async () => {
    const runs = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        sign(
          { ...onBranch('concurrent'), 'record-type': 'custom', details: JSON.stringify({ writer: i }) },
          { apiUrl: emulator.url, clock: fast() },
        ),
      ),
    );
    expect(runs.map((r) => r.exitCode)).toEqual(Array(8).fill(0));
    expect(runs.map((r) => Number(r.outputs.sequence)).sort((a, b) => a - b)).toEqual([...Array(8).keys()]);
    const verified = await verify(onBranch('concurrent'), { apiUrl: emulator.url, clock: fast() });
    expect(verified.outputs).toMatchObject({ valid: 'true', records: '8' });
    emulator.assertValid();
  });

  it('50 concurrent appends through the branch store lose nothing and stay contiguous', async () => {
    const { key, keys } = signer();
    const clock = new VirtualClock(Date.UTC(2026, 4, 1));
    const layout = branchLayout(16);
    const store = () =>
      new BranchStore({
        client: new GitHubClient({ token, baseUrl: emulator.url, clock: scaledClock(Date.now(), 1000) }),
        owner: 'octo-org',
        repo: 'audit-trail',
        branch: 'fifty',
        maxAttempts: 1000,
      });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const {
          logId: _l,
          sequence: _s,
          previousHash: _p,
          time: _t,
          ...draft
        } = record(0, '', { id: `w${i}` });
        return appendRecord({
          store: store(),
          layout,
          draft,
          key,
          logId: 'fifty',
          checkpointEvery: 1000,
          forceCheckpoint: false,
          clock,
        });
      }),
    );
    expect(results.map((r) => r.record.sequence).sort((a, b) => a - b)).toEqual([...Array(50).keys()]);
    expect(results.some((r) => r.attempts > 1)).toBe(true);
    const ids: string[] = [];
    const verified = await verifyLog(readSnapshotLog(await store().snapshot(), layout), {
      keys,
      onEntry: (r) => ids.push(r.id),
    });
    expect(verified).toMatchObject({ valid: true, verified: 50 });
    expect(new Set(ids).size).toBe(50);
    emulator.assertValid();
  });

  it('cancelled while other writers keep winning: the branch head is left as it was', async () => {
    expect(
      (
        await sign(
          { ...onBranch('cancel'), 'record-type': 'custom' },
          { apiUrl: emulator.url, clock: fast() },
        )
      ).exitCode,
    ).toBe(0);
    const head = emulator.ref(LOG_REPO, 'cancel');
    emulator.injectFault({ refConflict: true, times: Infinity });
    try {
      // Real-time clock: each attempt takes seconds (writes are spaced), so SIGTERM lands mid-retry.
      const cancelled = await sign(
        { ...onBranch('cancel'), 'record-type': 'custom' },
        { apiUrl: emulator.url, cancel: { afterMs: 3000 } },
      );
      expect(cancelled.exitCode).toBe(1);
      expect(cancelled.annotations.find((a) => a.level === 'error')?.message).toMatch(/cancelled/);
      expect(cancelled.outputs).toMatchObject({ 'record-id': '', sequence: '' });
    } finally {
      emulator.clearFaults();
    }
    expect(emulator.ref(LOG_REPO, 'cancel')).toBe(head);
    expect(lines('cancel')).toHaveLength(1);
  });

  it('a missing branch or a token without access fails naming the input and writes nothing', async () => {
    const missing = await verify(onBranch('no-such-branch'), { apiUrl: emulator.url, clock: fast() });
    expect(missing.exitCode).toBe(1);
    expect(missing.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'log-branch': branch 'no-such-branch' does not exist/,
    );
    emulator.addUser('outsider');
    const denied = await sign(
      {
        ...onBranch('outsider-branch'),
        'github-token': emulator.tokenFor('outsider'),
        'record-type': 'custom',
      },
      { apiUrl: emulator.url, clock: fast() },
    );
    expect(denied.exitCode).toBe(1);
    expect(denied.outputs.sequence).toBe('');
    expect(emulator.ref(LOG_REPO, 'outsider-branch')).toBeUndefined();
    void ed25519;
  });
});
