import { describe, expect, it, jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalize } from '../../../packages/core/src/audit/canonical-json.js';
import { node24, repoRoot } from '../../harness/runner.js';
import { ed25519, logLines, sign, tempDir, writeLines } from './helpers.js';

jest.setTimeout(120_000);

/** Runs the bundle as an auditor would: plain `node`, arguments, no Actions runner around it. */
function auditor(args: string[], cwd: string) {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd };
  const result = spawnSync(node24, [path.join(repoRoot, 'dist/audit-verify/index.js'), ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('audit-verify on an auditor’s machine', () => {
  it('verifies a local copy with key files and writes the report, exit 0; a tampered copy exits 1', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    let checkpoint = '';
    for (let i = 0; i < 3; i++) {
      const r = await sign({
        'log-file': logFile,
        'record-type': 'deployment',
        details: JSON.stringify({ environment: 'production', outcome: 'success' }),
        checkpoint: String(i === 2),
      });
      checkpoint = r.outputs.checkpoint || checkpoint;
    }
    writeFileSync(path.join(dir, 'signer.pub.pem'), ed25519.publicPem);
    writeFileSync(path.join(dir, 'checkpoint.json'), checkpoint);
    const ok = auditor(
      [
        '--log-file',
        'audit.jsonl',
        '--public-key',
        'signer.pub.pem',
        '--trusted-checkpoint',
        'checkpoint.json',
        '--report',
        'range',
        '--since',
        '2000-01-01',
      ],
      dir,
    );
    expect(ok.out).toContain('valid: true');
    expect(ok.out).toContain('records: 4');
    expect(ok.out).toContain('## Compliance report');
    expect(ok.code).toBe(0);
    expect(existsSync(path.join(dir, 'audit-report', 'compliance-report.json'))).toBe(true);

    const lines = logLines(dir);
    const entry = JSON.parse(lines[0]);
    entry.record.actor.login = 'someone-else';
    writeLines(dir, [canonicalize(entry), ...lines.slice(1)]);
    const bad = auditor(['--log-file', 'audit.jsonl', '--public-key', 'signer.pub.pem'], dir);
    expect(bad.out).toContain('failure: modified');
    expect(bad.out).toContain('first-bad-sequence: 0');
    expect(bad.code).toBe(1);
  });

  it('prints usage for --help and refuses unknown arguments', () => {
    const dir = tempDir();
    const help = auditor(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--public-key <file>');
    const unknown = auditor(['--frobnicate'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain("unknown argument '--frobnicate'");
  });
});
