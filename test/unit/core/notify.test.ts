import { describe, expect, it } from '@jest/globals';
import {
  Inputs,
  Notifier,
  notificationsMarkdown,
  readNotifyTargets,
  slackMessage,
  teamsMessage,
  webhookPayload,
  type ProbeRequest,
  type ProbeResult,
  type StampedEvent,
} from '../../../packages/core/src/index.js';
import { slackProblems, startNotifyReceiver, teamsProblems } from '../../harness/notify-receiver.js';

const event: StampedEvent = {
  kind: 'approval-decided',
  title: 'Approval approved: production 1.4.2',
  text: '2 of 2 approvals <!channel> & more',
  tone: 'good',
  environment: 'production',
  version: '1.4.2',
  outcome: 'approved',
  who: 'alice, bob',
  links: {
    issue: 'https://github.com/octo-org/service/issues/7',
    run: 'https://github.com/octo-org/service/actions/runs/1',
    dashboard: 'https://dash.example.com/',
  },
  repository: 'octo-org/service',
  at: '2026-12-02T06:00:00.000Z',
};

const inputs = (values: Record<string, string>) =>
  new Inputs(Object.fromEntries(Object.entries(values).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])));

describe('Slack message', () => {
  it('is Block Kit: a header, a mrkdwn section with fields, a context, link buttons', () => {
    const message = slackMessage(event);
    expect(slackProblems(message)).toEqual([]);
    expect(message.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context', 'actions']);
    const section = message.blocks[1] as { text: { type: string; text: string }; fields: { text: string }[] };
    expect(section.text.type).toBe('mrkdwn');
    expect(section.fields.map((f) => f.text)).toEqual([
      '*Environment*\nproduction',
      '*Version*\n1.4.2',
      '*Decision*\napproved',
      '*Who*\nalice, bob',
    ]);
    const buttons = (message.blocks[3] as { elements: { url: string; text: { text: string } }[] }).elements;
    expect(buttons.map((b) => [b.text.text, b.url])).toEqual([
      ['Issue', event.links.issue],
      ['Run', event.links.run],
      ['Dashboard', event.links.dashboard],
    ]);
  });

  it('escapes mrkdwn control characters, so a value cannot mention @channel or make a link', () => {
    const section = slackMessage(event).blocks[1] as { text: { text: string } };
    expect(section.text.text).toContain('&lt;!channel&gt; &amp; more');
  });

  it('keeps within Block Kit limits when values are long', () => {
    const long = slackMessage({
      ...event,
      title: 'x'.repeat(400),
      text: 'y'.repeat(5000),
      who: 'z'.repeat(3000),
    });
    expect(slackProblems(long)).toEqual([]);
    expect((long.blocks[0] as { text: { text: string } }).text.text.length).toBe(150);
  });

  it('leaves out links that are not http(s) and empty facts', () => {
    const message = slackMessage({ ...event, links: { issue: 'javascript:alert(1)' }, who: undefined });
    expect(message.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context']);
    expect(JSON.stringify(message)).not.toContain('Who');
  });
});

describe('Teams message', () => {
  it('is a message with one Adaptive Card: title, text, facts, Action.OpenUrl per link', () => {
    const message = teamsMessage(event);
    expect(teamsProblems(message)).toEqual([]);
    const card = message.attachments[0].content as {
      body: { type: string; facts?: { title: string; value: string }[] }[];
      actions: { url: string }[];
    };
    expect(card.body.map((b) => b.type)).toEqual(['TextBlock', 'TextBlock', 'FactSet', 'TextBlock']);
    expect(card.body[2].facts).toContainEqual({ title: 'Environment', value: 'production' });
    expect(card.actions.map((a) => a.url)).toEqual([
      event.links.issue,
      event.links.run,
      event.links.dashboard,
    ]);
  });
});

describe('generic webhook payload', () => {
  it('is versioned and flat', () => {
    expect(webhookPayload(event)).toMatchObject({
      schema: 'shipgate.notification/v1',
      event: 'approval-decided',
      environment: 'production',
      version: '1.4.2',
      outcome: 'approved',
      facts: { Environment: 'production', Decision: 'approved' },
      links: event.links,
    });
  });
});

describe('notification inputs', () => {
  it('accepts http and https URLs and none at all', () => {
    expect(readNotifyTargets(inputs({})).urls).toEqual({});
    const targets = readNotifyTargets(
      inputs({
        'notify-slack-webhook': 'https://hooks.slack.com/services/T/B/x',
        'notify-webhook': 'http://127.0.0.1:9/h',
      }),
    );
    expect(Object.keys(targets.urls)).toEqual(['slack', 'webhook']);
    expect(targets.timeoutMs).toBe(10_000);
  });

  it.each([
    ['notify-slack-webhook', 'hooks.slack.com/services/T/B/secretpart'],
    ['notify-teams-webhook', 'ftp://example.com/secretpart'],
    ['notify-webhook', 'https://user:secretpart@example.com/'],
  ])('refuses %s = %s, naming the input and not echoing the secret', (name, value) => {
    let message = '';
    try {
      readNotifyTargets(inputs({ [name]: value }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`^input '${name}': .*; expected an absolute https`));
    expect(message).not.toContain('secretpart');
  });

  it('refuses a bad notify-timeout and notify-dashboard-url', () => {
    expect(() => readNotifyTargets(inputs({ 'notify-timeout': 'soon' }))).toThrow(/input 'notify-timeout'/);
    expect(() => readNotifyTargets(inputs({ 'notify-dashboard-url': 'dash' }))).toThrow(
      /input 'notify-dashboard-url'/,
    );
  });
});

describe('Notifier', () => {
  const clock = { now: () => Date.parse(event.at), sleep: async () => undefined, scale: 1 };
  const quiet = { log: () => undefined, warn: () => undefined };

  it('sends one message per channel, with the run and dashboard links added', async () => {
    const receiver = await startNotifyReceiver();
    try {
      const notifier = new Notifier(
        {
          urls: {
            slack: new URL(receiver.url('slack')),
            teams: new URL(receiver.url('teams')),
            webhook: new URL(receiver.url('webhook')),
          },
          dashboardUrl: 'https://dash.example.com/',
          timeoutMs: 2000,
        },
        {
          repository: 'octo-org/service',
          runUrl: 'https://github.com/octo-org/service/actions/runs/9',
          clock,
          ...quiet,
        },
      );
      const { links, ...rest } = event;
      notifier.notify({ ...rest, links: { issue: links.issue } });
      const deliveries = await notifier.settle();
      expect(deliveries.map((d) => [d.channel, d.ok, d.status])).toEqual([
        ['slack', true, 200],
        ['teams', true, 202],
        ['webhook', true, 200],
      ]);
      expect(receiver.messages.flatMap((m) => m.problems)).toEqual([]);
      const hook = receiver.messages.find((m) => m.channel === 'webhook')!.body;
      expect(hook.links).toEqual({
        issue: links.issue,
        run: 'https://github.com/octo-org/service/actions/runs/9',
        dashboard: 'https://dash.example.com/',
      });
    } finally {
      await receiver.stop();
    }
  });

  const failing = (results: ProbeResult[]) => {
    const requests: ProbeRequest[] = [];
    return {
      requests,
      send: async (request: ProbeRequest) => {
        requests.push(request);
        return results[Math.min(requests.length - 1, results.length - 1)];
      },
    };
  };
  const answer = (status: number, body = ''): ProbeResult => ({
    ok: true,
    status,
    headers: {},
    body,
    bodyTruncated: false,
    latencyMs: 1,
    timeToHeadersMs: 1,
    url: '',
    redirects: [],
  });
  const secretUrl = 'https://hooks.slack.com/services/T000/B000/verysecretvalue';

  it('retries a 5xx and no answer a few times, then reports the failure without the URL', async () => {
    const fake = failing([
      { ok: false, kind: 'connect', error: 'cannot connect', latencyMs: 1, url: '', redirects: [] },
      answer(503, `upstream ${secretUrl} down`),
    ]);
    const notifier = new Notifier(
      { urls: { slack: new URL(secretUrl) }, timeoutMs: 1000 },
      { repository: 'o/r', clock, send: fake.send, retries: 2, ...quiet },
    );
    notifier.notify(event);
    const [delivery] = await notifier.settle();
    expect(fake.requests).toHaveLength(3);
    expect(delivery).toMatchObject({ ok: false, attempts: 3, status: 503 });
    expect(delivery.problem).toContain('HTTP 503');
    expect(delivery.problem).not.toContain('verysecretvalue');
    const summary = notificationsMarkdown([delivery]);
    expect(summary).toContain('1 of 1 failed (notifications never change the result of the step)');
    expect(summary).not.toContain('verysecretvalue');
  });

  it('does not retry a 4xx refusal (other than 429)', async () => {
    const fake = failing([answer(404, 'no_service')]);
    const notifier = new Notifier(
      { urls: { slack: new URL(secretUrl) }, timeoutMs: 1000 },
      { repository: 'o/r', clock, send: fake.send, ...quiet },
    );
    notifier.notify(event);
    expect((await notifier.settle())[0]).toMatchObject({
      ok: false,
      attempts: 1,
      problem: 'HTTP 404: no_service',
    });
  });

  it('sends nothing and reports nothing when no channel is configured', async () => {
    const fake = failing([answer(200)]);
    const notifier = new Notifier(
      { urls: {}, timeoutMs: 1000 },
      { repository: 'o/r', clock, send: fake.send },
    );
    notifier.notify(event);
    expect(await notifier.settle()).toEqual([]);
    expect(fake.requests).toHaveLength(0);
    expect(notificationsMarkdown([])).toBe('');
  });
});
