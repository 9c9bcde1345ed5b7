// Issue 14: a step that signs or verifies with keys must not load the Sigstore client (over 1 MB of
// bundled code, most of audit-sign's start-up). The bundles keep Sigstore in chunks that load with
// import() only for keyless work; this suite runs the shipped bundles with a Node module hook that
// records every file Node loads, and checks no chunk holding the Sigstore code was among them.
import { describe, expect, it, jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chunksWith, loadRecorder } from '../../harness/load-recorder.js';
import { repoRoot } from '../../harness/runner.js';
import { sign, tempDir, verify } from './helpers.js';

jest.setTimeout(120_000);

const dist = path.join(repoRoot, 'dist');

/** The bundle's chunks that hold Sigstore's signing or verifying code (Fulcio, Rekor, the verifier). */
const sigstoreChunks = (action: string) => chunksWith(action, /fulcio|tlogThreshold/i);

/** The bundle's chunks that hold Octokit (the toolkit's GitHub class, by its getOctokitOptions error). */
const octokitChunks = (action: string) => chunksWith(action, /Parameter token or opts\.auth is required/);

describe('keyed audit steps start without the Sigstore client', () => {
  it('the bundles keep Sigstore in chunks of their own', () => {
    expect(sigstoreChunks('audit-sign').length).toBeGreaterThan(0);
    expect(sigstoreChunks('audit-verify').length).toBeGreaterThan(0);
  });

  it('audit-sign with a signing key, then audit-verify with public keys, load no Sigstore chunk', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const recorder = loadRecorder(dir);
    const signed = await sign(
      {
        'log-file': logFile,
        'record-type': 'deployment',
        details: JSON.stringify({ environment: 'production', version: '1.0.0', outcome: 'success' }),
      },
      { env: recorder.env },
    );
    expect(signed.exitCode).toBe(0);
    const signLoads = recorder.loaded();
    // The recorder works: it saw the bundle itself.
    expect(signLoads).toContain(path.join(dist, 'audit-sign', 'index.js'));
    const signChunks = sigstoreChunks('audit-sign');
    expect(signLoads.filter((f) => signChunks.includes(f))).toEqual([]);

    recorder.clear();
    const verified = await verify({ 'log-file': logFile }, { env: recorder.env });
    expect(verified.exitCode).toBe(0);
    const verifyLoads = recorder.loaded();
    expect(verifyLoads).toContain(path.join(dist, 'audit-verify', 'index.js'));
    const verifyChunks = sigstoreChunks('audit-verify');
    expect(verifyLoads.filter((f) => verifyChunks.includes(f))).toEqual([]);
  });
});

// The GitHub client loads Octokit on its first request: a step on a local log never calls GitHub.
describe('audit steps on a local log start without Octokit', () => {
  it('every bundle keeps Octokit in a chunk of its own, out of index.js', () => {
    const actions = readdirSync(path.join(repoRoot, 'actions'));
    expect(actions).toHaveLength(8);
    for (const action of actions) {
      expect(octokitChunks(action)).toHaveLength(1);
      expect(readFileSync(path.join(dist, action, 'index.js'), 'utf8')).not.toContain(
        'Parameter token or opts.auth is required',
      );
    }
  });

  it('audit-sign and audit-verify with log-file load no Octokit chunk', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const recorder = loadRecorder(dir);
    const signed = await sign(
      {
        'log-file': logFile,
        'record-type': 'deployment',
        details: JSON.stringify({ environment: 'production', version: '1.0.0', outcome: 'success' }),
      },
      { env: recorder.env },
    );
    expect(signed.exitCode).toBe(0);
    const verified = await verify({ 'log-file': logFile }, { env: recorder.env });
    expect(verified.exitCode).toBe(0);
    const loads = recorder.loaded();
    expect(loads).toContain(path.join(dist, 'audit-verify', 'index.js'));
    const chunks = ['audit-sign', 'audit-verify'].flatMap(octokitChunks);
    expect(chunks).toHaveLength(2);
    expect(loads.filter((f) => chunks.includes(f))).toEqual([]);
  });
});
