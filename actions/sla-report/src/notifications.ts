import type { NotifyEvent } from '@shipgate/core';
import type { AlertAction } from './alert-issues.js';

/** "Budget alert": a burn-rate alert opened, its severity changed, or resolved (a steady alert is not repeated). */
export function budgetAlertEvent(action: AlertAction, issueUrl: string): NotifyEvent | undefined {
  if (action.kind === 'update' && !action.changed) return undefined;
  if (action.kind === 'resolve')
    return {
      kind: 'budget-alert',
      title: `Error budget alert resolved: ${action.service}`,
      text: `${action.service} no longer burns its error budget above any alert threshold.`,
      tone: 'good',
      service: action.service,
      outcome: 'resolved',
      links: { issue: issueUrl },
    };
  const rules = action.alerts.map(
    (a) => `${a.severity}: ${a.rule} (${a['long-burn']}× long, ${a['short-burn']}× short)`,
  );
  return {
    kind: 'budget-alert',
    title: `Error budget alert (${action.severity}): ${action.service}`,
    text: `${action.service} is burning its error budget fast (${action.severity === 'page' ? 'page: act now' : 'ticket: act within days'}). ${rules.join('; ')}. A burn rate of 1 spends exactly the budget over the SLO window.`,
    tone: action.severity === 'page' ? 'bad' : 'warning',
    service: action.service,
    outcome: action.kind === 'open' ? `${action.severity} alert opened` : `now ${action.severity}`,
    facts: [{ name: 'Severity', value: action.severity }],
    links: { issue: issueUrl },
  };
}
