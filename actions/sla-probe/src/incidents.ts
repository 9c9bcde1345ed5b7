import type { Sample } from '@shipgate/core/sla';

export const INCIDENT_LABEL = 'sla-incident';

export interface OpenIncidentIssue {
  number: number;
  service: string;
  /** When the down run started (from the issue's marker). */
  since?: string;
}

export type IncidentAction =
  | { kind: 'open'; service: string; since: string; reason: string; downSamples: number }
  | { kind: 'update'; service: string; issue: number; reason: string; downSamples: number; since: string }
  | {
      kind: 'close';
      service: string;
      issue: number;
      since?: string;
      recoveredAt: string;
      durationMs?: number;
    };

/** The consecutive down samples at the end of a service's history, and when that run began. */
export function trailingDownRun(samples: readonly Sample[]): { count: number; since?: string } {
  let count = 0;
  for (let i = samples.length - 1; i >= 0 && samples[i].status === 'down'; i--) count++;
  return { count, since: count > 0 ? samples[samples.length - count].t : undefined };
}

/**
 * What to do with a service's incident issue after a sample: open after `incidentAfter` consecutive
 * down samples, update while down, close on the first sample that is not down.
 */
export function decideIncident(input: {
  service: string;
  sample: Sample;
  run: { count: number; since?: string };
  open?: OpenIncidentIssue;
  incidentAfter: number;
}): IncidentAction | undefined {
  const { service, sample, run, open } = input;
  if (sample.status === 'down') {
    if (open)
      return {
        kind: 'update',
        service,
        issue: open.number,
        reason: sample.reason ?? 'down',
        downSamples: run.count,
        since: open.since ?? run.since ?? sample.t,
      };
    if (run.count >= input.incidentAfter)
      return {
        kind: 'open',
        service,
        since: run.since ?? sample.t,
        reason: sample.reason ?? 'down',
        downSamples: run.count,
      };
    return undefined;
  }
  if (!open) return undefined;
  const since = open.since;
  return {
    kind: 'close',
    service,
    issue: open.number,
    ...(since ? { since, durationMs: Date.parse(sample.t) - Date.parse(since) } : {}),
    recoveredAt: sample.t,
  };
}

const MARKER = /<!-- shipgate:sla-incident service=([A-Za-z0-9._-]+)(?: since=(\S+))? -->/;

export function incidentMarker(service: string, since: string): string {
  return `<!-- shipgate:sla-incident service=${service} since=${since} -->`;
}

export function parseIncidentIssue(issue: {
  number: number;
  body?: string | null;
}): OpenIncidentIssue | undefined {
  const match = MARKER.exec(issue.body ?? '');
  if (!match) return undefined;
  return { number: issue.number, service: match[1], ...(match[2] ? { since: match[2] } : {}) };
}
