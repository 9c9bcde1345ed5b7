import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { node24, type TestClock } from '../runner.js';
import { ConcurrencyGroups, type Holder, type QueueMode } from './concurrency.js';
import {
  filesAt,
  resolveCommit,
  type EmulatorEvent,
  type EngineEmulator,
  type RerunRequest,
} from './emulator-port.js';
import { workflowListensTo, type DeliveredEvent } from './events.js';
import {
  asString,
  evaluateCondition,
  evaluateString,
  evaluateToken,
  truthy,
  type Contexts,
} from './expressions.js';
import { InputError, resolveInputs } from './inputs.js';
import { runJob, type RunContext } from './job.js';
import { ancestorsOf, rerunSet, topologicalOrder } from './job-graph.js';
import type { JobRecord, RunConclusion } from './model.js';
import {
  parsePermissions,
  repositoryDefault,
  type DefaultPermissions,
  type Permissions,
} from './permissions.js';
import { WorkflowRun, type Compiled } from './run.js';
import { child, WorkflowError, type JobSpec } from './workflow-file.js';
import { WorkflowLoader } from './workflow-loader.js';

/**
 * A local GitHub Actions engine: runs the workflows of an emulated repository for an event, the way
 * GitHub does, against the GitHub API emulator. Jobs run one after the other in `needs` order (runs
 * run side by side); see README.md in this folder for what is modelled and what is not.
 */

export type { JobRecord, StepRecord, RunConclusion, JobResult } from './model.js';
export { OWN_REPOSITORY } from './job.js';
export { WorkflowError } from './workflow-file.js';
export { InputError } from './inputs.js';
export { WorkflowRun } from './run.js';
export type { EngineEmulator, EmulatorEvent } from './emulator-port.js';
export type { Permissions } from './permissions.js';

export interface EngineOptions {
  emulator: EngineEmulator;
  /** The emulated repository whose `.github/workflows` run (owner/name). */
  repo: string;
  /** Repository secrets (the `secrets` context; GITHUB_TOKEN is added per job). */
  secrets?: Record<string, string>;
  /** Repository variables (the `vars` context). */
  vars?: Record<string, string>;
  /** The repository's "Workflow permissions" setting (default restricted). */
  defaultPermissions?: DefaultPermissions;
  /** A scaled clock shared with the emulator and the bundles; timeouts are measured on it. */
  clock?: TestClock;
  /** Extra environment for every step (the tests' services). */
  env?: Record<string, string>;
  /** A protection rule for `environment:`: return false to reject the job. */
  environmentGate?: (environment: string, job: string) => boolean | Promise<boolean>;
  /** Where ACTIONS_ID_TOKEN_REQUEST_URL points for jobs with `id-token: write`. */
  oidcRequestUrl?: string;
  /** Start workflows for the emulator's events and re-run requests (default true). */
  listen?: boolean;
}

const here = path.dirname(fileURLToPath(import.meta.url));

interface Scope {
  run: WorkflowRun;
  compiled: Compiled;
  prefix: string;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  /** For a called workflow: the caller job's permissions, which it may only lower. */
  allowed?: Permissions;
  previous?: Record<string, JobRecord>;
  failedOnly: boolean;
  /** For a called workflow: its caller job's cancellation (e.g. by the caller's concurrency group). */
  signal?: AbortSignal;
}

interface Call {
  job: JobSpec;
  callee: Compiled;
  /** The caller job's contexts (github, needs, inputs, vars). */
  contexts: Contexts;
  /** The caller job's permissions, which the callee's jobs may only lower. */
  permissions: Permissions;
  /** The caller job's cancellation. */
  abort: AbortController;
  continueOnError: boolean;
  /** The caller job's record from the attempt before, when re-running failed jobs. */
  failedBefore: JobRecord | undefined;
  /** Takes a concurrency group for the caller job (released when it ends). */
  acquire: (token: ReturnType<typeof child>, ctx: Contexts) => Promise<boolean>;
}

/** The events about a pull request whose runs for a fork's pull request are restricted. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];

/**
 * A run for a pull request from a fork: "With the exception of GITHUB_TOKEN, secrets are not passed
 * to the runner when a workflow is triggered from a forked repository. The GITHUB_TOKEN has read-only
 * permissions in pull requests from forked repositories." (pull_request_target is not restricted: it
 * runs the base branch's workflow, with secrets.)
 * https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#workflows-in-forked-repositories
 */
export function fromFork(event: DeliveredEvent, repo: string): boolean {
  if (!PULL_REQUEST_EVENTS.includes(event.name)) return false;
  const head = (event.payload.pull_request as { head?: { repo?: { full_name?: string } | null } } | undefined)
    ?.head;
  // A payload that does not name the head repository does not say it is a fork.
  if (!head || head.repo === undefined) return false;
  // A deleted fork shows as a null head repository: still not this repository.
  return (head.repo?.full_name ?? '').toLowerCase() !== repo.toLowerCase();
}

/** Every write lowered to read; id-token (which only has write) to none. */
function readOnly(permissions: Permissions): Permissions {
  return Object.fromEntries(
    Object.entries(permissions).map(([scope, access]) => [
      scope,
      access === 'write' ? (scope === 'id-token' ? 'none' : 'read') : access,
    ]),
  );
}

export class ActionsEngine {
  readonly runs: WorkflowRun[] = [];
  /** Repository secrets and variables (from the options; a test may add to them between runs). */
  readonly secrets: Record<string, string>;
  readonly vars: Record<string, string>;
  /** Emulator events that started no workflow because a workflow token wrote them. */
  readonly ignoredEvents: EmulatorEvent[] = [];
  /** Errors from runs started by emulator events (nobody awaits those). */
  readonly errors: Error[] = [];
  private readonly groups = new ConcurrencyGroups();
  private readonly tasks = new Set<Promise<unknown>>();
  private readonly unsubscribe: (() => void)[] = [];
  private readonly temp: string;
  private readonly ghDirectory: string;
  private readonly loader: WorkflowLoader;

  constructor(private readonly options: EngineOptions) {
    this.loader = new WorkflowLoader(options.emulator, options.repo, options.defaultPermissions);
    this.secrets = { ...options.secrets };
    this.vars = { ...options.vars };
    this.temp = mkdtempSync(path.join(os.tmpdir(), 'actions-engine-'));
    this.ghDirectory = path.join(this.temp, 'bin');
    mkdirSync(this.ghDirectory);
    const gh = path.join(this.ghDirectory, 'gh');
    writeFileSync(gh, `#!/bin/sh\nexec "${node24}" "${path.join(here, 'gh', 'gh.mjs')}" "$@"\n`);
    chmodSync(gh, 0o755);
    const { emulator } = options;
    if (options.listen !== false) {
      if (emulator.onEvent) this.unsubscribe.push(emulator.onEvent((event) => this.onEmulatorEvent(event)));
      if (emulator.onRerun)
        this.unsubscribe.push(emulator.onRerun((request) => this.onRerunRequest(request)));
    }
  }

  /** Stops listening to the emulator and removes the engine's files (runs must have completed). */
  async close(): Promise<void> {
    this.unsubscribe.forEach((u) => u());
    await this.settled();
    rmSync(this.temp, { recursive: true, force: true });
  }

  /**
   * Resolves when every run started so far, and every run those start, has completed. The emulator
   * delivers events on the next turn of the event loop (as GitHub delivers webhooks after answering),
   * so each round first lets pending deliveries arrive.
   */
  async settled(): Promise<void> {
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.tasks.size === 0) return;
      await Promise.allSettled([...this.tasks]);
    }
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.tasks.add(promise);
    void promise.then(
      () => this.tasks.delete(promise),
      () => this.tasks.delete(promise),
    );
    return promise;
  }

  // ---- triggering ----

  /**
   * workflow_dispatch, as "Run workflow" or POST .../dispatches: inputs checked, defaulted and typed
   * as GitHub does; an invalid workflow or input throws (the API answers 422, no run is created).
   * https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#workflow_dispatch
   */
  async dispatch(
    workflowPath: string,
    opts: { inputs?: Record<string, string | number | boolean>; ref?: string; actor: string },
  ): Promise<WorkflowRun> {
    const repo = this.options.emulator.repo(this.options.repo);
    const ref = opts.ref ?? repo.defaultBranch;
    const sha = resolveCommit(this.options.emulator, this.options.repo, ref);
    if (!sha) throw new InputError(`No ref found for: ${ref}`);
    const compiled = await this.loader.compile(workflowPath, sha);
    if (!('workflow_dispatch' in compiled.spec.events))
      throw new InputError("Workflow does not have 'workflow_dispatch' trigger");
    const specs = this.loader.declaredInputs(compiled.spec, 'workflow_dispatch');
    const given = Object.fromEntries(Object.entries(opts.inputs ?? {}).map(([k, v]) => [k, String(v)]));
    const inputs = resolveInputs(specs, given, { event: 'workflow_dispatch' });
    const fullRef = ref.startsWith('refs/')
      ? ref
      : repo.refs.has(`refs/tags/${ref}`)
        ? `refs/tags/${ref}`
        : `refs/heads/${ref}`;
    const payload = {
      inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])),
      ref: fullRef,
      repository: this.repositoryPayload(),
      sender: this.sender(opts.actor),
      workflow: workflowPath,
    };
    return this.start(compiled, { name: 'workflow_dispatch', payload }, fullRef, sha, opts.actor, inputs);
  }

  /**
   * Any other event, with its payload as GitHub sends it: every workflow of the repository whose
   * `on:` matches starts a run. Returns the runs started.
   */
  async deliver(
    event: DeliveredEvent & { ref?: string; sha?: string; actor?: string },
  ): Promise<WorkflowRun[]> {
    const { emulator, repo } = this.options;
    const { ref, sha } = this.refFor(event);
    // Every webhook payload names its sender; the run's actor is that user.
    const actor = event.actor ?? (event.payload.sender as { login?: string } | undefined)?.login;
    // A schedule has no sender: its runs act as the user who last changed the cron, so say who.
    // https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#schedule
    if (!actor)
      throw new InputError(
        `${event.name} payload has no sender.login; pass actor (for schedule: who last changed the cron)`,
      );
    const runs: WorkflowRun[] = [];
    const files = [...filesAt(emulator, repo, sha).keys()].filter((f) =>
      /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f),
    );
    for (const file of files.sort()) {
      let compiled: Compiled;
      try {
        compiled = await this.loader.compile(file, sha);
      } catch (error) {
        // GitHub shows an invalid workflow file as a failed run of the event.
        const run = this.newRun(undefined, file, file, event, ref, sha, actor, {});
        run.error = (error as Error).message;
        this.complete(run, 'failure');
        runs.push(run);
        continue;
      }
      if (!workflowListensTo(compiled.spec.events, event)) continue;
      runs.push(await this.start(compiled, event, ref, sha, actor, {}));
    }
    return runs;
  }

  /** Cancels a run: a pending one never starts; a running one's steps are stopped as the runner stops them. */
  cancel(runId: number): void {
    const run = this.runs.find((r) => r.id === runId);
    if (!run) throw new Error(`no run ${runId}`);
    if (run.status === 'completed') return;
    run.abort.abort(new Error('cancelled'));
    run.holder?.cancel('cancelled');
  }

  /**
   * A new attempt of a completed run (same run id, run_attempt + 1, triggering_actor the re-runner).
   * failedOnly ("Re-run failed jobs") runs the failed and cancelled jobs and their dependents; the
   * other jobs keep their results and outputs.
   * https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/re-running-workflows-and-jobs
   */
  rerun(runId: number, opts: { failedOnly: boolean; actor: string }): WorkflowRun {
    const run = this.runs.find((r) => r.id === runId);
    if (!run) throw new Error(`no run ${runId} in this engine`);
    if (run.status !== 'completed' || !run.compiled)
      throw new Error(`run ${runId} cannot be re-run (${run.status})`);
    run.previousAttempts.push(run.jobs);
    const previous = run.jobs;
    run.attempt += 1;
    run.triggeringActor = opts.actor;
    run.status = 'queued';
    run.conclusion = null;
    run.error = undefined;
    run.jobs = {};
    run.abort = new AbortController();
    run.newAttempt();
    this.syncRecord(run);
    void this.track(this.execute(run, opts.failedOnly ? previous : undefined));
    return run;
  }

  private onEmulatorEvent(event: EmulatorEvent): void {
    if (event.repo.toLowerCase() !== this.options.repo.toLowerCase()) return;
    // "events triggered by the GITHUB_TOKEN, with the exception of workflow_dispatch and
    // repository_dispatch, will not create a new workflow run."
    // https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#using-the-github_token-in-a-workflow
    if (!event.startsWorkflows) {
      this.ignoredEvents.push(event);
      return;
    }
    if (event.name === 'workflow_dispatch') {
      const p = event.payload as { workflow?: string; ref?: string; inputs?: Record<string, string> };
      const workflow = String(p.workflow ?? '');
      void this.track(
        this.dispatch(workflow.includes('/') ? workflow : `.github/workflows/${workflow}`, {
          inputs: p.inputs,
          ref: p.ref,
          actor: event.sender,
        }).catch((error: Error) => this.errors.push(error)),
      );
      return;
    }
    void this.track(
      this.deliver({
        name: event.name,
        action: event.action,
        payload: event.payload,
        actor: event.sender,
      }).catch((error: Error) => this.errors.push(error)),
    );
  }

  private onRerunRequest(request: RerunRequest): void {
    if (request.repo.toLowerCase() !== this.options.repo.toLowerCase()) return;
    try {
      this.rerun(request.runId, { failedOnly: request.failedOnly, actor: request.by });
    } catch (error) {
      this.errors.push(error as Error);
    }
  }

  /**
   * Parses a workflow of the repository (at the default branch head) and every workflow it calls,
   * as a run would, and checks the permissions nested jobs ask for; throws what GitHub would report.
   */
  async check(file: string): Promise<void> {
    const r = this.options.emulator.repo(this.options.repo);
    const compiled = await this.loader.compile(file, r.refs.get(`refs/heads/${r.defaultBranch}`)!);
    this.loader.checkPermissions(compiled, undefined, file);
  }

  // ---- runs ----

  private refFor(event: DeliveredEvent & { ref?: string; sha?: string }): { ref: string; sha: string } {
    const { emulator, repo } = this.options;
    const r = emulator.repo(repo);
    const head = r.refs.get(`refs/heads/${r.defaultBranch}`)!;
    if (event.ref || event.sha) {
      const ref = event.ref ?? `refs/heads/${r.defaultBranch}`;
      return { ref, sha: event.sha ?? resolveCommit(emulator, repo, ref) ?? head };
    }
    const p = event.payload as {
      ref?: string;
      after?: string;
      pull_request?: { number: number; head?: { sha?: string }; base?: { ref?: string } };
      release?: { tag_name?: string };
    };
    if (event.name === 'push' && p.ref)
      return { ref: p.ref, sha: p.after ?? resolveCommit(emulator, repo, p.ref) ?? head };
    if (event.name === 'release' && p.release?.tag_name) {
      const ref = `refs/tags/${p.release.tag_name}`;
      return { ref, sha: resolveCommit(emulator, repo, ref) ?? head };
    }
    if (event.name === 'pull_request' && p.pull_request) {
      const ref = `refs/pull/${p.pull_request.number}/merge`;
      const headCommit = p.pull_request.head?.sha ? r.git.commit(p.pull_request.head.sha) : undefined;
      // A fork's commits are not in this repository: the run falls back to the base branch's files.
      if (!headCommit) return { ref, sha: head };
      // GITHUB_SHA is the "Last merge commit on the GITHUB_REF branch": GitHub's test merge of the
      // head into the base, not the head itself. Modelled as a commit with the head's tree and the two
      // parents (exact when the base has not moved since the branch left it), kept as refs/pull/N/merge.
      // https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request
      const baseSha = resolveCommit(emulator, repo, p.pull_request.base?.ref ?? r.defaultBranch) ?? head;
      const github = { name: 'GitHub', email: 'noreply@github.com', date: headCommit.committer.date };
      const sha = r.git.putCommit({
        tree: headCommit.tree,
        parents: [baseSha, headCommit.sha],
        author: github,
        committer: github,
        message: `Merge ${headCommit.sha} into ${baseSha}`,
      });
      r.refs.set(ref, sha);
      return { ref, sha };
    }
    // pull_request_target runs "in the context of the base of the pull request": GITHUB_REF is the
    // base branch and GITHUB_SHA its last commit, so the workflow file is the base branch's.
    // https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request_target
    if (event.name === 'pull_request_target' && p.pull_request) {
      const ref = `refs/heads/${p.pull_request.base?.ref ?? r.defaultBranch}`;
      return { ref, sha: resolveCommit(emulator, repo, ref) ?? head };
    }
    return { ref: `refs/heads/${r.defaultBranch}`, sha: head };
  }

  private repositoryPayload() {
    const r = this.options.emulator.repo(this.options.repo);
    return {
      id: r.id,
      name: r.name,
      full_name: r.fullName,
      private: r.private,
      default_branch: r.defaultBranch,
      owner: { login: r.owner.login, id: r.owner.id, type: r.owner.type },
    };
  }

  private sender(login: string) {
    return { login, type: /\[bot\]$/.test(login) ? 'Bot' : 'User' };
  }

  private newRun(
    compiled: Compiled | undefined,
    file: string,
    name: string,
    event: DeliveredEvent,
    ref: string,
    sha: string,
    actor: string,
    inputs: Record<string, unknown>,
  ): WorkflowRun {
    const { emulator } = this.options;
    const record = emulator.addWorkflowRun(this.options.repo, {
      status: 'queued',
      actor,
      triggering_actor: actor,
      head_sha: sha,
      head_branch: ref.replace(/^refs\/(heads|tags)\//, ''),
      name,
      event: event.name,
      run_attempt: 1,
    });
    record.path = file;
    const run = new WorkflowRun(
      record.id,
      record.runNumber,
      file,
      name,
      event,
      ref,
      sha,
      actor,
      compiled,
      inputs,
    );
    this.runs.push(run);
    return run;
  }

  private async start(
    compiled: Compiled,
    event: DeliveredEvent,
    ref: string,
    sha: string,
    actor: string,
    inputs: Record<string, unknown>,
  ): Promise<WorkflowRun> {
    const run = this.newRun(compiled, compiled.spec.path, compiled.spec.name, event, ref, sha, actor, inputs);
    void this.track(this.execute(run, undefined));
    // Let the run queue (and take or wait for its concurrency group) before the caller goes on.
    await new Promise((resolve) => setImmediate(resolve));
    return run;
  }

  /** Keeps the emulator's WorkflowRun record current (the approval gate reads it). */
  private syncRecord(run: WorkflowRun): void {
    const { emulator, repo } = this.options;
    const record = emulator.updateWorkflowRun(repo, run.id, {
      status: run.status,
      conclusion: run.conclusion,
      runAttempt: run.attempt,
    });
    // A re-run's triggering_actor is who re-ran it; updateWorkflowRun has no field for it.
    record.triggeringActor = run.triggeringActor;
  }

  private complete(run: WorkflowRun, conclusion: RunConclusion): void {
    run.status = 'completed';
    run.conclusion = conclusion;
    this.syncRecord(run);
    run.finish();
  }

  private githubContext(run: WorkflowRun): Record<string, unknown> {
    const { emulator, repo } = this.options;
    const p = run.event.payload as { pull_request?: { head?: { ref?: string }; base?: { ref?: string } } };
    return {
      repository: repo,
      repository_owner: repo.split('/')[0],
      repository_id: String(emulator.repo(repo).id),
      actor: run.actor,
      triggering_actor: run.triggeringActor,
      event_name: run.event.name,
      event: run.event.payload,
      ref: run.ref,
      ref_name: run.ref.replace(/^refs\/(heads|tags)\//, ''),
      ref_type: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      sha: run.sha,
      head_ref: p.pull_request?.head?.ref ?? '',
      base_ref: p.pull_request?.base?.ref ?? '',
      run_id: String(run.id),
      run_number: String(run.runNumber),
      run_attempt: String(run.attempt),
      workflow: run.workflowName,
      workflow_ref: `${repo}/${run.workflowPath}@${run.ref}`,
      workflow_sha: run.sha,
      server_url: 'https://github.com',
      api_url: emulator.url,
      graphql_url: `${emulator.url}/graphql`,
      retention_days: '90',
      secret_source: 'Actions',
    };
  }

  private concurrencyOf(
    token: ReturnType<typeof child>,
    contexts: Contexts,
  ): { group: string; cancelInProgress: boolean; queue: QueueMode } | undefined {
    if (!token) return undefined;
    const value = evaluateToken(token, contexts);
    if (typeof value === 'string') return { group: value, cancelInProgress: false, queue: 'single' };
    const v = value as { group?: unknown; 'cancel-in-progress'?: unknown; queue?: unknown };
    const queue = v.queue === 'max' ? 'max' : 'single';
    const cancelInProgress = truthy(v['cancel-in-progress']);
    // queue: max works "when cancel-in-progress is false or not set"; together they are a
    // validation error (see concurrency.ts).
    if (queue === 'max' && cancelInProgress)
      throw new WorkflowError(
        `concurrency ${asString(v.group)}: queue: max cannot be combined with cancel-in-progress: true`,
      );
    return { group: asString(v.group), cancelInProgress, queue };
  }

  private async execute(run: WorkflowRun, previous: Record<string, JobRecord> | undefined): Promise<void> {
    const compiled = run.compiled!;
    try {
      this.loader.checkPermissions(compiled, undefined, compiled.spec.path);
    } catch (error) {
      run.error = (error as Error).message;
      this.complete(run, 'failure');
      return;
    }
    const github = this.githubContext(run);
    let concurrency: ReturnType<ActionsEngine['concurrencyOf']>;
    try {
      concurrency = this.concurrencyOf(compiled.spec.concurrency, {
        github,
        inputs: run.inputs,
        vars: this.vars,
      });
    } catch (error) {
      run.error = (error as Error).message;
      this.complete(run, 'failure');
      return;
    }
    if (concurrency) {
      const holder: Holder = { cancel: () => run.abort.abort(new Error('cancelled by concurrency')) };
      run.holder = holder;
      run.status = 'pending';
      this.syncRecord(run);
      const go = await this.groups.acquire(concurrency.group, holder, concurrency);
      if (!go || run.abort.signal.aborted) {
        this.complete(run, 'cancelled');
        return;
      }
    }
    run.status = 'in_progress';
    this.syncRecord(run);
    try {
      run.jobs = await this.runScope({
        run,
        compiled,
        prefix: '',
        inputs: run.inputs,
        // A run for a fork's pull request gets no secrets but GITHUB_TOKEN (see fromFork).
        secrets: fromFork(run.event, this.options.repo) ? {} : { ...this.secrets },
        previous,
        failedOnly: previous !== undefined,
      });
      this.complete(run, this.conclusionOf(run));
    } catch (error) {
      run.error = (error as Error).stack ?? String(error);
      this.complete(run, 'failure');
    } finally {
      if (concurrency && run.holder) this.groups.release(concurrency.group, run.holder);
    }
  }

  private conclusionOf(run: WorkflowRun): RunConclusion {
    if (run.abort.signal.aborted) return 'cancelled';
    const jobs = Object.values(run.jobs);
    if (jobs.some((j) => j.result === 'failure' && !j.continueOnError)) return 'failure';
    if (jobs.some((j) => j.result === 'cancelled')) return 'cancelled';
    return 'success';
  }

  private async runScope(scope: Scope): Promise<Record<string, JobRecord>> {
    const { spec } = scope.compiled;
    const order = topologicalOrder(spec.jobs);
    const again = scope.previous && scope.failedOnly ? rerunSet(spec.jobs, scope.previous) : undefined;
    // The top-level scope fills run.jobs as jobs finish, so a test can watch a run progress.
    const results: Record<string, JobRecord> = scope.prefix === '' ? scope.run.jobs : {};
    for (const job of order) {
      if (again && !again.has(job.id) && scope.previous![job.id]) {
        results[job.id] = scope.previous![job.id];
        continue;
      }
      const prior = scope.previous?.[job.id];
      results[job.id] = await this.runJobEntry(
        scope,
        job,
        results,
        prior && ['failure', 'cancelled'].includes(prior.result) ? prior : undefined,
      );
    }
    return results;
  }

  private async runJobEntry(
    scope: Scope,
    job: JobSpec,
    results: Record<string, JobRecord>,
    failedBefore: JobRecord | undefined,
  ): Promise<JobRecord> {
    const { run, compiled } = scope;
    const jobPath = `${scope.prefix}${job.id}`;
    const needs = Object.fromEntries(
      job.needs.map((n) => [n, { result: results[n].result, outputs: results[n].outputs }]),
    );
    const ancestors = ancestorsOf(job, compiled.spec.jobs).map((id) => results[id]);
    const github = { ...this.githubContext(run), job: job.id };
    const contexts: Contexts = {
      github,
      needs,
      inputs: scope.inputs,
      vars: this.vars,
      strategy: {},
      matrix: {},
    };
    const skipped = (): JobRecord => ({
      id: jobPath,
      name: job.id,
      result: 'skipped',
      outputs: {},
      steps: [],
      summary: '',
      attempt: run.attempt,
    });
    // A job's status functions look at the jobs it needs, directly or not: "If you have a chain of
    // dependent jobs, failure() returns true if any ancestor job fails."
    // https://docs.github.com/en/actions/reference/evaluate-expressions-in-workflows-and-actions#failure
    const cancelled = () => run.abort.signal.aborted || scope.signal?.aborted === true;
    const status = {
      success: () => ancestors.every((a) => a.result === 'success') && !cancelled(),
      failure: () => ancestors.some((a) => a.result === 'failure'),
      cancelled,
    };
    let runIt: boolean;
    try {
      runIt = evaluateCondition(job.if, contexts, status);
    } catch (error) {
      return { ...skipped(), result: 'failure', error: (error as Error).message };
    }
    if (!runIt) return skipped();

    const own =
      parsePermissions(job.permissions, contexts) ?? parsePermissions(compiled.spec.permissions, contexts);
    const asked = own ?? scope.allowed ?? repositoryDefault(this.options.defaultPermissions ?? 'restricted');
    const permissions = fromFork(run.event, this.options.repo) ? readOnly(asked) : asked;
    const continueOnError = job.continueOnError
      ? truthy(evaluateToken(job.continueOnError, contexts))
      : false;

    // Job-level concurrency (and a called workflow's own top-level group, which holds its caller job).
    const jobAbort = new AbortController();
    const groups: { group: string; holder: Holder }[] = [];
    const callee = compiled.calls.get(job.id);
    const acquire = async (token: ReturnType<typeof child>, ctx: Contexts) => {
      const c = this.concurrencyOf(token, ctx);
      if (!c) return true;
      const holder: Holder = { cancel: () => jobAbort.abort(new Error('cancelled by concurrency')) };
      groups.push({ group: c.group, holder });
      return (await this.groups.acquire(c.group, holder, c)) && !jobAbort.signal.aborted;
    };
    try {
      if (!(await acquire(job.concurrency, contexts)))
        return {
          ...skipped(),
          result: 'cancelled',
          error: 'cancelled while pending in its concurrency group',
        };
      if (callee)
        return await this.runCall(scope, {
          job,
          callee,
          contexts,
          permissions,
          abort: jobAbort,
          continueOnError,
          failedBefore,
          acquire,
        });
      const token = this.options.emulator.workflowToken(this.options.repo, { permissions, runId: run.id });
      const runContext: RunContext = {
        emulator: this.options.emulator,
        runId: run.id,
        attempt: run.attempt,
        runNumber: run.runNumber,
        repo: this.options.repo,
        github,
        vars: this.vars,
        masks: run.masks,
        artifacts: run.artifacts,
        clock: this.options.clock,
        env: this.options.env ?? {},
        ghDirectory: this.ghDirectory,
        eventPath: this.eventFile(run),
        // A job that starts after the run was cancelled (if: always()) runs its steps normally.
        signal: AbortSignal.any([
          ...(run.abort.signal.aborted ? [] : [run.abort.signal]),
          jobAbort.signal,
          ...(scope.signal ? [scope.signal] : []),
        ]),
        environmentGate: this.options.environmentGate,
        oidcRequestUrl: this.options.oidcRequestUrl,
      };
      const record = await runJob(runContext, {
        spec: job,
        workflow: compiled.spec,
        path: jobPath,
        needs,
        inputs: scope.inputs,
        secrets: scope.secrets,
        permissions,
        token,
      });
      return { ...record, continueOnError };
    } finally {
      for (const { group, holder } of groups.reverse()) this.groups.release(group, holder);
    }
  }

  /** A job that calls a reusable workflow: inputs, secrets, the callee's group, its jobs, its outputs. */
  private async runCall(scope: Scope, call: Call): Promise<JobRecord> {
    const { job, callee, contexts, permissions, continueOnError, failedBefore, acquire } = call;
    const jobAbort = call.abort;
    const { run } = scope;
    const jobPath = `${scope.prefix}${job.id}`;
    const record: JobRecord = {
      id: jobPath,
      name: job.id,
      result: 'success',
      outputs: {},
      steps: [],
      summary: '',
      attempt: run.attempt,
      permissions,
      continueOnError,
    };
    const withSecrets = { ...contexts, secrets: scope.secrets };
    let inputs: Record<string, unknown>;
    let secrets: Record<string, string>;
    try {
      record.name = job.name ? evaluateString(job.name, contexts) : job.id;
      const given = (evaluateToken(job.with, contexts) ?? {}) as Record<string, unknown>;
      // workflow_call input defaults may be expressions; they see the github and vars contexts.
      const declared = this.loader.declaredInputs(callee.spec, 'workflow_call');
      inputs = resolveInputs(declared, given, {
        event: 'workflow_call',
        defaults: (name) => {
          const d = declared[name];
          return d?.defaultToken
            ? evaluateToken(d.defaultToken, { github: contexts.github, vars: contexts.vars })
            : d?.default;
        },
      });
      // Secrets: only those the called workflow declares, from the explicit mapping (or inherited).
      // https://docs.github.com/en/actions/sharing-automations/reusing-workflows#passing-inputs-and-secrets-to-a-reusable-workflow
      const declaredSecrets =
        (callee.spec.events.workflow_call as { secrets?: Record<string, { required?: boolean }> } | undefined)
          ?.secrets ?? {};
      const passed = job.inheritSecrets
        ? scope.secrets
        : Object.fromEntries(
            Object.entries((evaluateToken(job.secrets, withSecrets) ?? {}) as Record<string, unknown>).map(
              ([k, v]) => [k, asString(v)],
            ),
          );
      secrets = {};
      for (const [name, spec] of Object.entries(declaredSecrets)) {
        const key = Object.keys(passed).find((k) => k.toLowerCase() === name.toLowerCase());
        if (key !== undefined && passed[key] !== '') secrets[name] = passed[key];
        else if (spec.required && !job.inheritSecrets)
          throw new InputError(`Secret ${name} is required, but not provided while calling.`);
      }
      if (job.inheritSecrets) Object.assign(secrets, passed);
    } catch (error) {
      return { ...record, result: 'failure', error: (error as Error).message };
    }
    const github = contexts.github as Record<string, unknown>;
    if (!(await acquire(callee.spec.concurrency, { github, inputs, vars: contexts.vars })))
      return { ...record, result: 'cancelled', error: 'cancelled while pending in its concurrency group' };
    const inner = await this.runScope({
      run,
      compiled: callee,
      prefix: `${jobPath}/`,
      inputs,
      secrets,
      allowed: permissions,
      previous: failedBefore?.jobs,
      failedOnly: failedBefore !== undefined,
      signal: scope.signal ? AbortSignal.any([scope.signal, jobAbort.signal]) : jobAbort.signal,
    });
    record.jobs = inner;
    const results = Object.values(inner);
    if (results.some((j) => j.result === 'failure' && !j.continueOnError)) record.result = 'failure';
    else if (results.some((j) => j.result === 'cancelled')) record.result = 'cancelled';
    // The called workflow's outputs map its jobs' outputs ("value: ${{ jobs.<job>.outputs.<name> }}").
    // https://docs.github.com/en/actions/sharing-automations/reusing-workflows#using-outputs-from-a-reusable-workflow
    const jobs = Object.fromEntries(
      Object.entries(inner).map(([id, j]) => [id, { result: j.result, outputs: j.outputs }]),
    );
    try {
      const outputs = (evaluateToken(callee.spec.callOutputs, {
        github,
        inputs,
        vars: contexts.vars,
        jobs,
      }) ?? {}) as Record<string, { value?: unknown }>;
      for (const [name, out] of Object.entries(outputs)) record.outputs[name] = asString(out?.value);
    } catch (error) {
      record.result = 'failure';
      record.error = (error as Error).message;
    }
    return record;
  }

  private eventFile(run: WorkflowRun): string {
    const file = path.join(this.temp, `event-${run.id}.json`);
    writeFileSync(file, JSON.stringify(run.event.payload));
    return file;
  }
}
