import * as core from '@actions/core';
import { systemClock, type Clock } from '../clock.js';
import { errorMessage, InputError } from '../errors.js';
import { probe, type ProbeRequest, type ProbeResult } from '../http-probe.js';
import type { Inputs } from '../inputs.js';
import { markdownTable } from '../report.js';
import type { NotifyEvent, StampedEvent } from './event.js';
import { slackMessage } from './slack.js';
import { teamsMessage } from './teams.js';
import { webhookPayload } from './webhook.js';

export type Channel = 'slack' | 'teams' | 'webhook';

const CHANNEL_INPUTS: Record<Channel, string> = {
  slack: 'notify-slack-webhook',
  teams: 'notify-teams-webhook',
  webhook: 'notify-webhook',
};
const CHANNEL_NAMES: Record<Channel, string> = { slack: 'Slack', teams: 'Teams', webhook: 'webhook' };

/** Every input readNotifyTargets reads; an action that calls it declares them all in its action.yml. */
export const NOTIFY_INPUTS = [
  'notify-slack-webhook',
  'notify-teams-webhook',
  'notify-webhook',
  'notify-dashboard-url',
  'notify-timeout',
] as const;

export interface NotifyTargets {
  urls: Partial<Record<Channel, URL>>;
  /** Shown as the "Dashboard" link (not a secret). */
  dashboardUrl?: string;
  /** Per attempt. */
  timeoutMs: number;
}

/**
 * Reads the notification inputs (every action that notifies declares the same five). The webhook URLs
 * are secrets (whoever has one can post to the channel), so each is masked before anything else and a
 * bad one is refused without echoing it.
 */
export function readNotifyTargets(inputs: Inputs): NotifyTargets {
  const urls: Partial<Record<Channel, URL>> = {};
  for (const channel of Object.keys(CHANNEL_INPUTS) as Channel[]) {
    const name = CHANNEL_INPUTS[channel];
    const text = inputs.raw(name);
    if (text === '') continue;
    for (const secret of secretParts(text)) core.setSecret(secret);
    urls[channel] = secretUrl(name, text);
  }
  const dashboard = inputs.optionalUrl('notify-dashboard-url');
  const timeoutMs = inputs.duration('notify-timeout', { default: '10s', minMs: 100, maxMs: 60_000 });
  return { urls, dashboardUrl: dashboard?.toString(), timeoutMs };
}

function secretUrl(name: string, text: string): URL {
  const expected = 'an absolute https (or http) webhook URL such as https://hooks.slack.com/services/…';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(name, 'is not a URL (the value is a secret and is not shown)', expected);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(name, `uses ${url.protocol} (the value is a secret and is not shown)`, expected);
  if (url.username || url.password)
    throw new InputError(name, 'carries credentials before the host', `${expected}, without user:password@`);
  return url;
}

/** The whole URL, and its path and query (the secret part of a Slack or Teams webhook): all masked. */
function secretParts(text: string): string[] {
  const secrets = [text];
  try {
    const url = new URL(text);
    if (url.href !== text) secrets.push(url.href);
    const tail = `${url.pathname}${url.search}`;
    // A short path ("/", "/hook") is no secret and masking it would garble every log line.
    if (tail.length >= 12) secrets.push(tail);
  } catch {
    // not a URL: the whole text is masked
  }
  return secrets;
}

export interface Delivery {
  event: NotifyEvent['kind'];
  channel: Channel;
  ok: boolean;
  attempts: number;
  status?: number;
  /** Why it failed, without the URL. */
  problem?: string;
}

export interface NotifierOptions {
  repository: string;
  runUrl?: string;
  clock?: Clock;
  /** Stops retries (not the first attempt) when the run is cancelled. */
  signal?: AbortSignal;
  log?: (message: string) => void;
  warn?: (message: string) => void;
  /** Attempts after the first, on no answer, a timeout, 429 or 5xx. */
  retries?: number;
  backoffMs?: number;
  send?: (request: ProbeRequest) => Promise<ProbeResult>;
}

/**
 * Sends notifications to the configured channels. A notification never fails or blocks what it reports
 * on: `notify` starts the deliveries and returns at once (it never throws); `settle` waits for them
 * (each bounded: timeout × attempts plus backoff) and the result goes in the summary and the report.
 */
export class Notifier {
  private readonly pending: Promise<Delivery>[] = [];
  /** What each pending delivery is (event and channel), for one that does not settle in time. */
  private readonly pendingWhat: { event: NotifyEvent['kind']; channel: Channel }[] = [];
  private readonly secrets: string[] = [];
  private readonly clock: Clock;

  constructor(
    private readonly targets: NotifyTargets,
    private readonly options: NotifierOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    for (const url of Object.values(targets.urls)) if (url) this.secrets.push(...secretParts(url.href));
  }

  get enabled(): boolean {
    return Object.keys(this.targets.urls).length > 0;
  }

  notify(event: NotifyEvent): void {
    if (!this.enabled) return;
    const stamped: StampedEvent = {
      ...event,
      links: {
        run: this.options.runUrl || undefined,
        dashboard: this.targets.dashboardUrl,
        ...event.links,
      },
      repository: this.options.repository,
      at: new Date(this.clock.now()).toISOString(),
    };
    for (const [channel, url] of Object.entries(this.targets.urls) as [Channel, URL][]) {
      this.pendingWhat.push({ event: event.kind, channel });
      this.pending.push(
        this.deliver(channel, url, stamped).catch((error: unknown) => ({
          event: event.kind,
          channel,
          ok: false,
          attempts: 1,
          problem: this.redact(errorMessage(error)),
        })),
      );
    }
  }

  /**
   * Waits for every delivery started so far; each is already bounded in time (timeout × attempts plus
   * backoff). With `withinMs` (on the notifier's clock) it waits at most that long, for a step ending on
   * an error: a delivery still running then is reported as not finished (it may still arrive).
   */
  async settle(withinMs?: number): Promise<Delivery[]> {
    if (withinMs === undefined) return Promise.all(this.pending);
    const stop = new AbortController();
    const late = this.clock.sleep(withinMs, stop.signal).then(
      () => undefined,
      () => undefined,
    );
    try {
      const settled = await Promise.all(this.pending.map((delivery) => Promise.race([delivery, late])));
      return settled.map(
        (delivery, i) =>
          delivery ?? {
            ...this.pendingWhat[i],
            ok: false,
            attempts: 0,
            problem: `not finished within ${withinMs / 1000}s`,
          },
      );
    } finally {
      stop.abort();
    }
  }

  private async deliver(channel: Channel, url: URL, event: StampedEvent): Promise<Delivery> {
    const body = JSON.stringify(
      channel === 'slack'
        ? slackMessage(event)
        : channel === 'teams'
          ? teamsMessage(event)
          : webhookPayload(event),
    );
    const send = this.options.send ?? probe;
    const retries = this.options.retries ?? 2;
    const backoffMs = this.options.backoffMs ?? 1000;
    let last: Delivery = { event: event.kind, channel, ok: false, attempts: 0 };
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      const result = await send({
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'shipgate-notify' },
        body,
        timeoutMs: this.targets.timeoutMs,
        maxBodyBytes: 4096,
      });
      let retryAfterMs: number | undefined;
      if (result.ok && result.status >= 200 && result.status < 300) {
        last = { event: event.kind, channel, ok: true, attempts: attempt, status: result.status };
        break;
      }
      if (result.ok) {
        last = {
          event: event.kind,
          channel,
          ok: false,
          attempts: attempt,
          status: result.status,
          problem: this.redact(
            `HTTP ${result.status}${result.body ? `: ${result.body.trim().slice(0, 120)}` : ''}`,
          ),
        };
        // A 4xx other than 429 is a refusal of this payload or URL: sending it again cannot help.
        if (result.status !== 429 && result.status < 500) break;
        const seconds = Number(result.headers['retry-after']);
        if (Number.isFinite(seconds) && seconds >= 0) retryAfterMs = seconds * 1000;
      } else
        last = {
          event: event.kind,
          channel,
          ok: false,
          attempts: attempt,
          problem: this.redact(result.error),
        };
      if (attempt > retries || this.options.signal?.aborted) break;
      try {
        // Retry-After is honoured up to the backoff cap, so a long one cannot hold the job.
        await this.clock.sleep(
          Math.min(retryAfterMs ?? backoffMs * attempt, backoffMs * 5),
          this.options.signal,
        );
      } catch {
        break; // cancelled: no more attempts
      }
    }
    const line = `notification ${event.kind} to ${CHANNEL_NAMES[channel]}: ${
      last.ok ? `sent (HTTP ${last.status})` : `failed after ${last.attempts} attempt(s): ${last.problem}`
    }`;
    if (last.ok) (this.options.log ?? core.info)(line);
    else (this.options.warn ?? core.warning)(line);
    return last;
  }

  private redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }
}

/**
 * The job summary's section on notifications ('' when none were configured or sent). It starts with a
 * blank line, so it can be appended to any summary (a table before it stays a table).
 */
export function notificationsMarkdown(deliveries: readonly Delivery[]): string {
  if (deliveries.length === 0) return '';
  const failed = deliveries.filter((d) => !d.ok).length;
  return [
    '',
    '',
    `### Notifications: ${failed === 0 ? 'all sent' : `${failed} of ${deliveries.length} failed (notifications never change the result of the step)`}`,
    '',
    markdownTable(
      ['event', 'channel', 'result', 'attempts', 'detail'],
      deliveries.map((d) => [
        d.event,
        CHANNEL_NAMES[d.channel],
        d.ok ? 'sent' : 'failed',
        d.attempts,
        d.ok ? `HTTP ${d.status}` : d.problem,
      ]),
    ),
    '',
  ].join('\n');
}
