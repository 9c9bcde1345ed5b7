// User journey: examples/deploy-on-dispatch.yml with the optional notification secrets set, as its header
// says: SHIPGATE_SLACK_WEBHOOK points at a Slack-like receiver and SHIPGATE_NOTIFY_WEBHOOK at a generic
// JSON webhook (two loopback receivers). Through deploy.yml the team hears, in order: approval requested,
// approval decided, each canary stage, deployment finished — with the environment, version and links —
// and the webhook URLs appear in no job log or summary. With both receivers down the deployment still
// promotes, and the jobs' summaries say the notifications failed.
import { afterEach, expect, it } from '@jest/globals';
import { allJobs, type WorkflowRun } from '../../harness/engine/run.js';
import {
  startNotifyReceiver,
  type NotifyReceiver,
  type ReceivedMessage,
} from '../../harness/notify-receiver.js';
import { describeWithStack, versionsServing, type DeployStack } from './deploy-stack.js';
import { shipOnDispatch, startDispatchWorld } from './dispatch-world.js';
import { SHOP, type Journey } from './world.js';

// The dashboard link the example passes as notify-dashboard-url (kept as is: it is only a link).
const DASHBOARD = 'https://grafana.internal.example/d/deployments';
// What a webhook URL hides after its host: the part that is the secret.
const SLACK_SECRET = 'T0SHOP/B0DEPLOY/xoxdeploysecret41';
const HOOK_SECRET = 'deploy-events-token-9b2f';
const EXPECTED = [
  'approval-requested',
  'approval-decided',
  'canary-stage',
  'canary-stage',
  'canary-stage',
  'canary-stage',
  'deployment-finished',
];

/** A Slack message's event, read from its header as a person reads it. */
function slackKind(message: ReceivedMessage): string {
  const header = String(message.body?.blocks?.[0]?.text?.text ?? '');
  if (header.startsWith('Approval requested')) return 'approval-requested';
  if (/^Approval (approved|denied|timed-out)/.test(header)) return 'approval-decided';
  if (header.startsWith('Canary stage')) return 'canary-stage';
  if (header.startsWith('Canary rolled back')) return 'canary-rolled-back';
  if (header.startsWith('Deployment ')) return 'deployment-finished';
  return `unknown: ${header}`;
}

/** The link buttons of a Slack message, by label. */
function slackLinks(message: ReceivedMessage): Record<string, string> {
  const actions = (
    message.body?.blocks as { type: string; elements?: { text: { text: string }; url: string }[] }[]
  )
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);
  return Object.fromEntries(actions.map((e) => [e.text.text, e.url]));
}

/** The text of every field of a Slack message (`*Name*\nvalue`). */
function slackFields(message: ReceivedMessage): string[] {
  return (message.body?.blocks as { type: string; fields?: { text: string }[] }[])
    .filter((b) => b.type === 'section')
    .flatMap((b) => (b.fields ?? []).map((f) => f.text));
}

describeWithStack('journey: deploy.yml notifications (examples/deploy-on-dispatch.yml with webhooks)', () => {
  let stack: DeployStack | undefined;
  let j: Journey | undefined;
  let receivers: NotifyReceiver[] = [];
  afterEach(async () => {
    await j?.stop();
    await Promise.all(receivers.map((r) => r.stop()));
    await stack?.stop();
    j = undefined;
    stack = undefined;
    receivers = [];
  });

  /** mona ships 1.4.2 (risk tier high); alice and bob approve on the issue. */
  async function deploy(options: { receiversDown?: boolean } = {}) {
    const slack = await startNotifyReceiver();
    const hook = await startNotifyReceiver();
    receivers = [slack, hook];
    const urls = { slack: slack.url('slack', SLACK_SECRET), hook: hook.url('webhook', HOOK_SECRET) };
    // A receiver that is down: nothing listens on its port any more.
    if (options.receiversDown) await Promise.all(receivers.map((r) => r.stop()));
    ({ stack, j } = await startDispatchWorld({
      nextErrorRate: 0,
      secrets: { SHIPGATE_SLACK_WEBHOOK: urls.slack, SHIPGATE_NOTIFY_WEBHOOK: urls.hook },
    }));
    const run = await shipOnDispatch(j);
    return { run, slack, hook, urls };
  }

  /** Every place a person can read: the run's log (masked as the runner masks it) and every summary. */
  function readable(run: WorkflowRun): string {
    return [run.log(), ...allJobs(run.jobs).map((job) => job.summary)].join('\n');
  }

  it('the team hears every step in order on Slack and the webhook, with links, and no URL leaks', async () => {
    const { run, slack, hook, urls } = await deploy();
    run.assertSuccess();
    expect(run.job('deploy/deploy').outputs.outcome).toBe('promoted');
    expect(stack!.weights).toEqual([5, 25, 50, 100]);

    // Slack: every message passed the receiver's Block Kit checks (it answers 400 otherwise), in order.
    expect(slack.messages.map((m) => m.problems)).toEqual(EXPECTED.map(() => []));
    expect(slack.messages.map(slackKind)).toEqual(EXPECTED);
    expect(slack.messages.every((m) => m.path === `/slack/${SLACK_SECRET}`)).toBe(true);

    // The generic webhook: the same events in the same order, versioned.
    expect(hook.messages.map((m) => m.problems)).toEqual(EXPECTED.map(() => []));
    expect(hook.messages.map((m) => m.body.event)).toEqual(EXPECTED);
    for (const m of hook.messages)
      expect(m.body).toMatchObject({
        schema: 'shipgate.notification/v1',
        repository: SHOP,
        environment: 'production',
        version: '1.4.2',
        links: {
          run: expect.stringMatching(/^https:\/\/.+\/octo-org\/shop\/actions\/runs\/\d+/),
          dashboard: DASHBOARD,
        },
      });
    const [requested, decided, ...rest] = hook.messages.map((m) => m.body);
    const issueUrl = run.job('deploy/approval').outputs['issue-url'];
    expect(issueUrl).toMatch(/\/issues\/\d+$/);
    expect(requested).toMatchObject({ outcome: 'pending', links: { issue: issueUrl } });
    expect(decided).toMatchObject({ outcome: 'approved', links: { issue: issueUrl } });
    expect(decided.who).toEqual(expect.stringContaining('alice'));
    expect(decided.who).toEqual(expect.stringContaining('bob'));
    expect(rest.slice(0, 4).map((e) => e.facts.Weight)).toEqual(['5%', '25%', '50%', '100%']);
    expect(rest[4]).toMatchObject({ outcome: 'promoted', facts: { 'Final weight': '100%' } });

    // deployment finished on Slack: environment, version and outcome as fields, the run and dashboard as buttons.
    const finished = slack.messages[slack.messages.length - 1];
    expect(slackFields(finished)).toEqual(
      expect.arrayContaining(['*Environment*\nproduction', '*Version*\n1.4.2', '*Outcome*\npromoted']),
    );
    expect(slackLinks(finished)).toMatchObject({ Run: rest[4].links.run, Dashboard: DASHBOARD });
    expect(slackLinks(slack.messages[0])).toMatchObject({ Issue: issueUrl });

    // The URLs (and the secret part after the host) appear nowhere a person can read.
    const text = readable(run);
    for (const secret of [urls.slack, urls.hook, SLACK_SECRET, HOOK_SECRET])
      expect(text).not.toContain(secret);
    // Each notifying job's summary says they were all sent.
    for (const job of ['deploy/approval', 'deploy/deploy'])
      expect(run.job(job).summary).toContain('### Notifications: all sent');
    expect(await versionsServing(stack!)).toEqual(['1.4.2']);
  }, 600_000);

  it('with both receivers down the deployment still promotes, and the summaries say notifications failed', async () => {
    const { run, slack, hook, urls } = await deploy({ receiversDown: true });
    run.assertSuccess();
    expect(run.job('deploy/approval').outputs.decision).toBe('approved');
    expect(run.job('deploy/deploy').outputs.outcome).toBe('promoted');
    expect(stack!.weights).toEqual([5, 25, 50, 100]);
    expect(slack.messages).toEqual([]);
    expect(hook.messages).toEqual([]);

    // approval: requested and decided on two channels; deploy: four stages and the end on two channels.
    expect(run.job('deploy/approval').summary).toContain('### Notifications: 4 of 4 failed');
    expect(run.job('deploy/deploy').summary).toContain('### Notifications: 10 of 10 failed');
    for (const job of ['deploy/approval', 'deploy/deploy']) {
      const rows = run
        .job(job)
        .summary.split('\n')
        .filter((l) => /\| (Slack|webhook)/i.test(l));
      expect(rows.length).toBeGreaterThan(0);
      // Three attempts each (no answer is retried), and reported as failed.
      for (const row of rows) expect(row).toMatch(/\| failed \| 3 \|/);
    }
    const text = readable(run);
    for (const secret of [urls.slack, urls.hook, SLACK_SECRET, HOOK_SECRET])
      expect(text).not.toContain(secret);
    expect(await versionsServing(stack!)).toEqual(['1.4.2']);
  }, 600_000);
});
