import { isEmergency, jsonObject as obj, trimmedText as text, type AuditRecord } from '@shipgate/core/audit';

/**
 * Pre-approved standard changes. The approval gate approves low and medium risk deployments by policy
 * (its `auto-approve-risk-tiers`, default `low,medium`): decision `auto-approved`, no approvers, and
 * the reason "risk tier <tier> is approved automatically (auto-approve-risk-tiers)". That is a standard
 * change in ITIL terms: authorised in advance by the rule, not by a person at deploy time. The report
 * lists such deployments as pre-approved rather than as lacking an approval.
 *
 * Fail closed: only the gate's own decision counts, only for the tiers the gate's default policy
 * auto-approves (low, medium), and never for an emergency change (an emergency skip of approval is
 * also `auto-approved`, and stays an emergency change to review).
 */
export const PRE_APPROVED_TIERS = ['low', 'medium'];

/** The gate's rule, as deploy.yml configures it (the gate's default). */
export const DEFAULT_RULE = 'auto-approve-risk-tiers: low, medium (approval gate default)';

export interface PreApproval {
  riskTier: string;
  /** The policy rule that authorised the change. */
  rule: string;
  /** The workflow that applied the rule (the record's workflow ref). */
  workflow: string;
  /** When the gate decided, when recorded. */
  decidedAt: string;
  reason: string;
}

/** The pre-approval of a deployment record, or undefined when it is not a pre-approved standard change. */
export function preApproval(record: AuditRecord): PreApproval | undefined {
  if (record.type !== 'deployment') return undefined;
  const details = record.details;
  // deploy.yml passes the gate job whole (`approval`: toJSON(needs.approval)); a caller may pass the
  // gate's outputs flat (`approval-decision`, `approval-reason`).
  const gate = obj(obj(details.approval).outputs);
  const decision = (text(details['approval-decision']) || text(gate.decision)).toLowerCase();
  if (decision !== 'auto-approved') return undefined;
  if (record.deployment?.emergency === true || isEmergency(details)) return undefined;
  const reason = text(details['approval-reason']) || text(gate.reason);
  const tier = (
    text(details['risk-tier']) ||
    text(gate['risk-tier']) ||
    (/risk tier (\w+) is approved automatically/.exec(reason)?.[1] ?? '')
  ).toLowerCase();
  if (!PRE_APPROVED_TIERS.includes(tier)) return undefined;
  return {
    riskTier: tier,
    rule: text(details['approval-rule']) || DEFAULT_RULE,
    workflow: record.run.workflowRef,
    decidedAt: text(details['decided-at']) || text(gate['decided-at']),
    reason: reason || `risk tier ${tier} is approved automatically (auto-approve-risk-tiers)`,
  };
}
