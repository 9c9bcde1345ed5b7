// `npm run demo` on this machine's nginx and Prometheus (see run-demo.ts).
import { describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { expectGovernedDeployment, missing, runDemo } from './run-demo.js';

describe('npm run demo', () => {
  if (missing && process.env.CI !== 'true') {
    console.log(`SKIPPED demo on nginx + Prometheus: ${missing}`);
    it.skip(`on nginx and Prometheus (skipped: ${missing})`, () => undefined);
  } else {
    it('on nginx and Prometheus: promotes v1.1.0, rolls v1.2.0 back, verifies the audit log, writes the dashboard', async () => {
      const run = await runDemo();
      try {
        if (missing) {
          // CI without the components: the demo must still pass on its built-in router, and say so.
          expect(run.output).toMatch(/built-in Node weighted router \(nginx not used: /);
        } else {
          expect(run.output).toMatch(/router http:\/\/127\.0\.0\.1:\d+: nginx /);
          expect(run.output).toMatch(/metrics http:\/\/127\.0\.0\.1:\d+: Prometheus /);
        }
        expectGovernedDeployment(run);
      } finally {
        rmSync(run.dir, { recursive: true, force: true });
      }
    }, 300_000);
  }
});
