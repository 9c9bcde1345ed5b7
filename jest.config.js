import { availableParallelism } from 'node:os';

// Tests run as ES modules (the @actions and @octokit packages are ESM-only), transformed by SWC.
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'es6' },
    },
  ],
};

const common = {
  transform,
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@shipgate/core$': '<rootDir>/packages/core/src/index.ts',
    '^@shipgate/core/(sla|audit)$': '<rootDir>/packages/core/src/$1/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

// End-to-end suites mostly wait (scaled clocks, Prometheus scrapes, approval polls): on 2 cores, 3
// workers kept about 1.1 cores busy; 2.5 per core overlap the waits. `npm test` runs the checks beside
// them at a lower priority, to fill what is left. `npm run test:unit` passes its own --maxWorkers (its
// tests compute). Jest's --maxWorkers takes a percentage only up to 100 %.
const workers = Math.max(2, Math.round(availableParallelism() * 2.5));

export default {
  maxWorkers: workers,
  // A guard against a hang, not a speed check: suites run side by side (and `npm test` runs the unit
  // tests beside the bundle check, the type-check and lint), so a test that takes 2 s alone can take
  // several times that on a busy machine. Assertions are on counts and outcomes, never on how long
  // something took. Jest reads testTimeout only here, for every project: set in a project it is ignored
  // (the e2e project's 60 s there never applied; its tests ran with Jest's default 5 s).
  testTimeout: 60_000,
  // Journeys and the demo first (see test/sequencer.js).
  testSequencer: '<rootDir>/test/sequencer.js',
  // One temporary folder per run, removed at its end (see the file).
  globalSetup: '<rootDir>/test/harness/temp-root-setup.js',
  globalTeardown: '<rootDir>/test/harness/temp-root-teardown.js',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/packages/*/test/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
