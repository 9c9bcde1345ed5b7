import type { GitHubClient } from '@shipgate/core';
import { openIssuesByService, worstSeverity, type Alert, type Severity } from '@shipgate/core/sla';

export const ALERT_LABEL = 'sla-burn-rate';

export interface OpenAlertIssue {
  number: number;
  service: string;
  severity: Severity;
}

export type AlertAction =
  | { kind: 'open'; service: string; severity: Severity; alerts: Alert[] }
  | {
      kind: 'update';
      service: string;
      issue: number;
      severity: Severity;
      alerts: Alert[];
      escalated: boolean;
      changed: boolean;
    }
  | { kind: 'resolve'; service: string; issue: number };

/** Opens an issue when a burn-rate alert fires, updates it while it fires, resolves it when the burn stops. */
export function decideAlertIssue(
  service: string,
  alerts: readonly Alert[],
  open?: OpenAlertIssue,
): AlertAction | undefined {
  const severity = worstSeverity(alerts);
  if (!severity) return open ? { kind: 'resolve', service, issue: open.number } : undefined;
  if (!open) return { kind: 'open', service, severity, alerts: [...alerts] };
  return {
    kind: 'update',
    service,
    issue: open.number,
    severity,
    alerts: [...alerts],
    escalated: severity === 'page' && open.severity === 'ticket',
    changed: severity !== open.severity,
  };
}

const MARKER = /<!-- shipgate:sla-burn-rate service=([A-Za-z0-9._-]+) severity=(page|ticket) -->/;

export function parseAlertIssue(issue: { number: number; body?: string | null }): OpenAlertIssue | undefined {
  const match = MARKER.exec(issue.body ?? '');
  return match ? { number: issue.number, service: match[1], severity: match[2] as Severity } : undefined;
}

function body(service: string, severity: Severity, alerts: readonly Alert[], reportUrl?: string): string {
  return [
    `<!-- shipgate:sla-burn-rate service=${service} severity=${severity} -->`,
    `**${service}** is burning its error budget fast (${severity === 'page' ? 'page: act now' : 'ticket: act within days'}).`,
    '',
    '| rule | long-window burn | short-window burn |',
    '| --- | --- | --- |',
    ...alerts.map((a) => `| ${a.severity}: ${a.rule} | ${a['long-burn']}× | ${a['short-burn']}× |`),
    '',
    'A burn rate of 1 spends exactly the error budget over the SLO window. This issue is resolved automatically when the burn stops.',
    ...(reportUrl ? ['', `Report run: ${reportUrl}`] : []),
  ].join('\n');
}

interface Repo {
  owner: string;
  repo: string;
}

export function openAlertIssues(client: GitHubClient, repo: Repo): Promise<Map<string, OpenAlertIssue>> {
  return openIssuesByService(client, repo, ALERT_LABEL, parseAlertIssue);
}

export async function applyAlertAction(
  client: GitHubClient,
  repo: Repo,
  action: AlertAction,
  runUrl?: string,
): Promise<{ line: string; issue: number }> {
  const issues = client.api.rest.issues;
  switch (action.kind) {
    case 'open': {
      const { data } = await issues.create({
        ...repo,
        title: `SLA burn-rate alert (${action.severity}): ${action.service}`,
        body: body(action.service, action.severity, action.alerts, runUrl),
        labels: [ALERT_LABEL],
      });
      return {
        line: `opened burn-rate alert #${data.number} (${action.severity}) for ${action.service}`,
        issue: data.number,
      };
    }
    case 'update':
      await issues.update({
        ...repo,
        issue_number: action.issue,
        title: `SLA burn-rate alert (${action.severity}): ${action.service}`,
        body: body(action.service, action.severity, action.alerts, runUrl),
      });
      if (action.changed)
        await issues.createComment({
          ...repo,
          issue_number: action.issue,
          body: `Severity is now **${action.severity}**: ${action.alerts.map((a) => `${a.rule} (${a['long-burn']}×)`).join('; ')}.`,
        });
      return {
        line: `updated burn-rate alert #${action.issue} (${action.severity}) for ${action.service}`,
        issue: action.issue,
      };
    case 'resolve':
      await issues.createComment({
        ...repo,
        issue_number: action.issue,
        body: `Resolved: ${action.service} no longer burns its error budget above any alert threshold.`,
      });
      await issues.update({
        ...repo,
        issue_number: action.issue,
        state: 'closed',
        state_reason: 'completed',
      });
      return { line: `resolved burn-rate alert #${action.issue} for ${action.service}`, issue: action.issue };
  }
}
