import { describe, expect, it } from '@jest/globals';
import type { AuditRecord } from '../../../packages/core/src/audit/record.js';
import { inputsFromArguments, isCommandLine } from '../../../actions/audit-verify/src/command-line.js';
import { ReportCollector, outcomeClass } from '../../../actions/audit-verify/src/compliance-report.js';
import { periodFor } from '../../../actions/audit-verify/src/period.js';
import { reportMarkdown } from '../../../actions/audit-verify/src/report-markdown.js';
import type { Verification } from '../../../actions/audit-verify/src/verify-log.js';
import { record } from './fixture.js';

const at = (iso: string) => `${iso}:00.000Z`;
const valid: Verification = {
  valid: true,
  lines: 9,
  verified: 9,
  logId: 'l',
  checkpoints: 0,
  lastCheckpointSize: 0,
  unanchored: 9,
  beyondTrusted: 9,
  gaps: [],
};

function deployment(
  seq: number,
  time: string,
  fields: Partial<NonNullable<AuditRecord['deployment']>>,
  overrides: Partial<AuditRecord> = {},
): AuditRecord {
  const r = record(seq, '', { time: at(time), ...overrides });
  return { ...r, type: 'deployment', deployment: { ...r.deployment!, approvals: [], ...fields } };
}

describe('compliance report', () => {
  const period = periodFor('range', Date.parse('2026-06-01T00:00:00Z'), Date.parse('2026-05-01T00:00:00Z'));
  const pr = (seq: number, time: string, commit: string, author: string): AuditRecord => ({
    ...record(seq, '', { time: at(time), type: 'pull_request', commit, deployment: undefined }),
    change: {
      files: [],
      filesTruncated: false,
      infraFiles: [],
      touchesInfrastructure: false,
      pullRequest: {
        number: '1',
        author: { id: '30', login: author },
        headCommit: 'h',
        approvers: [],
        checks: [{ name: 'build', conclusion: 'success' }],
      },
    },
  });
  const approval = (seq: number, time: string, approvers: string, version: string): AuditRecord => ({
    ...record(seq, '', { time: at(time), type: 'approval', deployment: undefined }),
    details: { decision: 'approved', 'approved-by': approvers, environment: 'production', version },
  });
  const log: AuditRecord[] = [
    pr(0, '2026-04-30T10:00', 'c1', 'pr-author'), // before the period: still gives lead time and author
    pr(1, '2026-05-02T08:00', 'c2', 'deployer'),
    approval(2, '2026-05-01T11:00', 'alice', '1.0'),
    deployment(3, '2026-05-01T12:00', { version: '1.0', outcome: 'success' }, { commit: 'c1' }),
    approval(4, '2026-05-02T09:00', 'deployer', '2.0'),
    deployment(
      5,
      '2026-05-02T10:00',
      { version: '2.0', outcome: 'failure', deploymentId: 'd5' },
      { commit: 'c2' },
    ),
    deployment(
      6,
      '2026-05-02T16:00',
      {
        version: '2.0.1',
        outcome: 'pending',
        deploymentId: 'd6',
        emergency: true,
        approvals: [{ id: '', login: 'bob', time: at('2026-05-02T17:00') }],
      },
      { commit: 'c2' },
    ),
    {
      ...record(7, '', { time: at('2026-05-02T18:00'), type: 'deployment_status', commit: 'c2' }),
      deployment: { ...record(7, '').deployment!, deploymentId: 'd6', outcome: 'success' },
    },
    deployment(8, '2026-06-03T00:00', { version: '3.0', outcome: 'success' }), // after the period
  ];
  const collector = new ReportCollector(period);
  log.forEach((r) => collector.add(r));
  const report = collector.build(valid, ['SOC2', 'ISO27001']);

  it('lists each deployment with approvals, segregation of duties, approval order, checks and outcome', () => {
    expect(
      report.deployments.map((d) => [
        d.sequence,
        d.author,
        d.approvals.map((a) => a.login).join(),
        d.approvedBeforeDeployment,
        d.approverDiffersFromAuthor,
        d.approverDiffersFromDeployer,
        d.checks,
        d.outcomeClass,
      ]),
    ).toEqual([
      [3, 'pr-author', 'alice', true, true, true, 'passed', 'success'],
      // approved by the deployer, who also wrote the change: segregation of duties fails twice.
      [5, 'deployer', 'deployer', true, false, false, 'passed', 'failure'],
      // approval recorded after the deployment started; outcome from the later deployment status.
      [6, 'deployer', 'bob', false, true, true, 'passed', 'success'],
    ]);
    expect(report.emergencyChanges.map((e) => e.sequence)).toEqual([6]);
  });

  it('computes the DORA figures from the records', () => {
    expect(report.dora).toEqual({
      deployments: 3,
      deploymentFrequencyPerDay: Math.round((2 / 31) * 1000) / 1000,
      // c1: 2026-04-30T10:00 → 05-01T12:00 = 26 h; c2: 05-02T08:00 → 05-02T16:00 = 8 h; median 17 h.
      leadTimeForChangesHours: 17,
      changeFailureRate: Math.round((1 / 3) * 1000) / 1000,
      // failure at 05-02T10:00, next success to production at 16:00.
      timeToRestoreHours: 6,
    });
  });

  it('maps evidence to controls with findings, and renders Markdown', () => {
    const cc81 = report.controls.find((c) => c.standard === 'SOC2' && c.control === 'CC8.1')!;
    expect(cc81.findings).toEqual([
      '1 deployment(s) without an approval recorded before deploying',
      // CC8.1 covers the authorisation of changes, so approval by the author or deployer is a finding there too.
      '1 deployment(s) approved by their author or deployer',
      '1 emergency change(s) to review',
    ]);
    const sod = report.controls.find((c) => c.standard === 'ISO27001' && c.control === '5.3')!;
    expect(sod.findings).toEqual(['1 deployment(s) approved by their author or deployer']);
    const md = reportMarkdown(report);
    expect(md).toContain('## Compliance report: 2026-05-01T00:00:00.000Z – 2026-06-01T00:00:00.000Z');
    expect(md).toContain(
      '| 5 | 2026-05-02T10:00:00.000Z | production | 2.0 | deployer | deployer | deployer | yes | **no** | **no** | passed | failure | no |',
    );
    expect(md).toContain('None: the sequence is contiguous.');
  });

  it('says when the log failed verification and lists gaps', () => {
    const broken = new ReportCollector(period).build(
      {
        ...valid,
        valid: false,
        failure: { class: 'deleted', sequence: 4, message: 'm' },
        gaps: [{ from: 4, to: 6 }],
      },
      ['SOC2'],
    );
    const md = reportMarkdown(broken);
    expect(md).toContain('**FAILED verification** (deleted at sequence 4');
    expect(md).toContain('- missing 4–6');
    expect(broken.controls.find((c) => c.control === 'CC7.2')!.findings).toEqual([
      'audit log failed verification: deleted at 4',
    ]);
  });

  it('classifies outcomes', () => {
    expect(['success', 'rolled-back', 'in_progress', 'promoted'].map(outcomeClass)).toEqual([
      'success',
      'failure',
      'pending',
      'success',
    ]);
  });
});

describe('report periods (UTC)', () => {
  const ref = Date.parse('2026-03-04T15:00:00Z'); // a Wednesday
  it.each([
    ['daily', '2026-03-03T00:00:00.000Z', '2026-03-04T00:00:00.000Z'],
    ['weekly', '2026-02-23T00:00:00.000Z', '2026-03-02T00:00:00.000Z'],
    ['monthly', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
  ] as const)('%s is the last complete period', (kind, from, to) => {
    const p = periodFor(kind, ref);
    expect([new Date(p.from).toISOString(), new Date(p.to).toISOString()]).toEqual([from, to]);
  });
  it('monthly in January is December of the year before', () => {
    expect(periodFor('monthly', Date.parse('2026-01-15T00:00:00Z')).label).toBe('2025-12');
  });
});

describe('command line', () => {
  it('is detected only outside the runner, with arguments', () => {
    expect(isCommandLine(['node', 'index.js', '--help'], {})).toBe(true);
    expect(isCommandLine(['node', 'index.js'], {})).toBe(false);
    expect(isCommandLine(['node', 'index.js', '--help'], { GITHUB_ACTIONS: 'true' })).toBe(false);
  });
  it('maps arguments to inputs, reading key and checkpoint files', () => {
    const files: Record<string, string> = { 'a.pem': 'KEY A', 'b.pem': 'KEY B', 'cp.json': '{"cp":1}\n' };
    const parsed = inputsFromArguments(
      [
        '--log-file',
        'audit.jsonl',
        '--public-key',
        'a.pem',
        '--public-key=b.pem',
        '--trusted-checkpoint',
        'cp.json',
        '--report',
        'monthly',
      ],
      (f) => files[f],
    );
    expect(parsed).toEqual({
      help: false,
      inputs: {
        'log-file': 'audit.jsonl',
        'public-keys': 'KEY A\nKEY B\n',
        'trusted-checkpoint': '{"cp":1}',
        report: 'monthly',
        'report-dir': 'audit-report',
      },
    });
    expect(inputsFromArguments(['--trusted-checkpoint', '{"inline":true}'], () => '')).toMatchObject({
      inputs: { 'trusted-checkpoint': '{"inline":true}' },
    });
    expect(() => inputsFromArguments(['--log-file'])).toThrow('--log-file needs a value');
    expect(() => inputsFromArguments(['--nope', 'x'])).toThrow("unknown argument '--nope'");
  });
});
