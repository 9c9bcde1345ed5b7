import { factsOf, linksOf, type StampedEvent, type Tone } from './event.js';

// A Teams incoming webhook (and a Workflows "post to a channel when a webhook request is received" flow)
// takes a message whose attachment is an Adaptive Card:
// https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using#send-adaptive-cards-using-an-incoming-webhook
// Card elements: https://adaptivecards.io/explorer/ (TextBlock, FactSet, Action.OpenUrl; schema 1.4).

const COLOR: Record<Tone, string> = { good: 'Good', warning: 'Warning', bad: 'Attention', info: 'Default' };

export interface TeamsMessage {
  type: 'message';
  attachments: {
    contentType: 'application/vnd.microsoft.card.adaptive';
    contentUrl: null;
    content: Record<string, unknown>;
  }[];
}

/** An Adaptive Card: a coloured title, the text, a fact set, and one Action.OpenUrl per link. */
export function teamsMessage(event: StampedEvent): TeamsMessage {
  const facts = factsOf(event);
  const body: Record<string, unknown>[] = [
    {
      type: 'TextBlock',
      text: event.title,
      weight: 'Bolder',
      size: 'Medium',
      color: COLOR[event.tone],
      wrap: true,
    },
  ];
  if (event.text) body.push({ type: 'TextBlock', text: event.text, wrap: true });
  if (facts.length > 0)
    body.push({ type: 'FactSet', facts: facts.map((f) => ({ title: f.name, value: f.value })) });
  body.push({
    type: 'TextBlock',
    text: `${event.repository} · ${event.at} · shipgate`,
    isSubtle: true,
    size: 'Small',
    wrap: true,
  });
  const content: Record<string, unknown> = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body,
  };
  const links = linksOf(event);
  if (links.length > 0)
    content.actions = links.map((l) => ({ type: 'Action.OpenUrl', title: l.label, url: l.url }));
  return {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content }],
  };
}
