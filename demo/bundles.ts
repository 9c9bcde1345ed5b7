import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../test/harness/runner.js';

/**
 * The demo runs the committed bundles (dist/<name>/index.js) with their action.yml, copied once at the
 * start into a temp folder laid out like the repository, so that a rebuild of dist/ while the demo runs
 * cannot mix two builds. Returns the snapshot's root (actions/<name>/action.yml, dist/<name>/…).
 */
export async function snapshotBundles(
  names: readonly string[],
  print: (line: string) => void,
): Promise<{ root: string; actionDir: (name: string) => string } | { missing: string[] }> {
  const missingNow = () => names.filter((name) => !existsSync(path.join(repoRoot, 'dist', name, 'index.js')));
  // A bundle that is being rebuilt this very moment is absent for a few seconds.
  for (let wait = 0; missingNow().length > 0 && wait < 60; wait++) {
    if (wait === 0) print(`  waiting for bundles being rebuilt: ${missingNow().join(', ')}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  const missing = missingNow();
  if (missing.length > 0) return { missing };
  const root = mkdtempSync(path.join(os.tmpdir(), 'shipgate-demo-bundles-'));
  for (const name of names) {
    mkdirSync(path.join(root, 'actions', name), { recursive: true });
    cpSync(
      path.join(repoRoot, 'actions', name, 'action.yml'),
      path.join(root, 'actions', name, 'action.yml'),
    );
    cpSync(path.join(repoRoot, 'dist', name), path.join(root, 'dist', name), { recursive: true });
  }
  return { root, actionDir: (name) => path.join(root, 'actions', name) };
}
