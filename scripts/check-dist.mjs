// Builds every bundle afresh into a temporary folder and fails when dist/ differs from it (a changed,
// missing or extra file) or from what is committed, or when a generated config validator is stale.
// dist/ itself is not touched, so the end-to-end suites can run the committed bundles while this
// check runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionNames, buildAll, buildJobs, generateValidators } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/** Every file under `dir`, as paths relative to it. */
function files(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/** How `actual` (dist/) differs from `fresh` (a new build): one line per file. */
export function compareTrees(fresh, actual) {
  const want = new Set(files(fresh));
  const have = new Set(files(actual));
  const drift = [];
  for (const file of [...want].sort()) {
    if (!have.has(file)) drift.push(`missing   dist/${file}`);
    else if (!readFileSync(path.join(fresh, file)).equals(readFileSync(path.join(actual, file))))
      drift.push(`changed   dist/${file}`);
  }
  for (const file of [...have].sort()) if (!want.has(file)) drift.push(`extra     dist/${file}`);
  return drift;
}

const fresh = mkdtempSync(path.join(os.tmpdir(), 'shipgate-dist-check-'));
try {
  process.exitCode = await check();
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

async function check() {
  // A generated validator that no longer matches its schema would bundle a stale check.
  const validators = generateValidators({ check: true });
  if (validators !== 0) return validators;
  const status = await buildAll(actionNames(), fresh, buildJobs());
  if (status !== 0) return status;
  const drift = compareTrees(fresh, dist);
  // The working copy of dist/ must also be what is committed (a check on a clean clone is both).
  const uncommitted = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', 'dist'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  if (drift.length > 0 || uncommitted !== '') {
    console.error('dist/ does not match a fresh build. Run `npm run build` and commit dist/:');
    if (drift.length > 0) console.error(drift.join('\n'));
    if (uncommitted !== '') console.error(`not committed:\n${uncommitted}`);
    return 1;
  }
  console.log('dist/ matches a fresh build');
  return 0;
}
