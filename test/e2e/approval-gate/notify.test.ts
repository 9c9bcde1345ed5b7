// Notifications of the approval gate, as shipped: "approval requested" when the issue opens, "approval
// decided" when the decision is recorded, to Slack, Teams and a JSON webhook on a loopback receiver that
// refuses what the real ones would. A receiver that is down or failing never changes the decision.
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startNotifyReceiver, secretLeaks, type NotifyReceiver } from '../../harness/notify-receiver.js';
import { REPO, assertValid, world, type World } from './helpers.js';

let w: World;
let receiver: NotifyReceiver;
afterEach(async () => {
  assertValid(w.emulator);
  await w.emulator.stop();
  await receiver.stop();
});

const SLACK_SECRET = 'T0AAAA/B0BBBB/slacksecretvalue123';
const TEAMS_SECRET = 'teamsworkflow/triggers/sig=teamssecretvalue456';
const HOOK_SECRET = 'generic/hooksecretvalue789';

const notifyInputs = (r: NotifyReceiver) => ({
  'notify-slack-webhook': r.url('slack', SLACK_SECRET),
  'notify-teams-webhook': r.url('teams', TEAMS_SECRET),
  'notify-webhook': r.url('webhook', HOOK_SECRET),
  'notify-dashboard-url': 'https://dash.example.com/service',
});
const report = (runnerTemp: string) => path.join(runnerTemp, 'shipgate-approval-gate.json');
describe('approval-gate notifications', () => {
  it('announces the request and the decision on Slack (Block Kit), Teams (Adaptive Card) and the webhook; secrets never shown', async () => {
    w = await world();
    receiver = await startNotifyReceiver();
    const run = w.gate({
      approvers: 'alice',
      environment: 'production',
      version: 'v1.2.3',
      ...notifyInputs(receiver),
    });
    const issue = await w.opened();
    w.say(issue, 'alice', '/approve');
    const result = await run;
    expect(result.exitCode).toBe(0);
    expect(result.outputs.decision).toBe('approved');

    expect(receiver.messages.flatMap((m) => m.problems)).toEqual([]);
    expect(receiver.messages.map((m) => m.channel).sort()).toEqual([
      'slack',
      'slack',
      'teams',
      'teams',
      'webhook',
      'webhook',
    ]);
    const hooks = receiver.messages.filter((m) => m.channel === 'webhook').map((m) => m.body);
    expect(hooks.map((h) => h.event)).toEqual(['approval-requested', 'approval-decided']);
    const issueUrl = result.outputs['issue-url'];
    expect(hooks[0]).toMatchObject({
      schema: 'shipgate.notification/v1',
      environment: 'production',
      version: 'v1.2.3',
      outcome: 'pending',
      who: 'deployer',
      repository: REPO,
      links: { issue: issueUrl, dashboard: 'https://dash.example.com/service' },
    });
    expect(hooks[0].links.run).toMatch(/^https:\/\/github\.com\/octo-org\/service\/actions\/runs\/\d+$/);
    expect(hooks[1]).toMatchObject({ outcome: 'approved', who: 'alice', links: { issue: issueUrl } });

    const slack = receiver.messages.filter((m) => m.channel === 'slack').map((m) => m.body);
    expect(slack[1].blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Approval approved: production v1.2.3', emoji: true },
    });
    const fields = slack[1].blocks[1].fields.map((f: { text: string }) => f.text);
    expect(fields).toEqual(
      expect.arrayContaining([
        '*Environment*\nproduction',
        '*Version*\nv1.2.3',
        '*Decision*\napproved',
        '*Who*\nalice',
      ]),
    );
    const buttons = slack[1].blocks.find((b: { type: string }) => b.type === 'actions').elements;
    expect(buttons.map((b: { text: { text: string }; url: string }) => b.text.text)).toEqual([
      'Issue',
      'Run',
      'Dashboard',
    ]);
    expect(buttons[0].url).toBe(issueUrl);

    const card = receiver.messages.filter((m) => m.channel === 'teams')[1].body.attachments[0].content;
    expect(card.body.find((b: { type: string }) => b.type === 'FactSet').facts).toContainEqual({
      title: 'Decision',
      value: 'approved',
    });
    expect(card.actions[0]).toEqual({ type: 'Action.OpenUrl', title: 'Issue', url: issueUrl });

    expect(result.summary).toContain('### Notifications: all sent');
    // The whole URLs are masked and shown nowhere; nor is their secret part on its own.
    const urls = Object.values(notifyInputs(receiver)).slice(0, 3);
    expect(secretLeaks(result, urls, [report(result.runnerTemp)])).toEqual([]);
    const shown = [
      result.log.replace(/^::add-mask::.*$/gm, ''),
      result.summary,
      readFileSync(report(result.runnerTemp), 'utf8'),
    ];
    for (const secret of [SLACK_SECRET, TEAMS_SECRET, HOOK_SECRET])
      for (const text of shown) expect(text).not.toContain(secret);
  }, 30_000);

  it('a receiver that is down: the gate still decides and passes, and the summary says the notifications failed', async () => {
    w = await world();
    receiver = await startNotifyReceiver();
    const url = receiver.url('slack', SLACK_SECRET);
    await receiver.stop();
    const run = w.gate({ approvers: 'alice', environment: 'staging', 'notify-slack-webhook': url });
    const issue = await w.opened();
    w.say(issue, 'alice', '/approve');
    const result = await run;
    expect(result.exitCode).toBe(0);
    expect(result.outputs.decision).toBe('approved');
    expect(result.summary).toContain(
      '### Notifications: 2 of 2 failed (notifications never change the result of the step)',
    );
    expect(result.summary).toMatch(
      /\| approval-requested \| Slack \| failed \| 3 \| cannot connect to 127\.0\.0\.1:\d+/,
    );
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^notification approval-decided to Slack: failed after 3 attempt/),
      ]),
    );
    const written = JSON.parse(readFileSync(report(result.runnerTemp), 'utf8'));
    expect(written.notifications).toEqual([
      expect.objectContaining({ event: 'approval-requested', channel: 'slack', ok: false, attempts: 3 }),
      expect.objectContaining({ event: 'approval-decided', channel: 'slack', ok: false, attempts: 3 }),
    ]);
    expect(secretLeaks(result, [url], [report(result.runnerTemp)])).toEqual([]);
  }, 30_000);

  it('a receiver answering 500: retried, reported, and the decision (a denial here) is unchanged', async () => {
    w = await world();
    receiver = await startNotifyReceiver();
    receiver.fail(500);
    const run = w.gate({ approvers: 'alice', 'notify-teams-webhook': receiver.url('teams', TEAMS_SECRET) });
    const issue = await w.opened();
    w.say(issue, 'alice', '/deny not today');
    const result = await run;
    expect(result.exitCode).toBe(1);
    expect(result.outputs.decision).toBe('denied');
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^approval denied: /),
    ]);
    // Two events, each tried three times.
    expect(receiver.messages).toHaveLength(6);
    expect(result.summary).toMatch(
      /\| approval-decided \| Teams \| failed \| 3 \| HTTP 500: receiver failure \|/,
    );
  }, 30_000);

  it('an automatic approval is announced as decided', async () => {
    w = await world();
    receiver = await startNotifyReceiver();
    const result = await w.gate({
      'risk-tier': 'low',
      version: '2.0.0',
      'notify-webhook': receiver.url('webhook'),
    });
    expect(result.exitCode).toBe(0);
    expect(receiver.messages.map((m) => [m.body.event, m.body.outcome])).toEqual([
      ['approval-decided', 'auto-approved'],
    ]);
    expect(result.summary).toContain('### Notifications: all sent');
  }, 30_000);

  it.each([
    [
      'notify-slack-webhook',
      'hooks.slack.com/services/T0/B0/typosecret',
      /^input 'notify-slack-webhook': is not a URL/,
    ],
    ['notify-teams-webhook', 'ftp://example.com/typosecret', /^input 'notify-teams-webhook': uses ftp:/],
    [
      'notify-webhook',
      'https://user:typosecret@example.com/hook',
      /^input 'notify-webhook': carries credentials/,
    ],
  ])(
    'bad %s: a clear error naming it, no issue opened, nothing sent, the value not shown',
    async (name, value, message) => {
      w = await world();
      receiver = await startNotifyReceiver();
      const result = await w.gate({
        approvers: 'alice',
        [name]: value,
        'notify-webhook': name === 'notify-webhook' ? value : receiver.url('webhook'),
      });
      expect(result.exitCode).toBe(1);
      const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      expect(errors).toEqual([expect.stringMatching(message)]);
      expect(errors[0]).not.toContain('typosecret');
      expect(w.emulator.issue(REPO, 1)).toBeUndefined();
      expect(receiver.messages).toEqual([]);
    },
    30_000,
  );
});
