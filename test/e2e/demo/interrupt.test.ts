// `npm run demo` interrupted with Ctrl-C during a canary (see run-demo.ts).
import { describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { alive, runDemo } from './run-demo.js';

describe('npm run demo', () => {
  it('on Ctrl-C during the canary: the canary routes traffic back, everything it started stops, exit 130', async () => {
    const run = await runDemo({}, /stage 1 at 20 %, round 1:/);
    try {
      expect(run.descendants.length).toBeGreaterThan(2); // the demo, the canary bundle, nginx or prometheus…
      expect(run.code).toBe(130);
      expect(run.output).toMatch(/SIGINT: cancelling the running step/);
      // The canary was cancelled as the runner cancels a job, and routed traffic back through the webhook.
      // The signal is sent when stage 1's first check is logged; the canary may have moved on to the next
      // weight before it arrives, so any weights may come between 20 and the rollback.
      expect(run.output).toMatch(
        /canary v1\.0\.0 → v1\.1\.0 \(expected: promoted\): outcome aborted, final weight 0 %.*weights applied: 20( → \d+)* → rollback→0/,
      );
      expect(run.output).toContain('✘ Interrupted');
      // Stopped processes may take a moment to finish a graceful shutdown; give them 10 s, no more.
      for (let waited = 0; waited < 10_000 && run.descendants.some(alive); waited += 250)
        await new Promise((r) => setTimeout(r, 250));
      expect(run.descendants.filter(alive)).toEqual([]);
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  }, 300_000);
});
