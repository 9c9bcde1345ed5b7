import { describe, it } from '@jest/globals';
import { tinyproxyBinary, tinyproxyMissing } from '../../harness/tinyproxy.js';

/**
 * A suite that needs tinyproxy, guarded as the journeys guard their real components
 * (test/e2e/journeys/deploy-stack.ts): with CI=true a missing tinyproxy is a failing test, never a
 * silent skip; on a developer machine the suite says it was skipped and why.
 */
export function describeWithTinyproxy(title: string, body: () => void, binary = tinyproxyBinary): void {
  const missing = tinyproxyMissing(binary);
  if (missing && process.env.CI === 'true') {
    it(`${title}: tinyproxy is installed (required in CI)`, () => {
      throw new Error(`${title} cannot run: ${missing}`);
    });
  } else if (missing) {
    console.log(`SKIPPED ${title}: ${missing}`);
    it.skip(`${title} (skipped: ${missing})`, () => undefined);
  } else {
    describe(title, body);
  }
}
