import { escapeCell, markdownTable } from '@shipgate/core';
import type { ComplianceReport } from './compliance-report.js';

const yesNo = (value: boolean) => (value ? 'yes' : '**no**');
const scoreText = (c: ComplianceReport['controls'][number]) =>
  c.score === null
    ? '— (no deployments)'
    : `${Math.round(c.score * 1000) / 10} % (${c.complete}/${c.changes})`;
const orDash = (value: number | null, unit = '') => (value === null ? '—' : `${value}${unit}`);

export function reportMarkdown(report: ComplianceReport): string {
  const { log, dora } = report;
  const parts = [
    `## Compliance report: ${report.period.label}`,
    '',
    `Period ${report.period.from} to ${report.period.to} (UTC, end excluded). Log \`${log.id}\`: ` +
      (log.valid
        ? `verified, ${log.entries} entries, ${log.checkpoints} checkpoint(s), ${log.unanchored} after the last checkpoint.`
        : `**FAILED verification** (${log.failure?.class} at sequence ${log.failure?.sequence}: ${log.failure?.message}); figures below cover only the ${log.entries} entries verified.`),
    '',
    '### DORA figures',
    '',
    markdownTable(
      [
        'deployments',
        'deployment frequency',
        'lead time for changes (median)',
        'change failure rate',
        'time to restore (median)',
      ],
      [
        [
          dora.deployments,
          orDash(dora.deploymentFrequencyPerDay, ' / day'),
          orDash(dora.leadTimeForChangesHours, ' h'),
          dora.changeFailureRate === null ? '—' : `${Math.round(dora.changeFailureRate * 1000) / 10} %`,
          orDash(dora.timeToRestoreHours, ' h'),
        ],
      ],
    ),
    '',
    '### Deployments',
    '',
    report.deployments.length === 0
      ? 'No deployments in the period.'
      : markdownTable(
          [
            'seq',
            'time',
            'environment',
            'version',
            'deployer',
            'author',
            'approvers',
            'approved before',
            'approver ≠ author',
            'approver ≠ deployer',
            'checks',
            'outcome',
            'emergency',
          ],
          report.deployments.map((d) => [
            d.sequence,
            d.time,
            d.environment,
            d.version,
            d.deployer,
            d.author,
            d.preApproved
              ? `pre-approved by policy (${d.preApproved.riskTier} risk)`
              : d.approvals.map((a) => a.login).join(', '),
            yesNo(d.approvedBeforeDeployment),
            yesNo(d.approverDiffersFromAuthor),
            yesNo(d.approverDiffersFromDeployer),
            d.checks,
            d.outcome,
            d.emergency ? 'yes' : 'no',
          ]),
        ),
    '',
    '### Pre-approved standard changes',
    '',
    'Approved by the approval policy, not by a person: the gate auto-approves these risk tiers, so no approval is missing.',
    '',
    report.standardChanges.length === 0
      ? 'None.'
      : markdownTable(
          ['seq', 'time', 'environment', 'version', 'deployer', 'risk tier', 'rule', 'workflow', 'decided'],
          report.standardChanges.map((c) => [
            c.sequence,
            c.time,
            c.environment,
            c.version,
            c.deployer,
            c.riskTier,
            c.rule,
            c.workflow,
            c.decidedAt,
          ]),
        ),
    '',
    '### Emergency changes (overrides)',
    '',
    report.emergencyChanges.length === 0
      ? 'None.'
      : markdownTable(
          ['seq', 'time', 'type', 'actor', 'reason'],
          report.emergencyChanges.map((e) => [e.sequence, e.time, e.type, e.actor, e.reason]),
        ),
    '',
    '### Gaps in the sequence',
    '',
    log.gaps.length === 0 && log.valid
      ? 'None: the sequence is contiguous.'
      : log.gaps.length === 0
        ? `Not contiguous past sequence ${log.failure?.sequence} (${log.failure?.class}).`
        : log.gaps.map((g) => `- missing ${g.from}${g.to !== g.from ? `–${g.to}` : ''}`).join('\n'),
    '',
    '### Controls',
    '',
    'Score: the share of the period\'s deployments with complete evidence for the control. "Seed ID" is the ID a seed document gives the control, where it differs.',
    '',
    markdownTable(
      ['standard', 'control', 'seed ID', 'title', 'evidence records', 'score', 'findings'],
      report.controls.map((c) => [
        c.standard,
        c.control,
        c.seedIds.join(', '),
        c.title,
        c.evidence,
        scoreText(c),
        c.findings.join('; ') || 'none',
      ]),
    ),
    '',
    '### Gaps per control',
    '',
    report.controls.every((c) => c.gaps.length === 0)
      ? 'None: every deployment in the period carries complete evidence for every control.'
      : report.controls
          .filter((c) => c.gaps.length > 0)
          .map((c) =>
            [`- ${c.standard} ${c.control}:`, ...c.gaps.map((g) => `  - ${escapeCell(g)}`)].join('\n'),
          )
          .join('\n'),
    '',
  ];
  return parts.join('\n');
}
