import { describe, expect, it } from '@jest/globals';
import { getEventListeners } from 'node:events';
import { CancelledError, VirtualClock, clockFromEnv, scaledClock } from '../../../packages/core/src/index.js';

describe('clocks', () => {
  it('a virtual clock runs hours of waiting at once, waking sleepers in deadline order', async () => {
    const clock = new VirtualClock(0);
    const woke: string[] = [];
    await Promise.all([
      clock.sleep(3_600_000).then(() => woke.push(`hour@${clock.now()}`)),
      clock.sleep(60_000).then(() => woke.push(`minute@${clock.now()}`)),
    ]);
    expect(woke).toEqual(['minute@60000', 'hour@3600000']);
  });

  it('a virtual sleep that ends leaves no listener on its signal (simulations reuse one signal)', async () => {
    const clock = new VirtualClock(0);
    const { signal } = new AbortController();
    for (let i = 0; i < 20; i++) await clock.sleep(1000, signal);
    expect(clock.now()).toBe(20_000);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it('sleep rejects with CancelledError when its signal aborts', async () => {
    const controller = new AbortController();
    const sleeping = scaledClock(Date.now(), 1).sleep(60_000, controller.signal);
    controller.abort();
    await expect(sleeping).rejects.toBeInstanceOf(CancelledError);
  });

  it('a scaled clock shared through the environment runs faster than real time', async () => {
    const clock = clockFromEnv({ SHIPGATE_TEST_CLOCK: `scaled:${Date.now()}:1000` });
    const before = clock.now();
    await clock.sleep(10_000);
    expect(clock.now() - before).toBeGreaterThanOrEqual(10_000);
    expect(() => clockFromEnv({ SHIPGATE_TEST_CLOCK: 'fast' })).toThrow(/SHIPGATE_TEST_CLOCK/);
  });
});
