import { describe, it } from '@jest/globals';

/**
 * A suite that needs real components (nginx, Prometheus, the registry, tinyproxy...): with CI=true a
 * missing one is a failing test, never a silent skip; on a developer machine the suite says it was
 * skipped and why. `missing` is why the components cannot run, or undefined when they can.
 */
export function describeWithComponents(
  title: string,
  components: string,
  missing: string | undefined,
  body: () => void,
): void {
  if (missing && process.env.CI === 'true') {
    it(`${title}: ${components} installed (required in CI)`, () => {
      throw new Error(`${title} cannot run: ${missing}`);
    });
  } else if (missing) {
    console.log(`SKIPPED ${title}: ${missing}`);
    it.skip(`${title} (skipped: ${missing})`, () => undefined);
  } else {
    describe(title, body);
  }
}
