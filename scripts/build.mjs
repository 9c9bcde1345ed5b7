// Bundles every action (actions/<name>/src/index.ts) into dist/<name>/index.js with @vercel/ncc.
// Usage: node scripts/build.mjs [--out-dir <dir>] [name ...]   (no names: every action; --out-dir: write
// <dir>/<name>/ instead of dist/<name>/, which is what check-dist does). It first writes the generated
// config validators (scripts/validators.ts), which the bundles include. Bundles are built side by side,
// one ncc process per core (SHIPGATE_BUILD_JOBS overrides), as ncc bundles on one core. ncc only
// transpiles (--transpile-only; tsconfig.bundle.json): `npm run typecheck` checks the types once for the
// whole tree, where a type-checking ncc checked packages/core again in each of the eight bundles
// (3× the CPU time, same output).
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
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

/** Runs ncc on `entry` (relative to `cwd`) into a staging folder beside `out`, then swaps it in. */
function runNcc(label, entry, cwd, out, finish) {
  // Bundle beside the output and swap it in, so a bundle is never missing while another process runs it,
  // and a failed build leaves the last good one.
  const staging = mkdtempSync(path.join(path.dirname(out), `.${path.basename(out)}-`));
  const statsFile = `${staging}.stats.json`;
  const child = spawn(
    process.execPath,
    [ncc, 'build', entry, '--out', staging, '--stats-out', statsFile, '--quiet', '--transpile-only'],
    { cwd, stdio: 'inherit' },
  );
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`bundling ${label}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (status) => {
      if (status !== 0) {
        rmSync(staging, { recursive: true, force: true });
        rmSync(statsFile, { force: true });
        console.error(`bundling ${label} failed`);
        resolve(status ?? 1);
        return;
      }
      try {
        writeLicenses(staging, statsFile);
        finish(staging);
      } catch (error) {
        rmSync(staging, { recursive: true, force: true });
        console.error(`bundling ${label}: ${error.message}`);
        resolve(1);
        return;
      }
      const old = `${staging}-old`;
      if (existsSync(out)) renameSync(out, old);
      renameSync(staging, out);
      rmSync(old, { recursive: true, force: true });
      console.log(`bundled ${label} -> ${path.relative(root, out)}`);
      resolve(0);
    });
  });
}

/** Bundles one action into `<outRoot>/<name>`; resolves to ncc's exit status. */
function bundle(name, outRoot) {
  // ncc's path mapping reads tsconfig.json from its working directory, so each action is bundled from
  // its own folder: its tsconfig.json (extending tsconfig.bundle.json) maps `undici` to the lazy shim.
  return runNcc(name, 'src/index.ts', path.join(root, 'actions', name), path.join(outRoot, name), () => {});
}

/**
 * undici, bundled on its own into `<outRoot>/undici/index.cjs`, where the actions' bundles require it
 * on first use (packages/core/src/lazy-undici.mjs). `.cjs`: dist/ lies inside this ES-module package.
 */
function bundleUndici(outRoot) {
  return runNcc(
    'undici',
    path.join('node_modules', 'undici', 'index.js'),
    root,
    path.join(outRoot, 'undici'),
    (staging) => {
      const files = readdirSync(staging).filter((file) => file !== 'licenses.txt');
      if (files.join() !== 'index.js')
        throw new Error(`undici bundled into ${files.join(', ')}; expected index.js only`);
      renameSync(path.join(staging, 'index.js'), path.join(staging, 'index.cjs'));
    },
  );
}

/**
 * Bundles `names` (and the shared undici) into `outRoot`, `jobs` at a time; resolves to the first
 * failing status, or 0.
 */
export async function buildAll(names, outRoot, jobs) {
  // The shared undici bundle first: it is the longest single job and every action needs it.
  const queue = [() => bundleUndici(outRoot), ...names.map((name) => () => bundle(name, outRoot))];
  let failed = 0;
  const worker = async () => {
    while (queue.length > 0 && failed === 0) {
      const status = await queue.shift()();
      if (status !== 0 && failed === 0) failed = status;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, queue.length)) }, worker));
  return failed;
}

/**
 * Writes the generated config validators (scripts/validators.ts), or with `check` only says whether
 * they are stale; returns the exit status. The bundles include them, so they are written first.
 */
export function generateValidators({ check = false } = {}) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join('scripts', 'validators.ts'), ...(check ? ['--check'] : [])],
    { cwd: root, stdio: 'inherit' },
  );
  return result.status ?? 1;
}

export function buildJobs(env = process.env) {
  const given = env.SHIPGATE_BUILD_JOBS;
  if (given === undefined || given === '') return os.availableParallelism();
  if (!/^[1-9]\d*$/.test(given))
    throw new Error(`SHIPGATE_BUILD_JOBS: '${given}' is not a whole number of parallel builds such as 2`);
  return Number(given);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let outRoot = path.join(root, 'dist');
  const at = args.indexOf('--out-dir');
  if (at >= 0) {
    if (!args[at + 1]) {
      console.error('--out-dir: expected a directory to write the bundles to');
      process.exit(2);
    }
    outRoot = path.resolve(args[at + 1]);
    args.splice(at, 2);
  }
  const known = actionNames();
  const unknown = args.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    console.error(`unknown action(s): ${unknown.join(', ')}; expected some of: ${known.join(', ')}`);
    process.exit(2);
  }
  mkdirSync(outRoot, { recursive: true });
  const generated = generateValidators();
  if (generated !== 0) process.exit(generated);
  process.exit(await buildAll(args.length > 0 ? args : known, outRoot, buildJobs()));
}
