// HIPAA as a standard, a score per control (the share of the period's deployments with complete evidence
// for it, the gaps listed), and the seed's control IDs shown beside the correct ones.
import { describe, expect, it } from '@jest/globals';
import {
  COMPLIANCE_STANDARDS,
  controlsFor,
  evidenceOf,
  parseStandards,
} from '../../../packages/core/src/audit/compliance.js';
import type { AuditRecord } from '../../../packages/core/src/audit/record.js';
import { ReportCollector } from '../../../actions/audit-verify/src/compliance-report.js';
import { periodFor } from '../../../actions/audit-verify/src/period.js';
import { reportMarkdown } from '../../../actions/audit-verify/src/report-markdown.js';
import type { Verification } from '../../../actions/audit-verify/src/verify-log.js';
import { record } from './fixture.js';

const at = (iso: string) => `${iso}:00.000Z`;
const valid: Verification = {
  valid: true,
  lines: 4,
  verified: 4,
  logId: 'l',
  checkpoints: 0,
  lastCheckpointSize: 0,
  unanchored: 4,
  beyondTrusted: 4,
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
const approvedBy = (login: string, time: string) => [{ id: '', login, time: at(time) }];

describe('HIPAA Security Rule mapping', () => {
  it('is a known standard (any spelling), beside SOC2 and ISO27001', () => {
    expect(parseStandards(['soc2', 'Hipaa', 'ISO27001'])).toEqual(['SOC2', 'HIPAA', 'ISO27001']);
    expect(Object.keys(COMPLIANCE_STANDARDS.HIPAA.controls).sort()).toEqual([
      '§164.308(a)(1)(ii)(D)',
      '§164.308(a)(5)(ii)(C)',
      '§164.312(b)',
      '§164.312(c)(1)',
    ]);
  });

  it('tags each kind of record with the specifications its evidence shows', () => {
    const facts = { infra: false, reviewed: false, emergency: false };
    expect(controlsFor('HIPAA', evidenceOf('approval', facts))).toEqual([
      '§164.308(a)(5)(ii)(C)',
      '§164.312(b)',
      '§164.312(c)(1)',
    ]);
    expect(controlsFor('HIPAA', evidenceOf('deployment_status', facts))).toEqual([
      '§164.308(a)(1)(ii)(D)',
      '§164.312(b)',
    ]);
    expect(controlsFor('HIPAA', evidenceOf('checkpoint', facts))).toEqual(['§164.312(b)']);
  });

  it('every control of every standard is reachable from some evidence, and every evidence maps only to its own controls', () => {
    for (const mapping of Object.values(COMPLIANCE_STANDARDS)) {
      const mapped = new Set(Object.values(mapping.evidence).flat());
      expect([...mapped].sort()).toEqual(Object.keys(mapping.controls).sort());
      for (const control of Object.keys(mapping.aliases ?? {}))
        expect(Object.keys(mapping.controls)).toContain(control);
    }
  });
});

describe('compliance score per control', () => {
  const period = periodFor('range', Date.parse('2026-06-01T00:00:00Z'), Date.parse('2026-05-01T00:00:00Z'));
  const log: AuditRecord[] = [
    // complete: approved by alice before deploying, outcome known.
    deployment(1, '2026-05-01T12:00', {
      version: '1.0',
      outcome: 'success',
      approvals: approvedBy('alice', '2026-05-01T11:00'),
    }),
    // approved by the deployer themself.
    deployment(2, '2026-05-02T12:00', {
      version: '1.1',
      outcome: 'success',
      approvals: approvedBy('deployer', '2026-05-02T11:00'),
    }),
    // an emergency change without approval or reason, outcome still pending.
    deployment(3, '2026-05-03T12:00', { version: '1.2', outcome: 'in_progress', emergency: true }),
    // approved only after it started.
    deployment(4, '2026-05-04T12:00', {
      version: '1.3',
      outcome: 'failure',
      approvals: approvedBy('bob', '2026-05-04T13:00'),
    }),
  ];
  const collector = new ReportCollector(period);
  log.forEach((r) => collector.add(r));
  const report = collector.build(valid, ['SOC2', 'ISO27001', 'HIPAA']);
  const control = (standard: string, id: string) =>
    report.controls.find((c) => c.standard === standard && c.control === id)!;

  it('scores the change-management controls by approval before deploying and segregation of duties, listing the gaps', () => {
    const cc81 = control('SOC2', 'CC8.1');
    expect([cc81.changes, cc81.complete, cc81.score]).toEqual([4, 1, 0.25]);
    expect(cc81.gaps).toEqual([
      'seq 2 (production 1.1): approved by its author or deployer',
      'seq 3 (production 1.2): no approval recorded; emergency change without a reason',
      'seq 4 (production 1.3): approval not recorded before deploying',
    ]);
    expect(control('ISO27001', '8.32').score).toBe(0.25);
    expect(control('HIPAA', '§164.312(c)(1)').score).toBe(0.25);
  });

  it('scores monitoring and activity review by a known outcome (and a reason for each emergency change)', () => {
    expect(control('SOC2', 'CC7.2')).toMatchObject({
      score: 0.75,
      gaps: ['seq 3 (production 1.2): no outcome recorded'],
    });
    expect(control('HIPAA', '§164.308(a)(1)(ii)(D)')).toMatchObject({
      complete: 3,
      gaps: ['seq 3 (production 1.2): no outcome recorded; emergency change without a reason'],
    });
    // Audit controls: every deployment is recorded with its commit, environment and version in a log that verifies.
    expect(control('HIPAA', '§164.312(b)')).toMatchObject({ score: 1, gaps: [] });
  });

  it("scores the seed's CC7.3 (incident evaluation and response) by a known outcome and a reason for each emergency change", () => {
    const facts = { infra: false, reviewed: false, emergency: false };
    expect(controlsFor('SOC2', evidenceOf('deployment_status', facts))).toEqual(['CC7.2', 'CC7.3']);
    expect(controlsFor('SOC2', evidenceOf('exception', facts))).toEqual(['CC7.2', 'CC7.3', 'CC8.1']);
    expect(control('SOC2', 'CC7.3')).toMatchObject({
      title: 'Evaluation of events for failures (incidents) and action on them: rollback, emergency change',
      seedIds: [],
      changes: 4,
      complete: 3,
      score: 0.75,
      findings: ['1 emergency change(s) to review'],
      gaps: ['seq 3 (production 1.2): no outcome recorded; emergency change without a reason'],
    });
    // Every ID the seed names has a row: CC6.1 beside CC8.1, the others under their own (2017) IDs.
    const shown = report.controls
      .filter((c) => c.standard === 'SOC2')
      .flatMap((c) => [c.control, ...c.seedIds]);
    for (const id of ['CC6.1', 'CC6.2', 'CC7.2', 'CC7.3']) expect(shown).toContain(id);
  });

  it('a log that does not verify leaves no logging control complete', () => {
    const broken = collector.build(
      { ...valid, valid: false, failure: { class: 'modified', sequence: 2, message: 'm' } },
      ['HIPAA'],
    );
    const audit = broken.controls.find((c) => c.control === '§164.312(b)')!;
    expect([audit.score, audit.gaps.length]).toEqual([0, 4]);
    expect(audit.gaps[0]).toMatch(/the audit log does not verify$/);
  });

  it('has no score, rather than 100 %, for a period without deployments', () => {
    const empty = new ReportCollector(period).build(valid, ['HIPAA']);
    expect(empty.controls.map((c) => [c.changes, c.score])).toEqual(empty.controls.map(() => [0, null]));
    expect(reportMarkdown(empty)).toContain('| — (no deployments) |');
  });

  it("shows the seed's CC6.1 beside the correct CC8.1, and renders scores and gaps in Markdown", () => {
    expect(control('SOC2', 'CC8.1').seedIds).toEqual(['CC6.1']);
    expect(control('SOC2', 'CC6.1').seedIds).toEqual([]);
    const md = reportMarkdown(report);
    expect(md).toContain('| standard | control | seed ID | title | evidence records | score | findings |');
    expect(md).toMatch(
      /\| SOC2 \| CC8\.1 \| CC6\.1 \| Authorisation, testing, approval and implementation of changes \| 4 \| 25 % \(1\/4\) \|/,
    );
    expect(md).toMatch(/\| HIPAA \| §164\.312\(b\) \| — \| Audit controls: .* \| 100 % \(4\/4\) \|/);
    expect(md).toContain('- SOC2 CC8.1:\n  - seq 2 (production 1.1): approved by its author or deployer');
  });
});
