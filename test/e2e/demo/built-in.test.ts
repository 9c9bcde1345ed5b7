// `npm run demo` without nginx and Prometheus: its built-in router and HTTP probes (see run-demo.ts).
import { describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { expectGovernedDeployment, runDemo } from './run-demo.js';

describe('npm run demo', () => {
  it('without nginx and Prometheus: built-in router and HTTP probes, and it says so', async () => {
    const run = await runDemo({
      SHIPGATE_NGINX: '/nonexistent/nginx',
      SHIPGATE_PROMETHEUS: '/nonexistent/prometheus',
    });
    try {
      expect(run.output).toMatch(
        /built-in Node weighted router \(nginx not used: nginx not found at \/nonexistent\/nginx/,
      );
      expect(run.output).toMatch(/the canary probes each version directly over HTTP \(Prometheus not used: /);
      expectGovernedDeployment(run);
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  }, 300_000);
});
