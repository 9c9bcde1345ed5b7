import {
  COMPLIANCE_STANDARDS,
  approvalsOf,
  emergencyReason,
  isEmergency,
  stringOf as str,
  type AuditRecord,
  type Evidence,
  type Identity,
} from '@shipgate/core/audit';
import type { Period } from './period.js';
import { preApproval, type PreApproval } from './standard-change.js';
import type { Verification } from './verify-log.js';

export type OutcomeClass = 'success' | 'failure' | 'pending';
export function outcomeClass(outcome: string): OutcomeClass {
  const o = outcome.toLowerCase();
  if (['success', 'succeeded', 'promoted', 'completed', 'deployed'].includes(o)) return 'success';
  if (['failure', 'failed', 'error', 'rolled-back', 'rolled_back', 'rollback', 'inactive-failed'].includes(o))
    return 'failure';
  return 'pending';
}

export interface Approver {
  id: string;
  login: string;
  time: string;
}

export interface DeploymentRow {
  sequence: number;
  time: string;
  environment: string;
  version: string;
  commit: string;
  deployer: string;
  author: string;
  outcome: string;
  outcomeClass: OutcomeClass;
  approvals: Approver[];
  approved: boolean;
  approvedBeforeDeployment: boolean;
  approverDiffersFromAuthor: boolean;
  approverDiffersFromDeployer: boolean;
  checks: 'passed' | 'failed' | 'unknown';
  emergency: boolean;
  /** A pre-approved standard change: approved by policy (the gate's auto-approved risk tier), no approvers. */
  preApproved: PreApproval | null;
}

export interface ControlRow {
  standard: string;
  control: string;
  title: string;
  /** The IDs other documents (the seed's) give this control, shown beside the correct one. */
  seedIds: string[];
  evidence: number;
  findings: string[];
  /** Deployments in the period, and how many of them carry complete evidence for this control. */
  changes: number;
  complete: number;
  /** complete ÷ changes (0 to 1, three decimals); null when the period has no deployment. */
  score: number | null;
  /** What each incomplete deployment lacks, e.g. `seq 5 (production 2.0): approved by its author or deployer`. */
  gaps: string[];
}

export interface ComplianceReport {
  period: { kind: string; from: string; to: string; label: string };
  log: {
    id: string;
    valid: boolean;
    entries: number;
    failure: Verification['failure'] | null;
    gaps: Verification['gaps'];
    checkpoints: number;
    unanchored: number;
    /** The window archive + live log cover, when retention has archived records. */
    retention?: Verification['retention'];
  };
  recordsInPeriod: Record<string, number>;
  deployments: DeploymentRow[];
  emergencyChanges: { sequence: number; time: string; type: string; actor: string; reason: string }[];
  /** Deployments authorised in advance by the approval policy (low/medium risk): not findings, listed here. */
  standardChanges: ({
    sequence: number;
    time: string;
    environment: string;
    version: string;
    deployer: string;
  } & PreApproval)[];
  dora: {
    deployments: number;
    deploymentFrequencyPerDay: number | null;
    leadTimeForChangesHours: number | null;
    changeFailureRate: number | null;
    timeToRestoreHours: number | null;
  };
  controls: ControlRow[];
}

interface ApprovalRecord {
  time: string;
  environment: string;
  version: string;
  approvers: Approver[];
}

/**
 * A deployment made as an emergency change: so marked when signed, or (records written before audit-sign
 * read deploy.yml's override) a break-glass override in its details.
 */
const emergencyDeployment = (record: AuditRecord): boolean =>
  record.type === 'deployment' && (record.deployment?.emergency === true || isEmergency(record.details));

/**
 * When a deployment began, which an approval must precede: deploy.yml records when it created the GitHub
 * deployment, before anything was started or traffic moved (`deploy-started-at`); otherwise the record's
 * own time (written when the deployment ended, so an approval given meanwhile is not caught).
 */
function deploymentStart(record: AuditRecord): number {
  const started = Date.parse(str(record.details['deploy-started-at']));
  const recorded = Date.parse(record.time);
  return Number.isFinite(started) && started <= recorded ? started : recorded;
}

const same = (a: { id: string; login: string }, b: { id: string; login: string }) =>
  a.id && b.id ? a.id === b.id : a.login.toLowerCase() === b.login.toLowerCase();

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value: number | null, digits = 2) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Collects what a compliance report needs while the log streams past: the period's records and, from
 * all of history, when each commit first appeared and who wrote it (for lead time and segregation of
 * duties). Memory grows with the period's records and the number of commits, not with the log's bytes.
 */
export class ReportCollector {
  private readonly commitTime = new Map<string, string>();
  private readonly commitAuthor = new Map<string, Identity>();
  private readonly commitChecks = new Map<string, { name: string; conclusion: string }[]>();
  private readonly approvals: ApprovalRecord[] = [];
  private readonly deployments: AuditRecord[] = [];
  private readonly statuses = new Map<string, { outcome: string; time: string }>();
  private readonly emergencies: AuditRecord[] = [];
  private readonly emergencyReasons = new Map<number, string>();
  private readonly counts: Record<string, number> = {};
  private readonly controlEvidence = new Map<string, number>();

  constructor(private readonly period: Period) {}

  private inPeriod(time: string): boolean {
    const ms = Date.parse(time);
    return ms >= this.period.from && ms < this.period.to;
  }

  add = (record: AuditRecord): void => {
    const t = record.time;
    if (Date.parse(t) >= this.period.to) return;
    if ((record.type === 'push' || record.type === 'pull_request') && record.commit) {
      if (!this.commitTime.has(record.commit)) this.commitTime.set(record.commit, t);
      const pr = record.change?.pullRequest;
      if (pr) {
        this.commitAuthor.set(record.commit, pr.author);
        this.commitChecks.set(record.commit, pr.checks);
      } else if (!this.commitAuthor.has(record.commit)) this.commitAuthor.set(record.commit, record.actor);
    }
    if (record.type === 'approval') {
      const decision = str(record.details.decision).toLowerCase();
      if (decision === '' || decision === 'approved')
        this.approvals.push({
          time: t,
          environment: str(record.details.environment),
          version: str(record.details.version),
          approvers: approvalsOf(record.details, t),
        });
    }
    if (record.type === 'deployment_status' && record.deployment?.deploymentId)
      this.statuses.set(record.deployment.deploymentId, { outcome: record.deployment.outcome, time: t });
    if (!this.inPeriod(t)) return;
    this.counts[record.type] = (this.counts[record.type] ?? 0) + 1;
    for (const s of record.compliance.standards)
      for (const control of s.controls) {
        const key = `${s.standard} ${control}`;
        this.controlEvidence.set(key, (this.controlEvidence.get(key) ?? 0) + 1);
      }
    if (record.type === 'deployment') this.deployments.push(record);
    if (record.type === 'exception' || record.details.emergency === true || emergencyDeployment(record))
      this.emergencies.push(record);
    if (emergencyDeployment(record))
      this.emergencyReasons.set(record.sequence, emergencyReason(record.details));
  };

  /**
   * What a deployment lacks for a control, from the kinds of evidence the control rests on: an approval
   * before deploying by someone other than the author and the deployer; the commit, environment and
   * version; a known outcome; a reason for an emergency change; a log that verifies.
   */
  private gapsOf(d: DeploymentRow, covers: (e: Evidence) => boolean, logValid: boolean): string[] {
    const gaps: string[] = [];
    if (covers('approval')) {
      if (!d.approved) gaps.push('no approval recorded');
      else {
        if (!d.approvedBeforeDeployment) gaps.push('approval not recorded before deploying');
        if (!d.approverDiffersFromAuthor || !d.approverDiffersFromDeployer)
          gaps.push('approved by its author or deployer');
      }
    }
    if ((covers('deployment') || covers('change') || covers('infrastructure-change')) && !d.commit)
      gaps.push('no commit recorded');
    if (covers('deployment') && (!d.environment || !d.version)) gaps.push('environment or version missing');
    if (covers('deployment-outcome') && d.outcomeClass === 'pending') gaps.push('no outcome recorded');
    if (covers('emergency-change') && d.emergency && !this.emergencyReasons.get(d.sequence))
      gaps.push('emergency change without a reason');
    if (covers('logging') && !logValid) gaps.push('the audit log does not verify');
    return gaps;
  }

  private deploymentRow(record: AuditRecord): DeploymentRow {
    const d = record.deployment!;
    const deployedAt = deploymentStart(record);
    const status = d.deploymentId ? this.statuses.get(d.deploymentId) : undefined;
    const outcome = status && status.time >= record.time ? status.outcome : d.outcome;
    let approvals: Approver[] = d.approvals.map((a) => ({ ...a, time: a.time || '' }));
    if (approvals.length === 0) {
      const match = [...this.approvals]
        .reverse()
        .find(
          (a) =>
            a.time <= record.time &&
            a.environment === d.environment &&
            (a.version === '' || d.version === '' || a.version === d.version),
        );
      if (match) approvals = match.approvers;
    }
    const author = this.commitAuthor.get(record.commit) ?? {
      id: '',
      login: str(record.details.author),
    };
    const checks = d.checks.length > 0 ? d.checks : (this.commitChecks.get(record.commit) ?? []);
    const okConclusions = ['success', 'neutral', 'skipped', 'passed'];
    // Approved by policy, nobody asked: the rule authorised it before deploying, and no person approved
    // it, so neither the author nor the deployer approved their own change.
    const preApproved = approvals.length === 0 ? preApproval(record) : undefined;
    return {
      sequence: record.sequence,
      time: record.time,
      environment: d.environment,
      version: d.version,
      commit: record.commit,
      deployer: record.actor.login,
      author: author.login,
      outcome,
      outcomeClass: outcomeClass(outcome),
      approvals,
      approved: approvals.length > 0 || preApproved !== undefined,
      approvedBeforeDeployment:
        preApproved !== undefined ||
        (approvals.length > 0 && approvals.every((a) => a.time !== '' && Date.parse(a.time) <= deployedAt)),
      approverDiffersFromAuthor:
        preApproved !== undefined ||
        (approvals.length > 0 && (author.login === '' || approvals.every((a) => !same(a, author)))),
      approverDiffersFromDeployer:
        preApproved !== undefined || (approvals.length > 0 && approvals.every((a) => !same(a, record.actor))),
      checks:
        checks.length === 0
          ? 'unknown'
          : checks.every((c) => okConclusions.includes(c.conclusion.toLowerCase()))
            ? 'passed'
            : 'failed',
      emergency: emergencyDeployment(record),
      preApproved: preApproved ?? null,
    };
  }

  build(verification: Verification, standards: string[]): ComplianceReport {
    const deployments = this.deployments.map((r) => this.deploymentRow(r));
    const done = deployments.filter((d) => d.outcomeClass !== 'pending');
    const successes = deployments.filter((d) => d.outcomeClass === 'success');
    const failures = deployments.filter((d) => d.outcomeClass === 'failure');
    const days = (this.period.to - this.period.from) / 86_400_000;
    const leadTimes = successes
      .map((d) => {
        const committed = this.commitTime.get(d.commit);
        return committed ? (Date.parse(d.time) - Date.parse(committed)) / 3_600_000 : undefined;
      })
      .filter((h): h is number => h !== undefined && h >= 0);
    const restores = failures
      .map((f) => {
        const next = successes.find((s) => s.environment === f.environment && s.time > f.time);
        return next ? (Date.parse(next.time) - Date.parse(f.time)) / 3_600_000 : undefined;
      })
      .filter((h): h is number => h !== undefined);
    // A deployment that never ran (checks failed, approval denied or not given: deploy.yml records it as
    // `blocked`) changed nothing: it is listed, but no control expects an approval of it.
    const changes = deployments.filter((d) => !['blocked', 'skipped'].includes(d.outcome.toLowerCase()));
    const controls: ControlRow[] = [];
    for (const standard of standards) {
      const mapping = COMPLIANCE_STANDARDS[standard];
      for (const [control, title] of Object.entries(mapping.controls)) {
        const findings: string[] = [];
        const evidence = this.controlEvidence.get(`${standard} ${control}`) ?? 0;
        const covers = (e: keyof typeof mapping.evidence) => mapping.evidence[e].includes(control);
        if (covers('approval') || covers('deployment')) {
          const unapproved = changes.filter((d) => !d.approved || !d.approvedBeforeDeployment);
          if (unapproved.length > 0 && covers('deployment'))
            findings.push(`${unapproved.length} deployment(s) without an approval recorded before deploying`);
          const sod = changes.filter(
            (d) => d.approved && (!d.approverDiffersFromAuthor || !d.approverDiffersFromDeployer),
          );
          if (sod.length > 0 && covers('approval'))
            findings.push(`${sod.length} deployment(s) approved by their author or deployer`);
        }
        if (covers('emergency-change') && this.emergencies.length > 0)
          findings.push(`${this.emergencies.length} emergency change(s) to review`);
        if (covers('logging') && !verification.valid)
          findings.push(
            `audit log failed verification: ${verification.failure?.class} at ${verification.failure?.sequence}`,
          );
        const gaps: string[] = [];
        let complete = 0;
        for (const d of changes) {
          const lacks = this.gapsOf(d, covers, verification.valid);
          if (lacks.length === 0) complete++;
          else
            gaps.push(
              `seq ${d.sequence} (${[d.environment, d.version].filter(Boolean).join(' ')}): ${lacks.join('; ')}`,
            );
        }
        controls.push({
          standard,
          control,
          title,
          seedIds: (mapping.aliases?.[control] ?? []).map((a) => a.id),
          evidence,
          findings,
          changes: changes.length,
          complete,
          score: changes.length > 0 ? round(complete / changes.length, 3) : null,
          gaps,
        });
      }
    }
    return {
      period: {
        kind: this.period.kind,
        from: new Date(this.period.from).toISOString(),
        to: new Date(this.period.to).toISOString(),
        label: this.period.label,
      },
      log: {
        id: verification.logId,
        valid: verification.valid,
        entries: verification.verified,
        failure: verification.failure ?? null,
        gaps: verification.gaps,
        checkpoints: verification.checkpoints,
        unanchored: verification.unanchored,
        retention: verification.retention,
      },
      recordsInPeriod: this.counts,
      deployments,
      emergencyChanges: this.emergencies.map((r) => ({
        sequence: r.sequence,
        time: r.time,
        type: r.type,
        actor: r.actor.login,
        reason: emergencyReason(r.details),
      })),
      standardChanges: deployments.flatMap((d) =>
        d.preApproved
          ? [
              {
                sequence: d.sequence,
                time: d.time,
                environment: d.environment,
                version: d.version,
                deployer: d.deployer,
                ...d.preApproved,
              },
            ]
          : [],
      ),
      dora: {
        deployments: deployments.length,
        deploymentFrequencyPerDay: days > 0 ? round(successes.length / days, 3) : null,
        leadTimeForChangesHours: round(median(leadTimes)),
        changeFailureRate: done.length > 0 ? round(failures.length / done.length, 3) : null,
        timeToRestoreHours: round(median(restores)),
      },
      controls,
    };
  }
}
