// Jest's globalSetup for every run (temp-root-teardown.js is its globalTeardown): the suites (and the
// bundles, servers and browsers they start) write their temporary folders under one folder of this
// run, set as TMPDIR before the workers start, and removed when the run ends. Without it a full run
// left about 1.5 GB of runner folders, clones and logs in /tmp, run after run.
import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where the run's folder is named for the teardown (temp-root-teardown.js). */
export const KEY = 'SHIPGATE_TEST_TMPDIR';

export default async function setup() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'shipgate-tests-'));
  // Open like /tmp itself: servers the suites start as root drop to nobody (tinyproxy, nginx's workers)
  // and must reach the folders of their own inside it.
  chmodSync(root, 0o1777);
  process.env[KEY] = root;
  process.env.TMPDIR = root;
}
