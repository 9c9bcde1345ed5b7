import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filesAt, resolveCommit, type EngineEmulator } from './emulator-port.js';

/**
 * The third-party actions the engine emulates, all in this one table, each at the commits our
 * workflows pin. Any other `uses:` fails its step. Each handler does what the action's README says
 * for the inputs it accepts, on the emulated repository, and refuses inputs it does not emulate.
 */

export interface ThirdPartyContext {
  inputs: Record<string, string>;
  workspace: string;
  emulator: EngineEmulator;
  /** The run's repository and commit (github.repository, github.sha). */
  repository: string;
  sha: string;
  token: string;
  artifacts: Map<string, Map<string, Buffer>>;
  log(line: string): void;
}

export interface ThirdPartyAction {
  /** Commit sha → the release it is, as the workflows' pin comments say. */
  pins: Record<string, string>;
  inputs: Record<string, string | undefined>;
  run(ctx: ThirdPartyContext): Record<string, string>;
}

function inside(workspace: string, relative: string, input: string): string {
  const target = path.resolve(workspace, relative);
  if (target !== workspace && !target.startsWith(`${workspace}${path.sep}`))
    throw new Error(`input '${input}': '${relative}' is outside the workspace`);
  return target;
}

/**
 * https://github.com/actions/checkout: "checks-out your repository under $GITHUB_WORKSPACE".
 * Files come from the emulated repository at `ref` (default: the run's commit for the run's own
 * repository, else the default branch). `sparse-checkout` keeps the listed directories (cone mode,
 * the action's default: top-level files are kept too), or with `sparse-checkout-cone-mode: false` the
 * files matching its patterns as git's non-cone sparse-checkout reads them (gitignore-style: `*`,
 * `**`, a leading `/` anchors, a trailing `/` means a directory, `!` excludes; the last match wins).
 * With `persist-credentials` (default true) the
 * token is written to the checkout's .git/config as the action does, so later git commands would be
 * authenticated; there is no git history (fetch-depth is not emulated).
 */
const checkout: ThirdPartyAction = {
  pins: {
    '08c6903cd8c0fde910a37f88322edcfb5dd907a8': 'v5.0.0',
    '11bd71901bbe5b1630ceea73d27597364c9af683': 'v4.2.2',
  },
  inputs: {
    repository: '',
    ref: '',
    token: '',
    path: '',
    'sparse-checkout': '',
    'sparse-checkout-cone-mode': 'true',
    'persist-credentials': 'true',
    'fetch-depth': '1',
  },
  run(ctx) {
    const repository = ctx.inputs.repository || ctx.repository;
    const ref = ctx.inputs.ref || (repository === ctx.repository ? ctx.sha : '');
    const r = ctx.emulator.repo(repository);
    const commit = resolveCommit(ctx.emulator, repository, ref || r.defaultBranch);
    if (!commit) throw new Error(`input 'ref': '${ref}' is not a branch, tag or commit of ${repository}`);
    const target = inside(ctx.workspace, ctx.inputs.path, 'path');
    const patterns = ctx.inputs['sparse-checkout']
      .split('\n')
      .map((p) => p.trim().replace(/^\/+|\/+$/g, ''))
      .filter(Boolean);
    const cone = ctx.inputs['sparse-checkout-cone-mode'] !== 'false';
    const nonCone = cone ? undefined : nonConeMatcher(ctx.inputs['sparse-checkout']);
    let count = 0;
    for (const [file, content] of filesAt(ctx.emulator, repository, commit)) {
      const keep =
        patterns.length === 0 ||
        (nonCone
          ? nonCone(file)
          : !file.includes('/') || patterns.some((p) => file === p || file.startsWith(`${p}/`)));
      if (!keep) continue;
      const destination = path.join(target, file);
      mkdirSync(path.dirname(destination), { recursive: true });
      writeFileSync(destination, content);
      count++;
    }
    if (ctx.inputs['persist-credentials'] === 'true') {
      mkdirSync(path.join(target, '.git'), { recursive: true });
      const basic = Buffer.from(`x-access-token:${ctx.inputs.token}`).toString('base64');
      writeFileSync(
        path.join(target, '.git', 'config'),
        `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${basic}\n`,
      );
    }
    ctx.log(`Checked out ${repository}@${commit} (${count} files) into ${target}`);
    return { ref: ref || r.defaultBranch, commit };
  },
};

/** git's non-cone sparse-checkout: gitignore-style patterns, the last matching one decides. */
function nonConeMatcher(text: string): (file: string) => boolean {
  const rules = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const exclude = line.startsWith('!');
      let pattern = exclude ? line.slice(1) : line;
      const directory = pattern.endsWith('/');
      pattern = pattern.replace(/\/+$/, '');
      const anchored = pattern.startsWith('/') || pattern.includes('/');
      pattern = pattern.replace(/^\/+/, '');
      const body = pattern
        .split('**')
        .map((part) =>
          part
            .split('*')
            .map((t) => t.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('[^/]*'),
        )
        .join('.*');
      const regex = new RegExp(`${anchored ? '^' : '(^|/)'}${body}${directory ? '/' : '(/|$)'}`);
      return { exclude, regex };
    });
  return (file) => {
    let kept = false;
    for (const rule of rules) if (rule.regex.test(file)) kept = !rule.exclude;
    return kept;
  };
}

/**
 * https://github.com/actions/upload-artifact: uploads `path` (files or directories, one per line)
 * as artifact `name` (default "artifact"); `if-no-files-found` warn (default), error or ignore.
 * Uploading the same name twice in a run fails, as in v4.
 */
const uploadArtifact: ThirdPartyAction = {
  pins: { ea165f8d65b6e75b540449e92b4886f43607fa02: 'v4.6.2' },
  inputs: {
    name: 'artifact',
    path: undefined,
    'if-no-files-found': 'warn',
    'retention-days': '',
    'compression-level': '6',
    overwrite: 'false',
    'include-hidden-files': 'false',
  },
  run(ctx) {
    const name = ctx.inputs.name;
    if (ctx.artifacts.has(name) && ctx.inputs.overwrite !== 'true')
      throw new Error(
        `Failed to CreateArtifact: an artifact with this name already exists on the workflow run: ${name}`,
      );
    const files = new Map<string, Buffer>();
    const add = (absolute: string, relative: string) => {
      const stats = statSync(absolute);
      if (stats.isDirectory()) {
        for (const entry of readdirSync(absolute))
          add(path.join(absolute, entry), path.join(relative, entry));
      } else files.set(relative, readFileSync(absolute));
    };
    for (const line of ctx.inputs.path
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      const absolute = path.resolve(ctx.workspace, line);
      if (existsSync(absolute)) add(absolute, statSync(absolute).isDirectory() ? '' : path.basename(line));
    }
    if (files.size === 0) {
      const message = `No files were found with the provided path: ${ctx.inputs.path}. No artifacts will be uploaded.`;
      if (ctx.inputs['if-no-files-found'] === 'error') throw new Error(message);
      if (ctx.inputs['if-no-files-found'] === 'warn') ctx.log(`::warning::${message}`);
      return {} as Record<string, string>;
    }
    ctx.artifacts.set(name, files);
    ctx.log(`Artifact ${name} has been successfully uploaded (${files.size} files)`);
    return { 'artifact-id': String(ctx.artifacts.size) };
  },
};

/**
 * https://github.com/actions/setup-node: the runner already has Node; the step only checks that the
 * requested version is one the engine's Node satisfies (a major such as 20 or 24, or empty).
 */
const setupNode: ThirdPartyAction = {
  pins: { '49933ea5288caeca8642d1e84afbd3f7d6820020': 'v4.4.0' },
  inputs: { 'node-version': '', 'node-version-file': '', cache: '', 'cache-dependency-path': '' },
  run(ctx) {
    const wanted = ctx.inputs['node-version'];
    if (wanted && !/^(lts\/\*|\d+(\.x)?)$/.test(wanted))
      throw new Error(`input 'node-version': '${wanted}' is not emulated; expected a major version, e.g. 24`);
    if (ctx.inputs.cache && !['npm', 'yarn', 'pnpm'].includes(ctx.inputs.cache))
      throw new Error(`input 'cache': '${ctx.inputs.cache}'; expected npm, yarn or pnpm`);
    ctx.log(`Node ${wanted || 'from the runner'} is available (setup-node is a check in the engine)`);
    return { 'node-version': process.version };
  },
};

export const thirdPartyActions: Record<string, ThirdPartyAction> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': uploadArtifact,
  'actions/setup-node': setupNode,
};
