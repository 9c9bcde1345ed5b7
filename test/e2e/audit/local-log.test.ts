import { describe, expect, it, jest } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalize } from '../../../packages/core/src/audit/canonical-json.js';
import {
  ed25519,
  folderState,
  logLines,
  p256,
  records,
  sign,
  tempDir,
  verify,
  writeLines,
} from './helpers.js';

jest.setTimeout(120_000);

describe('audit-sign and audit-verify on a local log', () => {
  it('appends signed records, checkpoints on demand, and verifies them with a compliance report', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const approval = await sign(
      {
        'log-file': logFile,
        'record-type': 'approval',
        details: JSON.stringify({
          decision: 'approved',
          'approved-by': 'alice',
          environment: 'production',
          version: '1.4.2',
        }),
      },
      { actor: 'deployer' },
    );
    expect(approval.exitCode).toBe(0);
    expect(approval.outputs).toMatchObject({ sequence: '0', checkpoint: '' });
    expect(approval.outputs['record-hash']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(approval.outputs['log-head']).toBe(`1:${approval.outputs['record-hash']}`);
    // The private key is masked and never printed.
    expect(approval.secretsMasked).toContain(ed25519.privatePem.trim());
    const keyBody = ed25519.privatePem.split('\n')[1];
    expect(approval.log.replace(/::add-mask::.*\n/g, '')).not.toContain(keyBody);

    const deployment = await sign(
      {
        'log-file': logFile,
        'record-type': 'deployment',
        details: JSON.stringify({
          environment: 'production',
          version: '1.4.2',
          outcome: 'success',
          author: 'pr-author',
        }),
        checkpoint: 'true',
      },
      { actor: 'deployer' },
    );
    expect(deployment.exitCode).toBe(0);
    expect(deployment.outputs.sequence).toBe('1');
    expect(deployment.outputs['log-head']).toMatch(/^3:sha256:/);
    const checkpoint = deployment.outputs.checkpoint;
    expect(JSON.parse(checkpoint)).toMatchObject({
      record: {
        type: 'checkpoint',
        sequence: 2,
        checkpoint: { size: 2, head: deployment.outputs['record-hash'] },
      },
    });
    expect(deployment.summary).toContain('Audit record appended');

    const logged = records(dir);
    expect(logged.map((r) => r.type)).toEqual(['approval', 'deployment', 'checkpoint']);
    expect(logged[1]).toMatchObject({
      previousHash: approval.outputs['record-hash'],
      actor: { login: 'deployer' },
      run: { id: '4242', attempt: '1' },
      deployment: { environment: 'production', version: '1.4.2', outcome: 'success' },
      compliance: {
        risk: 'medium',
        standards: [
          { standard: 'SOC2', controls: ['CC7.2', 'CC8.1'] },
          { standard: 'ISO27001', controls: ['8.15', '8.32'] },
        ],
      },
    });
    // Every line is RFC 8785 canonical.
    for (const line of logLines(dir)) expect(canonicalize(JSON.parse(line))).toBe(line);

    const reportDir = path.join(dir, 'report');
    const verified = await verify({
      'log-file': logFile,
      'trusted-checkpoint': checkpoint,
      report: 'range',
      since: '2000-01-01',
      'report-dir': reportDir,
    });
    expect(verified.exitCode).toBe(0);
    expect(verified.outputs).toEqual({
      valid: 'true',
      records: '3',
      'first-bad-sequence': '',
      failure: '',
      report: path.join(reportDir, 'compliance-report.json'),
      'archived-records': '0',
      'covered-from': logged[0].time,
      'covered-until': logged[2].time,
    });
    const report = JSON.parse(readFileSync(verified.outputs.report, 'utf8'));
    expect(report.deployments).toEqual([
      expect.objectContaining({
        environment: 'production',
        deployer: 'deployer',
        author: 'pr-author',
        approvals: [expect.objectContaining({ login: 'alice' })],
        approvedBeforeDeployment: true,
        approverDiffersFromAuthor: true,
        approverDiffersFromDeployer: true,
      }),
    ]);
    expect(existsSync(path.join(reportDir, 'compliance-report.md'))).toBe(true);
    expect(verified.summary).toContain('## Compliance report');
    expect(verified.summary).toContain('| SOC2 | CC8.1 |');
  });

  it('derives the record from a push event, flags infrastructure paths and signs with ECDSA P-256', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const event = {
      ref: 'refs/heads/main',
      after: 'b'.repeat(40),
      repository: { id: 99, full_name: 'octo-org/service' },
      sender: { id: 7, login: 'pusher' },
      commits: [
        { added: ['terraform/main.tf'], removed: [], modified: ['src/app.ts'] },
        { added: [], removed: ['docs/old.md'], modified: ['src/app.ts'] },
      ],
    };
    const pushed = await sign(
      { 'log-file': logFile, 'signing-key': p256.privatePem },
      { eventName: 'push', event },
    );
    expect(pushed.exitCode).toBe(0);
    expect(records(dir)[0]).toMatchObject({
      type: 'push',
      commit: 'b'.repeat(40),
      repository: { id: '99', name: 'octo-org/service' },
      actor: { id: '7', login: 'pusher' },
      change: {
        files: ['docs/old.md', 'src/app.ts', 'terraform/main.tf'],
        infraFiles: ['terraform/main.tf'],
        touchesInfrastructure: true,
      },
      compliance: { risk: 'high' },
    });
    const verified = await verify({
      'log-file': logFile,
      'public-keys': `${ed25519.publicPem}\n${p256.publicPem}`,
    });
    expect(verified.outputs.valid).toBe(true + '');
    // Only the Ed25519 key allowed: the P-256 signature is by an untrusted signer.
    const refused = await verify({ 'log-file': logFile });
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs).toMatchObject({
      valid: 'false',
      failure: 'untrusted-signer',
      'first-bad-sequence': '0',
    });
  });

  it('classifies tampering at the bundle level and fails the step', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    let checkpoint = '';
    for (let i = 0; i < 4; i++) {
      const r = await sign({
        'log-file': logFile,
        'record-type': 'custom',
        details: JSON.stringify({ i }),
        'checkpoint-every': '4',
      });
      expect(r.exitCode).toBe(0);
      checkpoint = r.outputs.checkpoint || checkpoint;
    }
    const lines = logLines(dir);
    expect(lines).toHaveLength(5);
    const entry = JSON.parse(lines[1]);
    entry.record.details = { i: 'edited' };
    writeLines(dir, [lines[0], canonicalize(entry), ...lines.slice(2)]);
    const modified = await verify({ 'log-file': logFile });
    expect(modified.exitCode).toBe(1);
    expect(modified.outputs).toMatchObject({
      valid: 'false',
      failure: 'modified',
      'first-bad-sequence': '1',
      records: '1',
    });
    expect(modified.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /failed verification: modified at sequence 1/,
    );

    writeLines(dir, lines.slice(0, 3));
    const truncated = await verify({ 'log-file': logFile, 'trusted-checkpoint': checkpoint });
    expect(truncated.outputs).toMatchObject({
      valid: 'false',
      failure: 'truncated',
      'first-bad-sequence': '3',
    });
    // Without the checkpoint from outside, the shorter log cannot be told from an honest one.
    expect((await verify({ 'log-file': logFile })).outputs.valid).toBe('true');
  });

  it('verifies an auditor’s single-file copy of the log', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    for (let i = 0; i < 2; i++)
      expect((await sign({ 'log-file': logFile, 'record-type': 'custom' })).exitCode).toBe(0);
    const copy = path.join(dir, 'copy.jsonl');
    writeFileSync(copy, logLines(dir).join('\n') + '\n');
    expect((await verify({ 'log-file': copy })).outputs).toMatchObject({ valid: 'true', records: '2' });
  });
});

describe('bad input fails naming the input, and nothing is appended', () => {
  const rsaPem =
    '-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7AgEAAkEAvi6nQS+U3jzOv4mx\n' +
    'h0Q9rKp7m2ZqH0GXsbO3kE5pxVq3QcH7fJc1B6WJXo2Z7x6wTgP1Y5u1pJ3iS8Pp\nQj8sJwIDAQABAkA=\n-----END PRIVATE KEY-----';
  const cases: [string, Record<string, string>, string][] = [
    [
      'a malformed key',
      { 'signing-key': 'not a key at all' },
      "input 'signing-key': is not a PEM private key",
    ],
    ['a truncated PEM', { 'signing-key': rsaPem }, "input 'signing-key': cannot be read as a private key"],
    [
      'details that are not an object',
      { 'record-type': 'custom', details: '[1,2]' },
      "input 'details': is an array, not a JSON object",
    ],
    [
      'details that are not JSON',
      { 'record-type': 'custom', details: '{oops' },
      "input 'details': is not JSON",
    ],
    [
      'an unknown record type',
      { 'record-type': 'coffee' },
      "input 'record-type': 'coffee' is not a record type",
    ],
    [
      'details JSON cannot sign',
      { 'record-type': 'custom', details: '{"n":1e400}' },
      "input 'details': holds a value at $.n: Infinity is not a JSON number",
    ],
    [
      'keyless signing in a job without id-token: write',
      { signer: 'sigstore', 'signing-key': '' },
      "input 'signer': 'sigstore' needs the workflow's OIDC identity token but ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: the job needs `permissions: id-token: write`",
    ],
    [
      'keyless signing with a signing key as well',
      { signer: 'sigstore' },
      "input 'signing-key': is set but signer is 'sigstore'",
    ],
    [
      'a Fulcio URL that is not a URL',
      { signer: 'sigstore', 'signing-key': '', 'fulcio-url': 'fulcio.example' },
      "input 'fulcio-url':",
    ],
    [
      'an unknown standard',
      { 'record-type': 'custom', 'compliance-standards': 'SOC2,PCI' },
      "input 'compliance-standards': 'PCI' is not a known standard",
    ],
  ];

  it.each(cases)('%s', async (_name, inputs, message) => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    expect((await sign({ 'log-file': logFile, 'record-type': 'custom' })).exitCode).toBe(0);
    const before = folderState(dir);
    const result = await sign({ 'log-file': logFile, 'record-type': 'custom', ...inputs });
    expect(result.exitCode).toBe(1);
    expect(
      result.annotations
        .filter((a) => a.level === 'error')
        .map((a) => a.message)
        .join('\n'),
    ).toContain(message);
    expect(result.outputs).toMatchObject({ 'record-id': '', sequence: '', checkpoint: '' });
    expect(folderState(dir)).toEqual(before);
  });

  it('a key of the wrong type (RSA, P-384)', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    for (const key of [
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
      generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).privateKey,
    ]) {
      const result = await sign({
        'log-file': logFile,
        'record-type': 'custom',
        'signing-key': key.export({ type: 'pkcs8', format: 'pem' }).toString(),
      });
      expect(result.exitCode).toBe(1);
      expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
        /^input 'signing-key': is a (rsa|ec \(secp384r1\)) key, not Ed25519 or ECDSA P-256/,
      );
    }
    expect(folderState(dir)).toEqual({});
  });

  it('an unreadable log', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    expect((await sign({ 'log-file': logFile, 'record-type': 'custom' })).exitCode).toBe(0);
    writeFileSync(path.join(dir, 'audit.000000.jsonl'), `${logLines(dir)[0]}\n{"record": "garbage"\n`);
    const before = folderState(dir);
    const result = await sign({ 'log-file': logFile, 'record-type': 'custom' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'log-file': the log at .* cannot be appended to: the last line of audit.000000.jsonl is not JSON/,
    );
    expect(folderState(dir)).toEqual(before);
  });

  it('an event without a record type of its own', async () => {
    const dir = tempDir();
    const result = await sign(
      { 'log-file': path.join(dir, 'audit.jsonl') },
      { eventName: 'pull_request', event: { action: 'opened', pull_request: { merged: false } } },
    );
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'record-type': is empty and the pull_request event \(action 'opened'\) is not a merged pull request/,
    );
    expect(folderState(dir)).toEqual({});
  });

  it('audit-verify names its inputs too', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    expect((await sign({ 'log-file': logFile, 'record-type': 'custom' })).exitCode).toBe(0);
    const noKey = await verify({ 'log-file': logFile, 'public-keys': 'nope' });
    expect(noKey.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'public-keys': holds no PEM public key/,
    );
    const badCheckpoint = await verify({ 'log-file': logFile, 'trusted-checkpoint': '{"size":1}' });
    expect(badCheckpoint.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'trusted-checkpoint': is not a valid signed checkpoint/,
    );
    const missing = await verify({ 'log-file': path.join(dir, 'nowhere.jsonl') });
    expect(missing.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'log-file': the log cannot be read: no log at/,
    );
    const range = await verify({ 'log-file': logFile, report: 'range' });
    expect(range.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'since': is required with report: range/,
    );
    for (const r of [noKey, badCheckpoint, missing, range]) {
      expect(r.exitCode).toBe(1);
      expect(r.outputs).toMatchObject({ valid: 'false', failure: '' });
    }
  });
});
