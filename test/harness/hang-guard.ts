// The end-to-end suites' default test timeout: a guard against a hang, not a speed check. The suites
// run side by side, so a test that takes 2 s alone can take several times that on a busy machine.
// Assertions are on counts and outcomes, never on how long something took. It is set here because
// Jest reads `testTimeout` only from the top-level config: inside `projects` it is ignored, and every
// e2e test without a jest.setTimeout of its own had Jest's 5 s.
import { jest } from '@jest/globals';

jest.setTimeout(60_000);
