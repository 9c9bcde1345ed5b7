import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  actionDirectory,
  node24,
  parseAnnotations,
  parseFileCommands,
  readActionMetadata,
  testClockSpec,
  type ActionMetadata,
  type TestClock,
} from '../runner.js';
import {
  asString,
  evaluateCondition,
  evaluateString,
  evaluateStringMap,
  evaluateToken,
  interpolate,
  truthy,
  type Contexts,
  type StatusFunctions,
} from './expressions.js';
import type { JobRecord, StepOutcome, StepRecord } from './model.js';
import type { Permissions } from './permissions.js';
import { runProcess } from './process.js';
import { thirdPartyActions } from './third-party-actions.js';
import { isMapping } from '@actions/workflow-parser';
import { child, type JobSpec, type StepSpec, type WorkflowSpec } from './workflow-file.js';
import type { EngineEmulator } from './emulator-port.js';

/** One job of a run on an emulated hosted runner: a fresh workspace, its steps in order, post steps. */

/** The owner/name our workflows and actions are referenced by (`shipgate/shipgate/actions/x@v1`). */
export const OWN_REPOSITORY = 'shipgate/shipgate';

export interface RunContext {
  emulator: EngineEmulator;
  runId: number;
  attempt: number;
  runNumber: number;
  repo: string;
  github: Record<string, unknown>;
  vars: Record<string, string>;
  /** Values masked in every log of the run (secrets, tokens, ::add-mask::). */
  masks: Set<string>;
  artifacts: Map<string, Map<string, Buffer>>;
  clock?: TestClock;
  /** Extra environment for every step (e.g. where the tests' services listen). */
  env: Record<string, string>;
  ghDirectory: string;
  eventPath: string;
  /** The run's cancellation (engine.cancel, concurrency). */
  signal: AbortSignal;
  /** Called before a job with an `environment:` starts; false fails the job (a protection rule). */
  environmentGate?: (environment: string, job: string) => boolean | Promise<boolean>;
  oidcRequestUrl?: string;
}

export interface JobInput {
  spec: JobSpec;
  workflow: WorkflowSpec;
  /** The job's path (deploy or deploy/checks). */
  path: string;
  needs: Record<string, { result: string; outputs: Record<string, string> }>;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  permissions: Permissions;
  token: string;
}

export function mask(text: string, masks: Set<string>): string {
  let out = text;
  for (const value of [...masks].filter((m) => m.length > 0).sort((a, b) => b.length - a.length))
    out = out.split(value).join('***');
  return out;
}

function addMask(masks: Set<string>, value: string) {
  if (!value) return;
  masks.add(value);
  // A multi-line secret is masked line by line as well.
  for (const line of value.split(/\r?\n/)) if (line.trim().length > 0) masks.add(line);
}

/** `::add-mask::` lines register masks and are not kept in the log, as on the runner. */
function collectMasks(output: string, masks: Set<string>): string {
  const kept: string[] = [];
  for (const line of output.split('\n')) {
    const m = /^::add-mask::(.*)$/.exec(line.replace(/\r$/, ''));
    if (m) addMask(masks, m[1].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'));
    else kept.push(line);
  }
  return kept.join('\n');
}

function parseEnvFile(text: string): Record<string, string> {
  return parseFileCommands(text);
}

/**
 * `timeout-minutes` in clock minutes → real milliseconds. Jobs on GitHub-hosted runners are limited
 * to 6 hours: "Each job in a workflow can run for up to 6 hours of execution time."
 * https://docs.github.com/en/actions/reference/limits
 */
export const HOSTED_JOB_LIMIT_MINUTES = 360;

function realMs(minutes: number, clock?: { factor: number }): number {
  return (minutes * 60_000) / (clock?.factor ?? 1);
}

interface PostStep {
  name: string;
  meta: ActionMetadata;
  directory: string;
  env: Record<string, string>;
  stateFile: string;
  condition: string;
}

export async function runJob(run: RunContext, input: JobInput): Promise<JobRecord> {
  const { spec, workflow } = input;
  const record: JobRecord = {
    id: input.path,
    name: spec.id,
    result: 'success',
    outputs: {},
    steps: [],
    summary: '',
    permissions: input.permissions,
    attempt: run.attempt,
  };
  addMask(run.masks, input.token);
  for (const value of Object.values(input.secrets)) addMask(run.masks, value);

  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), `engine-${spec.id}-`));
  const workspace = path.join(runnerTemp, 'workspace');
  mkdirSync(workspace);
  const github = { ...run.github, token: input.token, job: spec.id, workspace };
  const runner = {
    os: 'Linux',
    arch: 'X64',
    name: 'GitHub Actions 1',
    temp: runnerTemp,
    tool_cache: path.join(runnerTemp, 'tool-cache'),
    environment: 'github-hosted',
  };
  const secrets = { ...input.secrets, GITHUB_TOKEN: input.token };
  const base: Contexts = {
    github,
    inputs: input.inputs,
    vars: run.vars,
    needs: input.needs,
    strategy: {},
    matrix: {},
  };

  let jobEnv: Record<string, string>;
  let workflowEnv: Record<string, string>;
  try {
    workflowEnv = evaluateStringMap(workflow.env, { ...base, secrets });
    jobEnv = { ...workflowEnv, ...evaluateStringMap(spec.env, { ...base, secrets }) };
    record.name = spec.name ? evaluateString(spec.name, base) : spec.id;
  } catch (error) {
    return { ...record, result: 'failure', error: (error as Error).message };
  }

  // environment: name and url; a protection rule may refuse the job.
  let environmentUrl: TemplateLike;
  if (spec.environment) {
    // The name is known before the job runs; the url may use the steps context, so it waits.
    const nameToken = isMapping(spec.environment) ? child(spec.environment, 'name') : spec.environment;
    try {
      record.environment = { name: evaluateString(nameToken, base) };
    } catch (error) {
      return { ...record, result: 'failure', error: (error as Error).message };
    }
    environmentUrl = child(spec.environment, 'url');
    if (run.environmentGate && !(await run.environmentGate(record.environment.name, input.path)))
      return {
        ...record,
        result: 'failure',
        error: `environment ${record.environment.name}: deployment was rejected`,
      };
  }

  // The job's time limit, on the run's clock.
  let limit = HOSTED_JOB_LIMIT_MINUTES;
  if (spec.timeoutMinutes) limit = Number(evaluateToken(spec.timeoutMinutes, base));
  const runsOn = asString(evaluateToken(spec.runsOn, base));
  if (/^ubuntu-/.test(runsOn)) limit = Math.min(limit, HOSTED_JOB_LIMIT_MINUTES);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new Error('timeout')), realMs(limit, run.clock));
  const jobSignal = AbortSignal.any([run.signal, timeout.signal]);

  const added: Record<string, string> = {};
  const paths: string[] = [];
  const stepsContext: Record<
    string,
    { outcome: string; conclusion: string; outputs: Record<string, string> }
  > = {};
  const posts: PostStep[] = [];
  let failed = false;
  const jobStatus = () => (jobSignal.aborted ? 'cancelled' : failed ? 'failure' : 'success');
  const status: StatusFunctions = {
    success: () => !failed && !jobSignal.aborted,
    failure: () => failed,
    cancelled: () => jobSignal.aborted,
  };
  // defaults.run of the job, else of the workflow.
  const defaults = (key: string) =>
    child(child(spec.defaults, 'run'), key) ?? child(child(workflow.defaults, 'run'), key);

  const stepEnvironment = (step: StepSpec, files: StepFiles, extra: Record<string, string>) => {
    const env: Record<string, string> = {
      PATH: [run.ghDirectory, ...paths, process.env.PATH ?? '/usr/bin:/bin'].join(':'),
      HOME: process.env.HOME ?? runnerTemp,
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: runner.name,
      RUNNER_ENVIRONMENT: 'github-hosted',
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: runner.tool_cache,
      GITHUB_WORKSPACE: workspace,
      GITHUB_API_URL: String(run.github.api_url),
      GITHUB_SERVER_URL: String(run.github.server_url),
      GITHUB_GRAPHQL_URL: String(run.github.graphql_url),
      GITHUB_REPOSITORY: run.repo,
      GITHUB_REPOSITORY_OWNER: run.repo.split('/')[0],
      GITHUB_ACTOR: String(run.github.actor),
      GITHUB_TRIGGERING_ACTOR: String(run.github.triggering_actor),
      GITHUB_EVENT_NAME: String(run.github.event_name),
      GITHUB_EVENT_PATH: run.eventPath,
      GITHUB_SHA: String(run.github.sha),
      GITHUB_REF: String(run.github.ref),
      GITHUB_REF_NAME: String(run.github.ref_name),
      GITHUB_REF_TYPE: String(run.github.ref_type),
      GITHUB_HEAD_REF: String(run.github.head_ref ?? ''),
      GITHUB_BASE_REF: String(run.github.base_ref ?? ''),
      GITHUB_RUN_ID: String(run.runId),
      GITHUB_RUN_NUMBER: String(run.runNumber),
      GITHUB_RUN_ATTEMPT: String(run.attempt),
      GITHUB_WORKFLOW: String(run.github.workflow),
      GITHUB_WORKFLOW_REF: String(run.github.workflow_ref),
      GITHUB_JOB: spec.id,
      GITHUB_ACTION: step.id,
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      ...(run.clock ? { SHIPGATE_TEST_CLOCK: testClockSpec(run.clock) } : {}),
    };
    // "You can't overwrite the value of default environment variables named GITHUB_* and RUNNER_*."
    // https://docs.github.com/en/actions/reference/variables-reference#default-environment-variables
    const defaults = Object.entries(env).filter(([name]) => /^(GITHUB|RUNNER)_/.test(name));
    Object.assign(env, run.env, extra, Object.fromEntries(defaults));
    // "id-token: write" is what makes the runner offer an OIDC token to the job.
    // https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings
    if (input.permissions['id-token'] === 'write') {
      env.ACTIONS_ID_TOKEN_REQUEST_URL = run.oidcRequestUrl ?? `${run.emulator.url}/_services/token`;
      env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = `oidc-${run.runId}-${spec.id}`;
      addMask(run.masks, env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    }
    return env;
  };

  for (const step of spec.steps) {
    const stepRecord = await runStep(step);
    record.steps.push(stepRecord);
    if (step.explicitId)
      stepsContext[step.id] = {
        outcome: stepRecord.outcome,
        conclusion: stepRecord.conclusion,
        outputs: stepRecord.outputs,
      };
    if (stepRecord.conclusion === 'failure') failed = true;
  }
  for (const post of posts.reverse()) {
    const contexts = { ...base, job: { status: jobStatus() }, runner, env: jobEnv, steps: stepsContext };
    if (!evaluateCondition(post.condition, contexts, status)) continue;
    const files = stepFiles(runnerTemp);
    writeFileSync(files.state, '');
    const state = parseFileCommands(readFileSync(post.stateFile, 'utf8'));
    const env = {
      ...post.env,
      GITHUB_OUTPUT: files.output,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      ...Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])),
    };
    const result = await runProcess(node24, [path.resolve(post.directory, post.meta.runs.post!)], {
      env,
      cwd: workspace,
      signal: new AbortController().signal,
    });
    const log = mask(collectMasks(result.output, run.masks), run.masks);
    const ok = result.exitCode === 0;
    record.steps.push({
      id: `post-${post.name}`,
      name: `Post ${post.name}`,
      outcome: ok ? 'success' : 'failure',
      conclusion: ok ? 'success' : 'failure',
      outputs: {},
      log,
      exitCode: result.exitCode,
    });
    if (!ok) failed = true;
  }
  clearTimeout(timer);

  const contexts = {
    ...base,
    job: { status: jobStatus() },
    runner,
    env: jobEnv,
    steps: stepsContext,
    secrets,
  };
  try {
    const outputs = evaluateStringMap(spec.outputs, contexts);
    for (const [name, value] of Object.entries(outputs)) {
      // "Outputs containing secrets are redacted on the runner and not sent to GitHub Actions."
      // https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/passing-information-between-jobs
      if ([...run.masks].some((m) => m.length > 0 && value.includes(m))) continue;
      record.outputs[name] = value;
    }
    if (record.environment && environmentUrl)
      record.environment.url = evaluateString(environmentUrl, contexts);
  } catch (error) {
    failed = true;
    record.error = (error as Error).message;
  }
  if (timeout.signal.aborted && !run.signal.aborted) {
    record.result = 'failure';
    record.error = `The job has exceeded the maximum execution time of ${limit} minutes.`;
  } else if (run.signal.aborted) record.result = 'cancelled';
  else record.result = failed ? 'failure' : 'success';
  return record;

  async function runStep(step: StepSpec): Promise<StepRecord> {
    const stepEnvSoFar = { ...jobEnv, ...added };
    const contexts: Contexts = {
      ...base,
      job: { status: jobStatus() },
      runner,
      env: stepEnvSoFar,
      steps: stepsContext,
    };
    const withSecrets = { ...contexts, secrets };
    let name = step.id;
    const skip = (outcome: StepOutcome): StepRecord => ({
      id: step.id,
      name,
      outcome,
      conclusion: outcome,
      outputs: {},
      log: '',
    });
    const fail = (message: string): StepRecord => ({
      id: step.id,
      name,
      outcome: 'failure',
      conclusion: continueOnError() ? 'success' : 'failure',
      outputs: {},
      log: mask(`::error::${message}`, run.masks),
    });
    const continueOnError = () => {
      if (typeof step.continueOnError === 'boolean') return step.continueOnError;
      return step.continueOnError ? truthy(evaluateToken(step.continueOnError, withSecrets)) : false;
    };
    try {
      name = step.name
        ? evaluateString(step.name, contexts)
        : (step.uses ?? (step.run ? `Run ${evaluateString(step.run, withSecrets).split('\n')[0]}` : step.id));
      name = mask(name, run.masks);
      if (!evaluateCondition(step.if, contexts, status)) return skip('skipped');
    } catch (error) {
      return fail((error as Error).message);
    }
    const stepTimeout = step.timeoutMinutes
      ? Number(evaluateToken(step.timeoutMinutes, contexts))
      : undefined;
    // Steps that run after a cancellation (if: always() / cancelled()) are not cancelled themselves.
    const signals = [jobSignal.aborted ? new AbortController().signal : jobSignal];
    if (stepTimeout !== undefined) signals.push(AbortSignal.timeout(realMs(stepTimeout, run.clock)));
    const signal = AbortSignal.any(signals);
    const files = stepFiles(runnerTemp);
    let outcome: StepOutcome;
    let log: string;
    let exitCode: number | null | undefined;
    try {
      const stepEnv = { ...stepEnvSoFar, ...evaluateStringMap(step.env, withSecrets) };
      const evalContexts = { ...withSecrets, env: stepEnv };
      if (step.run) {
        const script = evaluateString(step.run, evalContexts);
        const shell = step.shell ?? asString(evaluateToken(defaults('shell'), evalContexts));
        const wd = step.workingDirectory ?? defaults('working-directory');
        const cwd = wd ? path.resolve(workspace, evaluateString(wd, evalContexts)) : workspace;
        const scriptFile = path.join(runnerTemp, `${randomUUID()}.sh`);
        writeFileSync(scriptFile, script);
        const [command, ...args] = shellCommand(shell || undefined, scriptFile);
        const result = await runProcess(command, args, {
          env: stepEnvironment(step, files, stepEnv),
          cwd,
          signal,
        });
        exitCode = result.exitCode;
        log = result.output;
        outcome = result.exitCode === 0 ? 'success' : 'failure';
      } else {
        const result = await runUses(step, evalContexts, stepEnv, files, signal);
        exitCode = result.exitCode;
        log = result.log;
        outcome = result.exitCode === 0 ? 'success' : 'failure';
      }
    } catch (error) {
      exitCode = undefined;
      log = `::error::${(error as Error).message}`;
      outcome = 'failure';
    }
    // Stopped because the job was cancelled or ran out of time: the step is cancelled (a step's own
    // timeout-minutes fails it instead).
    if (outcome === 'failure' && signals[0].aborted) outcome = 'cancelled';
    log = mask(collectMasks(log, run.masks), run.masks);
    const outputs = parseFileCommands(readFileSync(files.output, 'utf8'));
    Object.assign(added, parseEnvFile(readFileSync(files.env, 'utf8')));
    paths.unshift(...readFileSync(files.path, 'utf8').split('\n').filter(Boolean).reverse());
    record.summary += mask(readFileSync(files.summary, 'utf8'), run.masks);
    const conclusion = outcome === 'failure' && continueOnError() ? 'success' : outcome;
    const { annotations } = parseAnnotations(log);
    return { id: step.id, name, outcome, conclusion, outputs, log, exitCode, annotations };
  }

  async function runUses(
    step: StepSpec,
    contexts: Contexts,
    stepEnv: Record<string, string>,
    files: StepFiles,
    signal: AbortSignal,
  ): Promise<{ exitCode: number | null; log: string }> {
    const uses = step.uses!;
    const withValues = evaluateStringMap(step.with, contexts);
    const own = new RegExp(`^${OWN_REPOSITORY}/actions/([a-z0-9-]+)@(.+)$`, 'i').exec(uses);
    if (own) {
      const directory = actionDirectory(own[1]);
      if (!existsSync(path.join(directory, 'action.yml')))
        throw new Error(`uses: ${uses}: ${OWN_REPOSITORY} has no action '${own[1]}'`);
      const meta = readActionMetadata(own[1]);
      if (meta.runs.using !== 'node24') throw new Error(`uses: ${uses}: runs.using is ${meta.runs.using}`);
      const main = path.resolve(directory, meta.runs.main);
      if (!existsSync(main))
        throw new Error(`uses: ${uses}: bundle ${main} does not exist; run npm run build`);
      const log: string[] = [];
      const declared = meta.inputs ?? {};
      const unexpected = Object.keys(withValues).filter((k) => !(k in declared));
      // The runner warns and passes them on.
      if (unexpected.length > 0)
        log.push(
          `::warning::Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`,
        );
      const inputEnv: Record<string, string> = {};
      for (const [name, spec] of Object.entries(declared)) {
        const value = name in withValues ? withValues[name] : interpolate(spec.default ?? '', contexts);
        inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
      }
      for (const [name, value] of Object.entries(withValues))
        inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
      const extra = {
        ...stepEnv,
        ...inputEnv,
        GITHUB_ACTION_PATH: directory,
        GITHUB_ACTION_REPOSITORY: OWN_REPOSITORY,
        GITHUB_ACTION_REF: own[2],
      };
      const env = stepEnvironment(step, files, extra);
      const result = await runProcess(node24, [main], { env, cwd: workspace, signal });
      if (meta.runs.post)
        posts.push({
          name: step.id,
          meta,
          directory,
          env,
          stateFile: files.state,
          condition: meta.runs['post-if'] ?? 'always()',
        });
      return { exitCode: result.exitCode, log: [...log, result.output].join('\n') };
    }
    const third = /^([^/@]+\/[^/@]+)@(.+)$/.exec(uses);
    const handler = third ? thirdPartyActions[third[1].toLowerCase()] : undefined;
    if (third && handler) {
      const sha = third[2];
      if (!/^[0-9a-f]{40}$/.test(sha))
        throw new Error(`uses: ${uses}: third-party actions must be pinned to a full-length commit SHA`);
      if (!handler.pins[sha])
        throw new Error(
          `uses: ${uses}: the engine emulates ${third[1]} only at ${Object.entries(handler.pins)
            .map(([s, v]) => `${s} (${v})`)
            .join(', ')}`,
        );
      const inputs: Record<string, string> = {};
      for (const name of Object.keys(withValues))
        if (!(name in handler.inputs)) throw new Error(`uses: ${uses}: input '${name}' is not emulated`);
      for (const [name, fallback] of Object.entries(handler.inputs)) {
        if (name in withValues) inputs[name] = withValues[name];
        else if (fallback === undefined) throw new Error(`uses: ${uses}: input '${name}' is required`);
        else inputs[name] = name === 'token' ? input.token : fallback;
      }
      const lines: string[] = [];
      const outputs = handler.run({
        inputs,
        workspace,
        emulator: run.emulator,
        repository: run.repo,
        sha: String(run.github.sha),
        token: input.token,
        artifacts: run.artifacts,
        log: (line) => lines.push(line),
      });
      writeFileSync(
        files.output,
        Object.entries(outputs)
          .map(([k, v]) => `${k}=${v}\n`)
          .join(''),
      );
      return { exitCode: 0, log: lines.join('\n') };
    }
    throw new Error(
      `uses: ${uses} is not available in the shipgate test engine: it runs ${OWN_REPOSITORY}/actions/<name>@<ref> and the emulated ${Object.keys(thirdPartyActions).join(', ')} (see test/harness/engine/third-party-actions.ts)`,
    );
  }
}

type TemplateLike = ReturnType<typeof child>;

interface StepFiles {
  output: string;
  env: string;
  path: string;
  summary: string;
  state: string;
}

function stepFiles(runnerTemp: string): StepFiles {
  const dir = path.join(runnerTemp, `_step_${randomUUID().slice(0, 8)}`);
  mkdirSync(dir);
  const files = {
    output: path.join(dir, 'output'),
    env: path.join(dir, 'env'),
    path: path.join(dir, 'path'),
    summary: path.join(dir, 'summary'),
    state: path.join(dir, 'state'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  return files;
}

/**
 * `shell:` as the runner runs it on Linux: unspecified is `bash -e {0}` ("Note this runs a different
 * command versus when bash is explicitly specified": no pipefail), bash is
 * `bash --noprofile --norc -eo pipefail {0}`, sh is `sh -e {0}`, a custom shell is a command line
 * with {0} for the script.
 * https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsshell
 */
export function shellCommand(shell: string | undefined, script: string): string[] {
  if (shell === undefined) return ['bash', '-e', script];
  if (shell === 'bash') return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', script];
  if (shell === 'sh') return ['sh', '-e', script];
  if (shell.includes('{0}')) return shell.split(/\s+/).map((part) => part.replace('{0}', script));
  throw new Error(`shell '${shell}' is not supported by the engine; expected bash, sh or a command with {0}`);
}
