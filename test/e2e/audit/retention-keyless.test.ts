import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import path from 'node:path';
import type { TestClock } from '../../harness/runner.js';
import { GITHUB_ISSUER, startMockSigstore, type MockSigstore } from '../../harness/sigstore.js';
import { sign, tempDir, verify } from './helpers.js';

jest.setTimeout(120_000);

// Retention with keyless signing: the sealing checkpoint is signed the way the records are (a Fulcio
// certificate and a Rekor entry), against a private Sigstore on 127.0.0.1.
const WORKFLOW = 'https://github.com/octo-org/service/.github/workflows/audit.yml@refs/heads/main';
const at = (iso: string): TestClock => ({ epochMs: Date.now(), factor: 1000, startMs: Date.parse(iso) });

let sigstore: MockSigstore;
beforeAll(async () => {
  sigstore = await startMockSigstore({ sub: WORKFLOW, iss: GITHUB_ISSUER });
});
afterAll(async () => {
  await sigstore?.stop();
});

describe('retention-days with signer: sigstore', () => {
  it('seals the archive with a keyless checkpoint that audit-verify accepts by identity', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const keyless = (inputs: Record<string, string>, day: string) =>
      sign(
        {
          signer: 'sigstore',
          'signing-key': '',
          'fulcio-url': sigstore.fulcioURL,
          'rekor-url': sigstore.rekorURL,
          'log-file': logFile,
          'record-type': 'custom',
          ...inputs,
        },
        { env: sigstore.idTokenEnv, clock: at(`${day}T10:00:00Z`) },
      );
    expect((await keyless({}, '2025-01-10')).exitCode).toBe(0);
    expect((await keyless({}, '2025-08-01')).exitCode).toBe(0);
    const moved = await keyless({ 'retention-days': '365' }, '2026-03-01');
    expect(moved.exitCode).toBe(0);
    expect(moved.outputs.archived).toBe('0-0');
    const seal = JSON.parse(moved.outputs.checkpoint) as {
      bundle: { verificationMaterial: { certificate?: unknown } };
      record: { checkpoint: { archive: { from: number; to: number } } };
    };
    expect(seal.bundle.verificationMaterial.certificate).toBeDefined();
    expect(seal.record.checkpoint.archive).toMatchObject({ from: 0, to: 0 });

    const verified = await verify({
      'log-file': logFile,
      'public-keys': '',
      'certificate-identity': WORKFLOW,
      'trusted-root': sigstore.writeTrustedRoot(tempDir('audit-root-')),
    });
    expect(verified.exitCode).toBe(0);
    expect(verified.outputs).toMatchObject({ valid: 'true', records: '4', 'archived-records': '1' });
  });
});
