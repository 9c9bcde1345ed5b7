// Notifications of the SLA actions, as shipped: sla-probe announces an incident opened and closed, sla-report
// a burn-rate (error budget) alert opened and resolved, to a loopback receiver that refuses what Slack and
// Teams would. A receiver that fails never fails the run.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import path from 'node:path';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { startNotifyReceiver, secretLeaks, type NotifyReceiver } from '../../harness/notify-receiver.js';
import { runAction, type RunOptions } from '../../harness/runner.js';
import { every, startServices, workspace, writeSamples } from './fixtures.js';

jest.setTimeout(60_000);

const REPO = 'octo-org/service';
const MIN = 60_000;
let services: Awaited<ReturnType<typeof startServices>>;
let emulator: GitHubEmulator;
let receiver: NotifyReceiver;
let token: string;

beforeAll(async () => {
  services = await startServices();
  emulator = await startEmulator();
  emulator.addUser('sla-bot', { type: 'Bot' });
  emulator.addRepo(REPO);
  emulator.setPermission(REPO, 'sla-bot', 'write');
  token = emulator.tokenFor('sla-bot');
  receiver = await startNotifyReceiver();
});
afterAll(async () => {
  await Promise.all([services.stop(), emulator.stop(), receiver.stop()]);
});

const run = (action: 'sla-probe' | 'sla-report', cwd: string, inputs: RunOptions['inputs']) =>
  runAction(action, {
    cwd,
    apiUrl: emulator.url,
    token,
    repository: REPO,
    clock: { epochMs: Date.now(), factor: 50 },
    inputs: { 'github-token': token, 'data-dir': 'data', ...inputs },
  });

const slackUrl = () => receiver.url('slack', 'T0/B0/slasecret0003');
const teamsUrl = () => receiver.url('teams', 'workflows/slasecret0004');
const notify = () => ({
  'notify-slack-webhook': slackUrl(),
  'notify-teams-webhook': teamsUrl(),
  'notify-webhook': receiver.url('webhook'),
});
const events = () => receiver.messages.filter((m) => m.channel === 'webhook').map((m) => m.body);

describe('sla-probe notifications', () => {
  it('announces an incident when it opens and when it closes (not on updates); URLs masked', async () => {
    receiver.messages.length = 0;
    const ws = workspace({
      '.github/sla.yml': `services:\n  - name: toggler\n    url: ${services.url}/toggle\n`,
    });
    services.toggle.down = true;
    const probe = { 'retry-delay': '10ms', ...notify() };
    expect((await run('sla-probe', ws, probe)).exitCode).toBe(0);
    expect(receiver.messages).toEqual([]);
    const opened = await run('sla-probe', ws, probe);
    expect(opened.outputs['incidents-opened']).toBe('1');
    expect(events()).toEqual([
      expect.objectContaining({
        event: 'incident-opened',
        service: 'toggler',
        outcome: 'down',
        tone: 'bad',
        links: expect.objectContaining({ issue: expect.stringMatching(/\/octo-org\/service\/issues\/\d+$/) }),
      }),
    ]);
    expect((await run('sla-probe', ws, probe)).exitCode).toBe(0); // an update: no new notification
    expect(events()).toHaveLength(1);
    services.toggle.down = false;
    const closed = await run('sla-probe', ws, probe);
    expect(closed.outputs['incidents-closed']).toBe('1');
    expect(events().map((e) => e.event)).toEqual(['incident-opened', 'incident-closed']);
    expect(events()[1].facts['Down for']).toBeTruthy();
    expect(receiver.messages.flatMap((m) => m.problems)).toEqual([]);
    expect(receiver.messages.filter((m) => m.channel === 'slack')).toHaveLength(2);
    expect(receiver.messages.filter((m) => m.channel === 'teams')).toHaveLength(2);
    expect(closed.summary).toContain('### Notifications: all sent');
    expect(
      secretLeaks(closed, [slackUrl(), teamsUrl()], [path.join(closed.runnerTemp, 'sla-probe-report.json')]),
    ).toEqual([]);
    emulator.assertValid();
  });

  it('a bad notify-teams-webhook: a clear error naming it, nothing probed or written', async () => {
    const ws = workspace({ '.github/sla.yml': `services:\n  - name: api\n    url: ${services.url}/ok\n` });
    const hits = services.hits['/ok'] ?? 0;
    const result = await run('sla-probe', ws, { 'notify-teams-webhook': 'teams.example.com/secretvalue' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'notify-teams-webhook': is not a URL \(the value is a secret and is not shown\)/,
    );
    expect(services.hits['/ok'] ?? 0).toBe(hits);
  });
});

describe('sla-report notifications', () => {
  it('announces a burn-rate alert and its resolution; a receiver answering 500 changes nothing', async () => {
    receiver.messages.length = 0;
    const ws = workspace({ '.github/sla.yml': `services:\n  - name: api\n    url: ${services.url}/ok\n` });
    const now = Date.now();
    const samples = (down: boolean) =>
      every(5 * MIN, now - 26 * 3_600_000, now).map((t) => ({
        t,
        status: (down && t > now - 45 * MIN ? 'down' : 'ok') as 'down' | 'ok',
      }));
    writeSamples(path.join(ws, 'data'), 'api', samples(true));
    const report = { 'incident-issues': 'false', ...notify() };
    const burning = await run('sla-report', ws, report);
    expect(burning.exitCode).toBe(0);
    expect(events()).toEqual([
      expect.objectContaining({
        event: 'budget-alert',
        service: 'api',
        outcome: 'page alert opened',
        tone: 'bad',
        facts: expect.objectContaining({ Severity: 'page' }),
      }),
    ]);
    expect(receiver.messages.flatMap((m) => m.problems)).toEqual([]);

    // Still burning, same severity: the issue is updated, nobody is notified again.
    receiver.fail(500);
    const again = await run('sla-report', ws, report);
    expect(again.exitCode).toBe(0);
    expect(receiver.messages).toHaveLength(3);

    // Resolved while the receiver fails: the run passes, the summary says the notification failed.
    writeSamples(path.join(ws, 'data'), 'api', samples(false));
    const calm = await run('sla-report', ws, report);
    receiver.fail(undefined);
    expect(calm.exitCode).toBe(0);
    expect(calm.outputs.alerts).toBe('[]');
    expect(calm.summary).toContain(
      '### Notifications: 3 of 3 failed (notifications never change the result of the step)',
    );
    expect(calm.summary).toMatch(/\| budget-alert \| Slack \| failed \| 3 \| HTTP 500: receiver failure \|/);
    expect(events().at(-1)).toMatchObject({ event: 'budget-alert', outcome: 'resolved' });
    expect(
      secretLeaks(calm, [slackUrl(), teamsUrl()], [path.join(ws, 'sla-report', 'sla-report.json')]),
    ).toEqual([]);
    emulator.assertValid();
  });
});
