import { clip, factsOf, linksOf, type StampedEvent, type Tone } from './event.js';

// Block Kit: https://api.slack.com/reference/block-kit/blocks (header text ≤ 150 characters, section
// text ≤ 3000, at most 10 fields of ≤ 2000 each, context ≤ 10 elements, button text ≤ 75, url ≤ 3000).
// Incoming webhooks take `text` (the notification fallback) and `blocks`:
// https://api.slack.com/messaging/webhooks

const EMOJI: Record<Tone, string> = {
  good: ':white_check_mark:',
  warning: ':warning:',
  bad: ':x:',
  info: ':information_source:',
};

/**
 * `&`, `<` and `>` are control characters in mrkdwn and must be escaped, so a value cannot become a link
 * or a mention (https://api.slack.com/reference/surfaces/formatting#escaping).
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SlackMessage {
  text: string;
  blocks: Record<string, unknown>[];
}

/** A Block Kit message for an incoming webhook: header, text, fields, context, link buttons. */
export function slackMessage(event: StampedEvent): SlackMessage {
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(event.title, 150), emoji: true } },
  ];
  const facts = factsOf(event).slice(0, 10);
  blocks.push({
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: clip(`${EMOJI[event.tone]} ${escapeMrkdwn(event.text ?? event.title)}`, 3000),
    },
    ...(facts.length > 0
      ? {
          fields: facts.map((f) => ({
            type: 'mrkdwn',
            text: clip(`*${escapeMrkdwn(f.name)}*\n${escapeMrkdwn(f.value)}`, 2000),
          })),
        }
      : {}),
  });
  blocks.push({
    type: 'context',
    elements: [
      { type: 'mrkdwn', text: clip(`${escapeMrkdwn(event.repository)} · ${event.at} · shipgate`, 3000) },
    ],
  });
  const links = linksOf(event).filter((l) => l.url.length <= 3000);
  if (links.length > 0)
    blocks.push({
      type: 'actions',
      elements: links.map((l) => ({
        type: 'button',
        text: { type: 'plain_text', text: clip(l.label, 75) },
        url: l.url,
        action_id: `shipgate-${l.label.toLowerCase()}`,
      })),
    });
  // The fallback is what notifications and screen readers show; plain text, escaped like mrkdwn.
  return { text: clip(escapeMrkdwn(event.title), 3000), blocks };
}
