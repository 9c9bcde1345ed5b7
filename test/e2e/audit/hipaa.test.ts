// HIPAA as a standard through the shipped bundles: audit-sign tags records (and checkpoints) with the
// Security Rule's specifications, audit-verify scores each control and shows the seed's IDs beside them.
import { describe, expect, it, jest } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { records, sign, tempDir, verify } from './helpers.js';

jest.setTimeout(120_000);

describe('HIPAA in audit records and the compliance report', () => {
  it('tags records with HIPAA specifications and reports a score and the gaps per control', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const standards = 'SOC2,HIPAA';
    const approval = await sign(
      {
        'log-file': logFile,
        'record-type': 'approval',
        'compliance-standards': standards,
        details: JSON.stringify({
          decision: 'approved',
          'approved-by': 'alice',
          environment: 'production',
          version: '1.0',
        }),
      },
      { actor: 'deployer' },
    );
    expect(approval.exitCode).toBe(0);
    for (const version of ['1.0', '1.1']) {
      const deployed = await sign(
        {
          'log-file': logFile,
          'record-type': 'deployment',
          'compliance-standards': standards,
          details: JSON.stringify({
            environment: 'production',
            version,
            outcome: 'success',
            author: 'pr-author',
          }),
          checkpoint: version === '1.1' ? 'true' : 'false',
        },
        { actor: 'deployer' },
      );
      expect(deployed.exitCode).toBe(0);
    }
    const logged = records(dir) as { type: string; compliance: { standards: unknown[] } }[];
    expect(logged.map((r) => r.type)).toEqual(['approval', 'deployment', 'deployment', 'checkpoint']);
    expect(logged[1].compliance.standards).toEqual([
      { standard: 'SOC2', controls: ['CC8.1', 'CC7.2'].sort() },
      { standard: 'HIPAA', controls: ['§164.312(b)', '§164.312(c)(1)'] },
    ]);
    expect(logged[3].compliance.standards).toEqual([
      { standard: 'SOC2', controls: ['CC7.2'] },
      { standard: 'HIPAA', controls: ['§164.312(b)'] },
    ]);

    const reportDir = path.join(dir, 'report');
    const verified = await verify({
      'log-file': logFile,
      report: 'range',
      since: '2000-01-01',
      'report-dir': reportDir,
      'compliance-standards': 'hipaa,soc2',
    });
    expect(verified.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(verified.outputs.report, 'utf8')) as {
      controls: {
        standard: string;
        control: string;
        score: number | null;
        gaps: string[];
        seedIds: string[];
      }[];
    };
    const row = (standard: string, control: string) =>
      report.controls.find((c) => c.standard === standard && c.control === control)!;
    expect(report.controls.filter((c) => c.standard === 'HIPAA').map((c) => c.control)).toEqual([
      '§164.308(a)(1)(ii)(D)',
      '§164.308(a)(5)(ii)(C)',
      '§164.312(b)',
      '§164.312(c)(1)',
    ]);
    // 1.0 was approved before it was deployed; 1.1 never was.
    expect(row('HIPAA', '§164.312(c)(1)')).toMatchObject({
      score: 0.5,
      gaps: ['seq 2 (production 1.1): no approval recorded'],
    });
    expect(row('HIPAA', '§164.312(b)')).toMatchObject({ score: 1, gaps: [] });
    expect(row('SOC2', 'CC8.1')).toMatchObject({ score: 0.5, seedIds: ['CC6.1'] });
    const md = readFileSync(path.join(reportDir, 'compliance-report.md'), 'utf8');
    expect(md).toMatch(/\| HIPAA \| §164\.312\(c\)\(1\) \| — \| Integrity: .* \| 50 % \(1\/2\) \|/);
    expect(md).toMatch(/\| SOC2 \| CC8\.1 \| CC6\.1 \|/);
    expect(verified.summary).toContain('### Gaps per control');
  });

  it('a misspelt standard is refused, naming the input, and nothing is appended', async () => {
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const result = await sign({
      'log-file': logFile,
      'record-type': 'deployment',
      'compliance-standards': 'SOC2,HIPPA',
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'compliance-standards': 'HIPPA' is not a known standard; expected a list of SOC2, ISO27001, HIPAA/,
    );
    expect(existsSync(logFile)).toBe(false);
  });
});
