// Notifications of the canary, as shipped: one per stage, then a rollback or the finished deployment, to a
// loopback receiver that refuses what Slack would. A receiver that is down or failing changes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startNotifyReceiver, secretLeaks, type NotifyReceiver } from '../../harness/notify-receiver.js';
import { repoRoot, runAction } from '../../harness/runner.js';
import { startAppServer, type AppServer } from './fixtures/app-server.js';

const recorder = path.join(repoRoot, 'test', 'e2e', 'canary', 'fixtures', 'record-weight.mjs');
const dir = mkdtempSync(path.join(os.tmpdir(), 'canary-notify-'));
let n = 0;
const trafficFile = () => path.join(dir, `weights-${++n}.txt`);
const weights = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : []);

let stable: AppServer;
let canary: AppServer;
let faulty: AppServer;
let receiver: NotifyReceiver;
beforeAll(async () => {
  stable = await startAppServer('v1', { errorRate: 0, latencyMs: 2 });
  canary = await startAppServer('v2', { errorRate: 0, latencyMs: 2 });
  faulty = await startAppServer('v3', { errorRate: 0.2, latencyMs: 2 });
  receiver = await startNotifyReceiver();
});
afterAll(async () => {
  await Promise.all([stable.stop(), canary.stop(), faulty.stop(), receiver.stop()]);
});

const inputs = (file: string, server: () => AppServer, extra: Record<string, string> = {}) => ({
  'set-traffic-command': `node '${recorder}' '${file}' {weight}`,
  stages: '50,100',
  'rounds-per-stage': '1,1',
  'analysis-interval': '1s',
  'canary-url': `http://127.0.0.1:${server().port}/`,
  'baseline-url': `http://127.0.0.1:${stable.port}/`,
  'probe-requests': '50',
  'call-timeout': '2s',
  environment: 'production',
  version: 'v2.0.0',
  ...extra,
});

describe('canary notifications', () => {
  it('a promotion: one Slack message and one webhook event per stage, then "deployment finished"; URLs masked', async () => {
    receiver.messages.length = 0;
    const file = trafficFile();
    const slack = receiver.url('slack', 'T0/B0/canarysecret0001');
    const hook = receiver.url('webhook', 'canary/hooksecret0002');
    const result = await runAction('canary', {
      inputs: inputs(file, () => canary, { 'notify-slack-webhook': slack, 'notify-webhook': hook }),
      killAfterMs: 30_000,
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.outcome).toBe('promoted');
    expect(weights(file)).toEqual(['50', '100']);
    expect(receiver.messages.flatMap((m) => m.problems)).toEqual([]);
    const events = receiver.messages.filter((m) => m.channel === 'webhook').map((m) => m.body);
    expect(events.map((e) => [e.event, e.outcome, e.facts.Weight ?? e.facts['Final weight']])).toEqual([
      ['canary-stage', 'in progress', '50%'],
      ['canary-stage', 'in progress', '100%'],
      ['deployment-finished', 'promoted', '100%'],
    ]);
    expect(events[2]).toMatchObject({ environment: 'production', version: 'v2.0.0', tone: 'good' });
    const headers = receiver.messages
      .filter((m) => m.channel === 'slack')
      .map((m) => m.body.blocks[0].text.text);
    expect(headers).toEqual([
      'Canary stage 1/2: production v2.0.0 at 50%',
      'Canary stage 2/2: production v2.0.0 at 100%',
      'Deployment promoted: production v2.0.0',
    ]);
    expect(result.summary).toContain('### Notifications: all sent');
    expect(secretLeaks(result, [slack, hook], [result.outputs.report])).toEqual([]);
  }, 30_000);

  it('a rollback is announced as such, with the failed stage', async () => {
    receiver.messages.length = 0;
    const file = trafficFile();
    const result = await runAction('canary', {
      inputs: inputs(file, () => faulty, {
        'notify-webhook': receiver.url('webhook'),
      }),
      killAfterMs: 30_000,
    });
    expect(result.outputs.outcome).toBe('rolled-back');
    const events = receiver.messages.map((m) => m.body);
    expect(events.at(-1)).toMatchObject({
      event: 'canary-rolled-back',
      outcome: 'rolled-back',
      tone: 'warning',
      facts: { 'Failed stage': '1', 'Final weight': '0%' },
    });
  }, 30_000);

  it('a receiver that is down or answers 500 does not hold or fail the rollout; the summary says so', async () => {
    const down = await startNotifyReceiver();
    const downUrl = down.url('slack');
    await down.stop();
    receiver.fail(500);
    try {
      const file = trafficFile();
      const result = await runAction('canary', {
        inputs: inputs(file, () => canary, {
          'notify-slack-webhook': downUrl,
          'notify-webhook': receiver.url('webhook'),
        }),
        killAfterMs: 60_000,
      });
      expect(result.exitCode).toBe(0);
      expect(result.outputs.outcome).toBe('promoted');
      expect(weights(file)).toEqual(['50', '100']);
      expect(result.summary).toContain(
        '### Notifications: 6 of 6 failed (notifications never change the result of the step)',
      );
      expect(result.summary).toMatch(/\| deployment-finished \| Slack \| failed \| 3 \| cannot connect/);
      expect(result.summary).toMatch(/\| deployment-finished \| webhook \| failed \| 3 \| HTTP 500/);
      const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'));
      expect(report.notifications).toHaveLength(6);
    } finally {
      receiver.fail(undefined);
    }
  }, 60_000);

  it('a bad notify-slack-webhook: a clear error naming it and no traffic shifted', async () => {
    const file = trafficFile();
    const result = await runAction('canary', {
      inputs: inputs(file, () => canary, { 'notify-slack-webhook': 'not a url/secretvalue' }),
      killAfterMs: 30_000,
    });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toEqual([expect.stringMatching(/^input 'notify-slack-webhook': is not a URL/)]);
    expect(errors[0]).not.toContain('secretvalue');
    expect(existsSync(file)).toBe(false);
  }, 30_000);
});
