import { formatDuration, type GitHubClient } from '@shipgate/core';
import { openIssuesByService } from '@shipgate/core/sla';
import {
  INCIDENT_LABEL,
  incidentMarker,
  parseIncidentIssue,
  type IncidentAction,
  type OpenIncidentIssue,
} from './incidents.js';

interface Repo {
  owner: string;
  repo: string;
}

/** Open incident issues of this action, by service (every page, not only the first). */
export function openIncidents(client: GitHubClient, repo: Repo): Promise<Map<string, OpenIncidentIssue>> {
  return openIssuesByService(client, repo, INCIDENT_LABEL, parseIncidentIssue);
}

function body(
  action: { service: string; since: string; reason: string; downSamples: number },
  url?: string,
): string {
  return [
    incidentMarker(action.service, action.since),
    `**${action.service}** has been down since ${action.since} (${action.downSamples} consecutive down samples, each confirmed by retries).`,
    '',
    `Latest failure: ${action.reason}`,
    ...(url ? ['', `Probe run: ${url}`] : []),
    '',
    'This issue is closed automatically, with the measured duration, when the service answers again.',
  ].join('\n');
}

/** Carries out one decision; returns a line for the log and summary, and the incident issue's number. */
export async function applyIncident(
  client: GitHubClient,
  repo: Repo,
  action: IncidentAction,
  runUrl?: string,
): Promise<{ line: string; issue: number }> {
  const issues = client.api.rest.issues;
  switch (action.kind) {
    case 'open': {
      const { data } = await issues.create({
        ...repo,
        title: `SLA incident: ${action.service} is down`,
        body: body(action, runUrl),
        labels: [INCIDENT_LABEL],
      });
      return { line: `opened incident #${data.number} for ${action.service}`, issue: data.number };
    }
    case 'update':
      await issues.update({ ...repo, issue_number: action.issue, body: body(action, runUrl) });
      return { line: `updated incident #${action.issue} for ${action.service}`, issue: action.issue };
    case 'close': {
      const duration =
        action.durationMs !== undefined ? formatDuration(action.durationMs) : 'an unknown time';
      await issues.createComment({
        ...repo,
        issue_number: action.issue,
        body: `Recovered at ${action.recoveredAt}: ${action.service} was down for ${duration}${action.since ? ` (from ${action.since}, measured between probe samples)` : ''}.`,
      });
      await issues.update({
        ...repo,
        issue_number: action.issue,
        state: 'closed',
        state_reason: 'completed',
      });
      return {
        line: `closed incident #${action.issue} for ${action.service} after ${duration}`,
        issue: action.issue,
      };
    }
  }
}
