// The canary's notifications when the rollout throws: the messages already started (each stage's) are
// awaited before the error goes on, at most notify-timeout, against a loopback receiver.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { systemClock } from '../../../packages/core/src/clock.js';
import { Notifier } from '../../../packages/core/src/notify/notifier.js';
import { settledOnError, stageEvent } from '../../../actions/canary/src/notifications.js';
import { startNotifyReceiver, type NotifyReceiver } from '../../harness/notify-receiver.js';

let receiver: NotifyReceiver;
beforeAll(async () => {
  receiver = await startNotifyReceiver();
});
afterAll(async () => {
  await receiver.stop();
});

const deployment = { environment: 'production', version: 'v2.0.0', actor: 'mona' };
const stage = { index: 1, weight: 10, waitMs: 60_000 };

function notifier(timeoutMs: number) {
  const lines: string[] = [];
  const n = new Notifier(
    { urls: { webhook: new URL(receiver.url('webhook')) }, timeoutMs },
    {
      repository: 'octo-org/shop',
      runUrl: 'https://github.example/octo-org/shop/actions/runs/1',
      clock: systemClock,
      log: (line) => lines.push(line),
      warn: (line) => lines.push(line),
      retries: 0,
    },
  );
  return { n, lines };
}

describe('canary: notifications when the rollout throws', () => {
  it('awaits the stage message already started, then rethrows the error', async () => {
    receiver.messages.length = 0;
    receiver.delay(300);
    try {
      const { n, lines } = notifier(5000);
      n.notify(stageEvent(deployment, stage, 3));
      const failing = Promise.reject(new Error('router exploded'));
      await expect(settledOnError(n, 5000, failing)).rejects.toThrow('router exploded');
      // Delivered and answered before the error went on: nothing left in flight.
      expect(lines).toEqual(['notification canary-stage to webhook: sent (HTTP 200)']);
      expect(receiver.messages.map((m) => m.body.event)).toEqual(['canary-stage']);
    } finally {
      receiver.delay(undefined);
    }
  }, 20_000);

  it('waits no longer than notify-timeout for a receiver that does not answer', async () => {
    receiver.messages.length = 0;
    receiver.delay(60_000);
    try {
      // Each attempt may take 30 s; the error path waits 0.2 s for all of them together.
      const { n } = notifier(30_000);
      n.notify(stageEvent(deployment, stage, 3));
      await expect(settledOnError(n, 200, Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(await n.settle(200)).toEqual([
        {
          event: 'canary-stage',
          channel: 'webhook',
          ok: false,
          attempts: 0,
          problem: 'not finished within 0.2s',
        },
      ]);
    } finally {
      receiver.delay(undefined);
    }
  }, 20_000);

  it('returns the result as it is when the rollout does not throw', async () => {
    const { n } = notifier(1000);
    await expect(settledOnError(n, 1000, Promise.resolve('promoted'))).resolves.toBe('promoted');
  });
});
