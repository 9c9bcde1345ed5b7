/** What happened, in words every channel can render. The builders in slack.ts, teams.ts and webhook.ts turn it into a payload. */
export const NOTIFY_EVENTS = [
  'approval-requested',
  'approval-decided',
  'canary-stage',
  'canary-rolled-back',
  'deployment-finished',
  'incident-opened',
  'incident-closed',
  'budget-alert',
] as const;
export type NotifyEventKind = (typeof NOTIFY_EVENTS)[number];

/** How the event reads at a glance: colour in Teams, an emoji in Slack. */
export type Tone = 'good' | 'warning' | 'bad' | 'info';

export interface NotifyLinks {
  issue?: string;
  run?: string;
  dashboard?: string;
}

export interface NotifyEvent {
  kind: NotifyEventKind;
  /** One line, e.g. "Approval requested: production 1.4.2". */
  title: string;
  /** A sentence or two: the reason, the measured values. */
  text?: string;
  tone: Tone;
  environment?: string;
  version?: string;
  /** The decision or the outcome (approved, promoted, rolled-back, down …). */
  outcome?: string;
  /** Who: the requester, the approvers, the deciders. */
  who?: string;
  service?: string;
  /** Further facts shown as name/value pairs (stage, weight, severity …). */
  facts?: { name: string; value: string }[];
  links: NotifyLinks;
}

/** The event with what every notification carries: the repository and the time. */
export interface StampedEvent extends NotifyEvent {
  repository: string;
  at: string;
}

/** The facts every channel shows, in order, without empty ones. */
export function factsOf(event: NotifyEvent): { name: string; value: string }[] {
  const facts: { name: string; value: string | undefined }[] = [
    { name: 'Environment', value: event.environment },
    { name: 'Version', value: event.version },
    { name: 'Service', value: event.service },
    { name: event.kind.startsWith('approval') ? 'Decision' : 'Outcome', value: event.outcome },
    { name: 'Who', value: event.who },
    ...(event.facts ?? []),
  ];
  return facts.filter((f): f is { name: string; value: string } => !!f.value);
}

/** The links every channel shows, as labelled buttons, in order. */
export function linksOf(event: NotifyEvent): { label: string; url: string }[] {
  const links: { label: string; url: string | undefined }[] = [
    { label: 'Issue', url: event.links.issue },
    { label: 'Run', url: event.links.run },
    { label: 'Dashboard', url: event.links.dashboard },
  ];
  return links.filter((l): l is { label: string; url: string } => !!l.url && /^https?:\/\//.test(l.url));
}

/** Cuts text to a channel's limit, saying it was cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
