// Bundles every action (actions/<name>/src/index.ts) into dist/<name>/index.js with @vercel/ncc.
// Usage: node scripts/build.mjs [name ...]   (no names: every action)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

export function actionNames() {
  return readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(root, 'actions', entry.name, 'src', 'index.ts')),
    )
    .map((entry) => entry.name)
    .sort();
}

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : actionNames();
for (const name of names) {
  const out = path.join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [
      ncc,
      'build',
      path.join('actions', name, 'src', 'index.ts'),
      '--out',
      out,
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error(`bundling ${name} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`bundled ${name} -> dist/${name}/index.js`);
}
