import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalize } from '../../../packages/core/src/audit/canonical-json.js';
import { node24, repoRoot } from '../../harness/runner.js';
import { GITHUB_ISSUER, startMockSigstore, type MockSigstore } from '../../harness/sigstore.js';
import { folderState, logLines, sign, tempDir, verify, writeLines } from './helpers.js';

jest.setTimeout(120_000);

// Keyless signing end to end through the bundles, against a private Sigstore on 127.0.0.1: the
// runner's identity token endpoint, Fulcio (with a CT log) and Rekor, and a hand-built trusted root.
const WORKFLOW = 'https://github.com/octo-org/service/.github/workflows/deploy.yml@refs/heads/main';

let sigstore: MockSigstore;
let other: MockSigstore;
beforeAll(async () => {
  sigstore = await startMockSigstore({ sub: WORKFLOW, iss: GITHUB_ISSUER });
  other = await startMockSigstore({ sub: WORKFLOW, iss: GITHUB_ISSUER });
});
afterAll(async () => {
  await sigstore?.stop();
  await other?.stop();
});

function signKeyless(inputs: Record<string, string>, env: Record<string, string> = sigstore.idTokenEnv) {
  return sign(
    {
      signer: 'sigstore',
      'signing-key': '',
      'fulcio-url': sigstore.fulcioURL,
      'rekor-url': sigstore.rekorURL,
      ...inputs,
    },
    { env },
  );
}

function errorOf(result: { annotations: { level: string; message: string }[] }): string {
  return result.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');
}

describe('keyless signing (signer: sigstore) and its verification', () => {
  let dir: string;
  let logFile: string;
  let rootFile: string;
  const keyless = () => ({ 'log-file': logFile, 'public-keys': '', 'trusted-root': rootFile });

  beforeAll(async () => {
    dir = tempDir();
    logFile = path.join(dir, 'audit.jsonl');
    rootFile = sigstore.writeTrustedRoot(tempDir('audit-root-'));
  });

  it('appends records signed with a Fulcio certificate and logged in Rekor; the token is masked', async () => {
    const before = sigstore.tokenRequests.length;
    const first = await signKeyless({ 'log-file': logFile, 'record-type': 'approval' });
    expect(errorOf(first)).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs.sequence).toBe('0');
    const second = await signKeyless({
      'log-file': logFile,
      'record-type': 'deployment',
      checkpoint: 'true',
    });
    expect(second.exitCode).toBe(0);
    expect(second.outputs.sequence).toBe('1');
    expect(JSON.parse(second.outputs.checkpoint)).toMatchObject({
      record: { type: 'checkpoint', checkpoint: { size: 2, head: second.outputs['record-hash'] } },
    });

    // The token was asked for with audience sigstore and the runner's request token, and masked.
    expect(sigstore.tokenRequests.slice(before)).toEqual([
      { audience: 'sigstore', authorized: true },
      { audience: 'sigstore', authorized: true },
    ]);
    const token = sigstore.lastToken!;
    expect(second.secretsMasked).toContain(token);
    expect(second.log.replace(/::add-mask::.*\n/g, '')).not.toContain(token.split('.')[1]);

    interface Entry {
      bundle: {
        mediaType: string;
        verificationMaterial: {
          certificate: { rawBytes: string };
          tlogEntries: unknown[];
          publicKey?: unknown;
        };
        dsseEnvelope: { payloadType: string };
      };
    }
    const entries = logLines(dir).map((line) => JSON.parse(line) as Entry);
    expect(entries).toHaveLength(3);
    for (const { bundle } of entries) {
      expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
      expect(bundle.verificationMaterial.certificate.rawBytes).toEqual(expect.any(String));
      expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
      expect(bundle.verificationMaterial.publicKey).toBeUndefined();
      expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.shipgate.audit-record+json');
    }
    // An ephemeral key per signature: every certificate differs.
    const certificates = new Set(entries.map((e) => e.bundle.verificationMaterial.certificate.rawBytes));
    expect(certificates.size).toBe(3);
  });

  it('verifies with the matching identity, exact or by a regular expression, and a trusted checkpoint', async () => {
    const exact = await verify({ ...keyless(), 'certificate-identity': WORKFLOW });
    expect(errorOf(exact)).toBe('');
    expect(exact.outputs).toMatchObject({ valid: 'true', records: '3', failure: '' });
    expect(exact.log).toContain(`keyless signers ${WORKFLOW} issued by ${GITHUB_ISSUER}`);
    const pattern = await verify({
      ...keyless(),
      'certificate-identity-regexp':
        'https://github\\.com/octo-org/service/\\.github/workflows/.*@refs/heads/main',
    });
    expect(pattern.outputs).toMatchObject({ valid: 'true', records: '3' });
    const checkpointLine = logLines(dir)[2];
    const anchored = await verify({
      ...keyless(),
      'certificate-identity': WORKFLOW,
      'trusted-checkpoint': checkpointLine,
    });
    expect(anchored.outputs).toMatchObject({ valid: 'true', records: '3' });
  });

  it('reports another identity, another issuer or no identity rules as untrusted-signer', async () => {
    const rules: Record<string, string>[] = [
      { 'certificate-identity': WORKFLOW.replace('@refs/heads/main', '@refs/heads/feature') },
      // The regular expression must match the whole identity, not a part of it.
      { 'certificate-identity-regexp': 'https://github\\.com/octo-org/service' },
      { 'certificate-identity': WORKFLOW, 'certificate-oidc-issuer': 'https://accounts.google.com' },
    ];
    for (const inputs of rules) {
      const result = await verify({ ...keyless(), ...inputs });
      expect(result.exitCode).toBe(1);
      expect(result.outputs).toMatchObject({
        valid: 'false',
        failure: 'untrusted-signer',
        'first-bad-sequence': '0',
      });
    }
    // Only public keys: a keyless record is not signed by any of them.
    const keysOnly = await verify({ 'log-file': logFile });
    expect(keysOnly.outputs).toMatchObject({
      valid: 'false',
      failure: 'untrusted-signer',
      'first-bad-sequence': '0',
    });
    expect(errorOf(keysOnly)).toContain('no keyless identity rules were given');
  });

  it('reports a certificate from a CA the trusted root does not name as bad-signature', async () => {
    const otherRoot = other.writeTrustedRoot(tempDir('audit-other-root-'));
    const result = await verify({
      ...keyless(),
      'trusted-root': otherRoot,
      'certificate-identity': WORKFLOW,
    });
    expect(result.outputs).toMatchObject({
      valid: 'false',
      failure: 'bad-signature',
      'first-bad-sequence': '0',
    });
  });

  it('detects a mutated envelope: a changed signature is bad-signature, a changed payload modified', async () => {
    const lines = logLines(dir);
    const copy = tempDir();
    const entry = JSON.parse(lines[1]) as {
      bundle: { dsseEnvelope: { payload: string; signatures: { sig: string }[] } };
    };
    const sig = Buffer.from(entry.bundle.dsseEnvelope.signatures[0].sig, 'base64');
    sig[10] ^= 0x01;
    entry.bundle.dsseEnvelope.signatures[0].sig = sig.toString('base64');
    writeLines(copy, [lines[0], canonicalize(entry), lines[2]]);
    const badSig = await verify({
      'log-file': path.join(copy, 'audit.jsonl'),
      'public-keys': '',
      'trusted-root': rootFile,
      'certificate-identity': WORKFLOW,
    });
    expect(badSig.outputs).toMatchObject({
      valid: 'false',
      failure: 'bad-signature',
      'first-bad-sequence': '1',
    });

    const payloadChanged = JSON.parse(lines[1]) as typeof entry;
    const record = JSON.parse(Buffer.from(payloadChanged.bundle.dsseEnvelope.payload, 'base64').toString());
    payloadChanged.bundle.dsseEnvelope.payload = Buffer.from(
      canonicalize({ ...record, actor: { id: '1', login: 'mallory' } }),
    ).toString('base64');
    writeLines(copy, [lines[0], canonicalize(payloadChanged), lines[2]]);
    const modified = await verify({
      'log-file': path.join(copy, 'audit.jsonl'),
      'public-keys': '',
      'trusted-root': rootFile,
      'certificate-identity': WORKFLOW,
    });
    expect(modified.outputs).toMatchObject({
      valid: 'false',
      failure: 'modified',
      'first-bad-sequence': '1',
    });
  });

  it('verifies a log where key-signed and keyless records coexist', async () => {
    const mixed = tempDir();
    const mixedLog = path.join(mixed, 'audit.jsonl');
    expect((await sign({ 'log-file': mixedLog, 'record-type': 'custom' })).exitCode).toBe(0);
    expect((await signKeyless({ 'log-file': mixedLog, 'record-type': 'deployment' })).exitCode).toBe(0);
    expect((await sign({ 'log-file': mixedLog, 'record-type': 'custom' })).exitCode).toBe(0);
    const both = await verify({
      'log-file': mixedLog,
      'trusted-root': rootFile,
      'certificate-identity': WORKFLOW,
    });
    expect(both.outputs).toMatchObject({ valid: 'true', records: '3' });
    const keysOnly = await verify({ 'log-file': mixedLog });
    expect(keysOnly.outputs).toMatchObject({ failure: 'untrusted-signer', 'first-bad-sequence': '1' });
    const keylessOnly = await verify({
      'log-file': mixedLog,
      'public-keys': '',
      'trusted-root': rootFile,
      'certificate-identity': WORKFLOW,
    });
    expect(keylessOnly.outputs).toMatchObject({ failure: 'untrusted-signer', 'first-bad-sequence': '0' });
  });

  it('without id-token: write fails naming the signer input, before anything is written', async () => {
    const before = folderState(dir);
    const requests = { ...sigstore.requests };
    const result = await signKeyless({ 'log-file': logFile, 'record-type': 'custom' }, {});
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(
      /^input 'signer': 'sigstore' needs the workflow's OIDC identity token but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: the job needs `permissions: id-token: write`/,
    );
    expect(result.outputs).toMatchObject({ 'record-id': '', sequence: '' });
    expect(folderState(dir)).toEqual(before);
    expect(sigstore.requests).toEqual(requests);
  });

  it('a refused identity token or an unreachable Fulcio fails the step and appends nothing', async () => {
    const before = folderState(dir);
    const refused = await signKeyless(
      { 'log-file': logFile, 'record-type': 'custom' },
      { ...sigstore.idTokenEnv, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' },
    );
    expect(refused.exitCode).toBe(1);
    expect(errorOf(refused)).toMatch(/ID Token/i);
    const noFulcio = await signKeyless({
      'log-file': logFile,
      'record-type': 'custom',
      'fulcio-url': `${sigstore.fulcioURL}/missing`,
    });
    expect(noFulcio.exitCode).toBe(1);
    expect(errorOf(noFulcio)).not.toBe('');
    expect(folderState(dir)).toEqual(before);
  });

  it('audit-verify names its keyless inputs', async () => {
    const badRoot = path.join(tempDir(), 'root.json');
    writeFileSync(badRoot, '{"mediaType":"application/json"}');
    const cases: [Record<string, string>, RegExp][] = [
      [{ 'public-keys': '' }, /^input 'public-keys': is empty and no keyless identity is given/],
      [{ 'trusted-root': rootFile }, /^input 'certificate-identity': is empty but trusted-root is given/],
      [
        { 'certificate-identity': WORKFLOW, 'trusted-root': badRoot },
        /^input 'trusted-root': .*root\.json is not a Sigstore trusted root/,
      ],
      [
        { 'certificate-identity': WORKFLOW, 'trusted-root': path.join(dir, 'none.json') },
        /^input 'trusted-root': cannot be read/,
      ],
      [
        { 'certificate-identity-regexp': '(' },
        /^input 'certificate-identity-regexp': is not a regular expression/,
      ],
    ];
    for (const [inputs, message] of cases) {
      const result = await verify({ 'log-file': logFile, ...inputs });
      expect(result.exitCode).toBe(1);
      expect(errorOf(result)).toMatch(message);
      expect(result.outputs.valid).toBe('false');
    }
  });

  it("verifies keyless records on an auditor's machine (command line)", () => {
    const auditor = (args: string[]) => {
      const result = spawnSync(node24, [path.join(repoRoot, 'dist/audit-verify/index.js'), ...args], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir },
        encoding: 'utf8',
        timeout: 60_000,
      });
      return { code: result.status, out: `${result.stdout}${result.stderr}` };
    };
    const common = ['--log-file', 'audit.jsonl', '--trusted-root', rootFile];
    const ok = auditor([
      ...common,
      '--certificate-identity',
      'https://github.com/octo-org/other/.github/workflows/x.yml@refs/heads/main',
      '--certificate-identity',
      WORKFLOW,
    ]);
    expect(ok.out).toContain('valid: true');
    expect(ok.out).toContain('records: 3');
    expect(ok.code).toBe(0);
    const wrong = auditor([...common, '--certificate-identity-regexp', '.*/octo-org/other/.*']);
    expect(wrong.out).toContain('failure: untrusted-signer');
    expect(wrong.code).toBe(1);
  });

  it('uses the public-good trusted root shipped with the action by default', async () => {
    // The records were certified by the private CA, which the public-good root does not name.
    const result = await verify({ 'log-file': logFile, 'public-keys': '', 'certificate-identity': WORKFLOW });
    expect(result.outputs).toMatchObject({
      valid: 'false',
      failure: 'bad-signature',
      'first-bad-sequence': '0',
    });
  });
});
