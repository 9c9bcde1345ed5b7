// `npm run demo` must fail when the version meant to be rolled back is healthy (see run-demo.ts).
import { describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { runDemo } from './run-demo.js';

describe('npm run demo', () => {
  it('never pretends: when the "faulty" version is healthy and the canary promotes it, the demo fails', async () => {
    const run = await runDemo({ SHIPGATE_DEMO_FAULTY_ERROR_RATE: '0' });
    try {
      expect(run.code).toBe(1);
      expect(run.output).toMatch(/✘ canary v1\.1\.0 → v1\.2\.0 \(expected: rolled-back\): outcome promoted/);
      expect(run.output).toMatch(/✘ The demo did not behave as expected: canary v1\.1\.0 → v1\.2\.0/);
      expect(run.output).not.toContain('Every step behaved as expected');
      expect(run.output).not.toMatch(/deployment v1\.2\.0: rolled-back/);
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  }, 300_000);
});
