import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { ActionsEngine } from '../../harness/engine/index.js';
import { repoRoot } from '../../harness/runner.js';

// Every workflow we ship and every example loads in the engine the way a run would load it: GitHub's
// parser accepts it, each reusable-workflow call passes declared inputs and secrets, and no nested
// job asks for more permissions than its caller grants.

const examples = readdirSync(path.join(repoRoot, 'examples')).filter((f) => f.endsWith('.yml'));
// ci.yml is the project's own CI (a matrix over Node versions), not a workflow users run.
const workflows = readdirSync(path.join(repoRoot, '.github', 'workflows')).filter(
  (f) => f.endsWith('.yml') && f !== 'ci.yml',
);

let emulator: GitHubEmulator;
let engine: ActionsEngine;
beforeAll(async () => {
  emulator = await startEmulator();
  const files: Record<string, string> = {};
  for (const f of examples)
    files[`.github/workflows/example-${f}`] = readFileSync(path.join(repoRoot, 'examples', f), 'utf8');
  for (const f of workflows)
    files[`.github/workflows/${f}`] = readFileSync(path.join(repoRoot, '.github', 'workflows', f), 'utf8');
  emulator.addRepo('octo-org/service', { files });
  engine = new ActionsEngine({ emulator, repo: 'octo-org/service', listen: false });
});
afterAll(async () => {
  await engine.close();
  await emulator.stop();
});

describe('the shipped workflows load in the engine', () => {
  it.each(examples)('examples/%s', async (file) => {
    await expect(engine.check(`.github/workflows/example-${file}`)).resolves.toBeUndefined();
  });
  it.each(workflows)('.github/workflows/%s', async (file) => {
    await expect(engine.check(`.github/workflows/${file}`)).resolves.toBeUndefined();
  });
});
