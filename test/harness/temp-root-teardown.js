// Jest's globalTeardown: removes the run's temporary folder (see temp-root-setup.js).
import { rmSync } from 'node:fs';
import { KEY } from './temp-root-setup.js';

export default async function teardown() {
  const root = process.env[KEY];
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
