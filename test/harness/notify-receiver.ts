// A loopback receiver for notifications that answers like the real ones: Slack's incoming webhook refuses a
// payload whose blocks break Block Kit's rules (HTTP 400 invalid_blocks), Teams refuses a card that is not an
// Adaptive Card; a generic webhook takes any JSON. Every message is kept with the problems found in it.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceiverChannel = 'slack' | 'teams' | 'webhook';

export interface ReceivedMessage {
  channel: ReceiverChannel;
  path: string;
  headers: http.IncomingHttpHeaders;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  problems: string[];
}

export interface NotifyReceiver {
  /** A webhook URL on the receiver; the path says the channel (`/slack/…`, `/teams/…`, `/hook/…`). */
  url(channel: ReceiverChannel, secret?: string): string;
  messages: ReceivedMessage[];
  /** Answer every request with this status from now on (e.g. 500), or undefined to answer normally. */
  fail(status?: number): void;
  /** Answer each request this long after it arrived (a slow receiver), or undefined to answer at once. */
  delay(ms?: number): void;
  stop(): Promise<void>;
}

const isText = (value: unknown, max: number) =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

/** Block Kit's rules for the blocks shipgate uses (https://api.slack.com/reference/block-kit/blocks). */
export function slackProblems(body: unknown): string[] {
  const problems: string[] = [];
  const message = body as { text?: unknown; blocks?: unknown };
  if (!isText(message?.text, 40_000)) problems.push('text (the notification fallback) is missing');
  if (!Array.isArray(message?.blocks) || message.blocks.length === 0 || message.blocks.length > 50)
    return [...problems, 'blocks is not an array of 1 to 50 blocks'];
  const textObject = (where: string, object: unknown, max: number, types = ['plain_text', 'mrkdwn']) => {
    const o = object as { type?: string; text?: unknown };
    if (!o || !types.includes(o.type ?? ''))
      problems.push(`${where}: type ${o?.type} is not ${types.join(' or ')}`);
    if (!isText(o?.text, max)) problems.push(`${where}: text is empty or longer than ${max}`);
    // mrkdwn control characters must be escaped (https://api.slack.com/reference/surfaces/formatting#escaping);
    // shipgate sends no links or mentions, so a raw < or > is an unescaped value.
    if (o?.type === 'mrkdwn' && typeof o.text === 'string' && /[<>]/.test(o.text))
      problems.push(`${where}: unescaped < or > in mrkdwn`);
  };
  message.blocks.forEach((block: Record<string, unknown>, i: number) => {
    const where = `blocks[${i}] (${String(block?.type)})`;
    switch (block?.type) {
      case 'header':
        textObject(where, block.text, 150, ['plain_text']);
        break;
      case 'section': {
        if (block.text === undefined && block.fields === undefined)
          problems.push(`${where}: neither text nor fields`);
        if (block.text !== undefined) textObject(`${where}.text`, block.text, 3000);
        if (block.fields !== undefined) {
          if (!Array.isArray(block.fields) || block.fields.length > 10)
            problems.push(`${where}: more than 10 fields`);
          else block.fields.forEach((f: unknown, j: number) => textObject(`${where}.fields[${j}]`, f, 2000));
        }
        break;
      }
      case 'context':
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 10)
          problems.push(`${where}: elements is not 1 to 10 items`);
        else
          block.elements.forEach((e: unknown, j: number) => textObject(`${where}.elements[${j}]`, e, 3000));
        break;
      case 'actions':
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 25)
          problems.push(`${where}: elements is not 1 to 25 items`);
        else
          block.elements.forEach((e: Record<string, unknown>, j: number) => {
            if (e.type !== 'button') problems.push(`${where}.elements[${j}]: not a button`);
            textObject(`${where}.elements[${j}].text`, e.text, 75, ['plain_text']);
            if (typeof e.url !== 'string' || e.url.length > 3000 || !/^https?:\/\//.test(e.url))
              problems.push(`${where}.elements[${j}]: url is not an http(s) URL of at most 3000 characters`);
          });
        break;
      case 'divider':
        break;
      default:
        problems.push(`${where}: unknown block type`);
    }
  });
  return problems;
}

/**
 * A Teams incoming-webhook / Workflows message carrying an Adaptive Card
 * (https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using).
 */
export function teamsProblems(body: unknown): string[] {
  const problems: string[] = [];
  const message = body as { type?: unknown; attachments?: unknown };
  if (message?.type !== 'message') problems.push("type is not 'message'");
  if (!Array.isArray(message?.attachments) || message.attachments.length !== 1)
    return [...problems, 'attachments is not one attachment'];
  const attachment = message.attachments[0] as { contentType?: unknown; content?: Record<string, unknown> };
  if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive')
    problems.push('contentType is not application/vnd.microsoft.card.adaptive');
  const card = attachment.content ?? {};
  if (card.type !== 'AdaptiveCard') problems.push("content.type is not 'AdaptiveCard'");
  if (typeof card.version !== 'string' || !/^1\.[0-5]$/.test(card.version))
    problems.push('content.version is not 1.0 to 1.5');
  if (!Array.isArray(card.body) || card.body.length === 0) return [...problems, 'content.body is empty'];
  card.body.forEach((element: Record<string, unknown>, i: number) => {
    if (element.type === 'TextBlock') {
      if (!isText(element.text, 10_000)) problems.push(`body[${i}]: TextBlock without text`);
    } else if (element.type === 'FactSet') {
      const facts = element.facts as { title?: unknown; value?: unknown }[] | undefined;
      if (
        !Array.isArray(facts) ||
        facts.some((f) => typeof f.title !== 'string' || typeof f.value !== 'string')
      )
        problems.push(`body[${i}]: FactSet facts are not title/value strings`);
    } else problems.push(`body[${i}]: unexpected element ${String(element.type)}`);
  });
  for (const [i, action] of ((card.actions as Record<string, unknown>[] | undefined) ?? []).entries())
    if (
      action.type !== 'Action.OpenUrl' ||
      !isText(action.title, 200) ||
      !/^https?:\/\//.test(String(action.url))
    )
      problems.push(`actions[${i}]: not an Action.OpenUrl with a title and an http(s) url`);
  return problems;
}

/** Starts the receiver on 127.0.0.1; `stop` closes it (a test stops it to model a receiver that is down). */
export async function startNotifyReceiver(): Promise<NotifyReceiver> {
  const messages: ReceivedMessage[] = [];
  let failStatus: number | undefined;
  let delayMs: number | undefined;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const channel: ReceiverChannel = path.startsWith('/slack/')
        ? 'slack'
        : path.startsWith('/teams/')
          ? 'teams'
          : 'webhook';
      let body: unknown;
      const problems: string[] = [];
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        problems.push('the body is not JSON');
      }
      if (req.method !== 'POST') problems.push(`method ${req.method} is not POST`);
      if (!/^application\/json/.test(req.headers['content-type'] ?? ''))
        problems.push('content-type is not JSON');
      if (body !== undefined && channel === 'slack') problems.push(...slackProblems(body));
      if (body !== undefined && channel === 'teams') problems.push(...teamsProblems(body));
      messages.push({ channel, path, headers: req.headers, body, problems });
      if (delayMs !== undefined) setTimeout(() => answer(res, channel, problems), delayMs).unref();
      else answer(res, channel, problems);
    });
  });
  const answer = (res: http.ServerResponse, channel: ReceiverChannel, problems: string[]) => {
    if (res.destroyed) return;
    if (failStatus !== undefined) {
      res.writeHead(failStatus, { 'content-type': 'text/plain' }).end('receiver failure');
      return;
    }
    if (problems.length > 0) {
      res
        .writeHead(400, { 'content-type': 'text/plain' })
        .end(channel === 'slack' ? 'invalid_blocks' : 'bad payload');
      return;
    }
    // Slack answers 200 "ok"; a Workflows webhook answers 202 Accepted.
    if (channel === 'teams') res.writeHead(202).end();
    else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let stopped = false;
  return {
    url: (channel, secret = 'T0SECRET/B0SECRET/xoxsecretpath0000') =>
      `http://127.0.0.1:${port}/${channel === 'webhook' ? 'hook' : channel}/${secret}`,
    messages,
    fail: (status) => {
      failStatus = status;
    },
    delay: (ms) => {
      delayMs = ms;
    },
    stop: () =>
      stopped
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            stopped = true;
            server.closeAllConnections();
            server.close(() => resolve());
          }),
  };
}

/**
 * Where a webhook URL must never appear: the log as the runner shows it (its `::add-mask::` lines are
 * the runner's instructions, not output), the job summary, and the files the action wrote. Returns
 * the places that leak.
 */
export function secretLeaks(
  result: { log: string; summary: string; secretsMasked: string[] },
  secrets: string[],
  files: string[] = [],
): string[] {
  const log = result.log
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const places: [string, string][] = [
    ['log', log],
    ['summary', result.summary],
    ...files.map((file): [string, string] => [file, readFileSync(file, 'utf8')]),
  ];
  const leaks: string[] = [];
  for (const secret of secrets) {
    if (!result.secretsMasked.includes(secret)) leaks.push(`${secret} was not masked`);
    for (const [where, text] of places)
      if (text.includes(secret)) leaks.push(`${secret} appears in ${where}`);
  }
  return leaks;
}
