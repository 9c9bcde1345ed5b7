import { formatDuration, type NotifyEvent } from '@shipgate/core';
import type { IncidentAction } from './incidents.js';

/** "SLA incident opened" / "closed"; an update of an open incident is not announced again. */
export function incidentEvent(action: IncidentAction, issueUrl: string): NotifyEvent | undefined {
  switch (action.kind) {
    case 'open':
      return {
        kind: 'incident-opened',
        title: `SLA incident: ${action.service} is down`,
        text: `Down since ${action.since} (${action.downSamples} consecutive down samples, each confirmed by retries). Latest failure: ${action.reason}`,
        tone: 'bad',
        service: action.service,
        outcome: 'down',
        facts: [{ name: 'Since', value: action.since }],
        links: { issue: issueUrl },
      };
    case 'close': {
      const duration =
        action.durationMs !== undefined ? formatDuration(action.durationMs) : 'an unknown time';
      return {
        kind: 'incident-closed',
        title: `SLA incident closed: ${action.service} recovered`,
        text: `Recovered at ${action.recoveredAt} after ${duration} down.`,
        tone: 'good',
        service: action.service,
        outcome: 'recovered',
        facts: [
          { name: 'Down for', value: duration },
          ...(action.since ? [{ name: 'Since', value: action.since }] : []),
        ],
        links: { issue: issueUrl },
      };
    }
    default:
      return undefined;
  }
}
