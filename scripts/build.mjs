// Bundles every action (actions/<name>/src/index.ts) into dist/<name>/index.js with @vercel/ncc.
// Usage: node scripts/build.mjs [name ...]   (no names: every action)
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

/**
 * licenses.txt: the licence of every package in the bundle. ncc's own --license keeps only the last
 * chunk's packages when a dependency is split into a chunk of its own, so the list comes from the
 * bundle's module stats instead.
 */
function writeLicenses(out, statsFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  rmSync(statsFile);
  const packageDirs = new Set();
  const visit = (module) => {
    // The module's own file is the last `!`-separated part of its identifier (loaders come first).
    const file = (module.identifier ?? '').split('!').pop();
    const at = file.lastIndexOf('/node_modules/');
    if (at >= 0) {
      const parts = file.slice(at + '/node_modules/'.length).split('/');
      const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
      packageDirs.add(`${file.slice(0, at)}/node_modules/${name}`);
    }
    (module.modules ?? []).forEach(visit);
  };
  stats.modules.forEach(visit);
  const entries = new Map();
  for (const dir of packageDirs) {
    const full = dir;
    if (!existsSync(path.join(full, 'package.json'))) continue;
    const meta = JSON.parse(readFileSync(path.join(full, 'package.json'), 'utf8'));
    if (meta.name === '@vercel/ncc') continue; // the bundler's runtime glue, not a dependency
    const licenseFile = readdirSync(full).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
    const text = licenseFile ? readFileSync(path.join(full, licenseFile), 'utf8').trim() : '';
    entries.set(`${meta.name}@${meta.version}`, `${meta.name}\n${meta.license ?? 'UNKNOWN'}\n${text}`);
  }
  const sorted = [...entries.keys()].sort().map((key) => entries.get(key));
  writeFileSync(path.join(out, 'licenses.txt'), sorted.join('\n\n') + '\n');
}

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : actionNames();
for (const name of names) {
  const out = path.join(root, 'dist', name);
  // Bundle beside dist/ and swap it in, so a bundle is never missing while another process runs it,
  // and a failed build leaves the last good one.
  const staging = mkdtempSync(path.join(root, 'dist', `.${name}-`));
  const statsFile = `${staging}.stats.json`;
  const entry = path.join('actions', name, 'src', 'index.ts');
  const result = spawnSync(
    process.execPath,
    [ncc, 'build', entry, '--out', staging, '--stats-out', statsFile, '--quiet'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    rmSync(statsFile, { force: true });
    console.error(`bundling ${name} failed`);
    process.exit(result.status ?? 1);
  }
  writeLicenses(staging, statsFile);
  const old = `${staging}-old`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
  console.log(`bundled ${name} -> dist/${name}/index.js`);
}
