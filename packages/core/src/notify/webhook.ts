import { factsOf, type StampedEvent } from './event.js';

/** The generic webhook's JSON: versioned, flat, the same fields as the chat messages. */
export interface WebhookPayload {
  schema: 'shipgate.notification/v1';
  event: StampedEvent['kind'];
  title: string;
  text: string | null;
  tone: StampedEvent['tone'];
  repository: string;
  at: string;
  environment: string | null;
  version: string | null;
  service: string | null;
  outcome: string | null;
  who: string | null;
  facts: Record<string, string>;
  links: StampedEvent['links'];
}

export function webhookPayload(event: StampedEvent): WebhookPayload {
  return {
    schema: 'shipgate.notification/v1',
    event: event.kind,
    title: event.title,
    text: event.text ?? null,
    tone: event.tone,
    repository: event.repository,
    at: event.at,
    environment: event.environment ?? null,
    version: event.version ?? null,
    service: event.service ?? null,
    outcome: event.outcome ?? null,
    who: event.who ?? null,
    facts: Object.fromEntries(factsOf(event).map((f) => [f.name, f.value])),
    links: { ...event.links },
  };
}
