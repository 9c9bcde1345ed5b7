import { systemClock, type Clock } from '../../../packages/core/src/clock.js';
import type { Fault } from './faults.js';
import { createCheckRun, updateCheckRun } from './routes/checks.js';
import { createComment, editedAt } from './routes/comments.js';
import { createIssue } from './routes/issues.js';
import { createPullRequest, createReview } from './routes/pulls.js';
import { issueCommentPayload, issuesPayload } from './events.js';
import { normalisePermissions } from './rules.js';
import { ApiServer, type RequestRecord, type Stats } from './server.js';
import { installationTokenLifetimeMs, publicKeyOf, type Permissions, type Principal } from './tokens.js';
import {
  EmulatorState,
  type EmulatorEvent,
  type Reaction,
  type RerunRequest,
  type RulesetRule,
  type CheckRun,
  type Comment,
  type Issue,
  type Permission,
  type PullRequest,
  type Repo,
  type Review,
  type User,
  type WorkflowJob,
  type WorkflowRun,
} from './state.js';

/**
 * A GitHub REST API emulator on 127.0.0.1 for tests: seeded directly, inspected directly, spoken to
 * over HTTP like api.github.com. Requests and responses are checked against GitHub's OpenAPI
 * description; `assertValid()` fails a test that sent or received something GitHub would not.
 */

export type {
  CheckRun,
  Comment,
  EmulatorEvent,
  Permissions,
  RerunRequest,
  RulesetRule,
  Fault,
  Issue,
  Permission,
  PullRequest,
  Repo,
  RequestRecord,
  Review,
  Stats,
  User,
  WorkflowJob,
  WorkflowRun,
};

export interface EmulatorOptions {
  /** Source of every timestamp (default the system clock). */
  clock?: Clock;
  /** Validate requests and responses against the OpenAPI description (default true). */
  validate?: boolean;
  /**
   * Refuse requests past a token's primary rate limit, as GitHub does (default true). A stress test
   * that is about something else (compare-and-swap under 50 writers) may only report them.
   */
  enforceRateLimits?: boolean;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const emulator = new GitHubEmulator(options);
  await emulator.listen();
  return emulator;
}

export class GitHubEmulator {
  private readonly state: EmulatorState;
  private readonly server: ApiServer;

  constructor(options: EmulatorOptions = {}) {
    this.state = new EmulatorState(options.clock ?? systemClock);
    this.server = new ApiServer(this.state, options.validate ?? true, options.enforceRateLimits ?? true);
  }

  /** @internal startEmulator calls this. */
  async listen(): Promise<void> {
    await this.server.listen();
  }

  /** GITHUB_API_URL for clients, e.g. http://127.0.0.1:41234. */
  get url(): string {
    return this.server.url;
  }

  // ---- seeding ----

  /**
   * A user (or bot). `canReadOrg` lets its token read team memberships of orgs it does not belong
   * to, as a token with the read:org scope can; members of an org can always read their org's.
   */
  addUser(login: string, opts: { type?: 'User' | 'Bot'; id?: number; canReadOrg?: boolean } = {}): User {
    return this.state.addUser(login, opts);
  }

  /**
   * A token that authenticates as the user with every classic scope (send as `token X` or
   * `Bearer X`). For GitHub's other kinds of token, see below.
   */
  tokenFor(login: string): string {
    return this.state.tokenFor(login);
  }

  /**
   * The workflow token (GITHUB_TOKEN) of a job in `repo`: an installation token of GitHub's own
   * Actions App, acting as github-actions[bot] — the same identity for every workflow of every
   * repository — valid on `repo` only, with exactly the job's `permissions:`.
   * https://docs.github.com/en/actions/concepts/security/github_token
   */
  workflowToken(repo: string, opts: { permissions: Permissions; runId?: number }): string {
    const home = this.state.repo(repo);
    return this.state.tokens.mint('workflow', {
      user: this.state.workflowBotUser(),
      repositories: new Set([home.fullName.toLowerCase()]),
      permissions: normalisePermissions(opts.permissions),
      runId: opts.runId,
    });
  }

  /**
   * Registers a GitHub App installed on `owner` (all its repositories unless `repositories`), so a
   * JWT signed with `privateKeyPem` can mint installation tokens, as @octokit/auth-app does.
   */
  installApp(
    slug: string,
    opts: {
      owner: string;
      appId: number;
      installationId?: number;
      privateKeyPem: string;
      permissions: Permissions;
      repositories?: string[];
    },
  ): { appId: number; installationId: number } {
    const installationId = opts.installationId ?? this.state.id();
    this.state.addUser(`${slug}[bot]`, { type: 'Bot' });
    this.state.tokens.registerApp({
      slug,
      appId: opts.appId,
      installationId,
      owner: this.state.user(opts.owner).login,
      repositories: opts.repositories && new Set(opts.repositories.map((r) => r.toLowerCase())),
      permissions: normalisePermissions(opts.permissions),
      publicKey: publicKeyOf(opts.privateKeyPem),
    });
    return { appId: opts.appId, installationId };
  }

  /**
   * An installation token of an App (registered with installApp, or made up here): acts as
   * `<slug>[bot]`, expires one hour after minting.
   */
  appInstallationToken(
    slug: string,
    opts: { repositories: string[]; permissions: Permissions; lifetimeMs?: number },
  ): { token: string; expiresAt: number } {
    const user = this.state.addUser(`${slug}[bot]`, { type: 'Bot' });
    const repositories = new Set(opts.repositories.map((r) => this.state.repo(r).fullName.toLowerCase()));
    const expiresAt = this.state.now() + (opts.lifetimeMs ?? installationTokenLifetimeMs);
    const principal: Omit<Principal, 'kind'> = {
      user,
      repositories,
      permissions: normalisePermissions(opts.permissions),
      expiresAt,
    };
    return { token: this.state.tokens.mint('installation', principal), expiresAt };
  }

  /** A classic personal access token of the user with these scopes (`repo`, `public_repo`, `read:org`, ...). */
  classicToken(login: string, scopes: string[]): string {
    return this.state.tokens.mint('classic', { user: this.state.user(login), scopes: new Set(scopes) });
  }

  /** A fine-grained personal access token: the user's access, narrowed to repositories and permissions. */
  fineGrainedToken(login: string, opts: { repositories: string[]; permissions: Permissions }): string {
    return this.state.tokens.mint('fine-grained', {
      user: this.state.user(login),
      repositories: new Set(opts.repositories.map((r) => this.state.repo(r).fullName.toLowerCase())),
      permissions: normalisePermissions(opts.permissions),
    });
  }

  /**
   * A ruleset on branches of `repo` (names, `*` patterns, or `~DEFAULT_BRANCH`): ref updates it
   * refuses answer 422 "Repository rule violations found".
   */
  protectBranch(
    repo: string,
    branches: string | string[],
    opts: { rules: RulesetRule[]; bypass?: string[] },
  ): void {
    this.state.repo(repo).rulesets.push({
      id: this.state.id(),
      branches: Array.isArray(branches) ? branches : [branches],
      rules: new Set(opts.rules),
      bypass: new Set((opts.bypass ?? []).map((l) => l.toLowerCase())),
    });
  }

  // ---- events ----

  /** Every event GitHub would deliver; `startsWorkflows` says whether it would start workflow runs. */
  onEvent(listener: (event: EmulatorEvent) => void): () => void {
    this.state.eventListeners.add(listener);
    return () => this.state.eventListeners.delete(listener);
  }

  /** Re-run requests that passed GitHub's checks (completed run, within 30 days, under 50 re-runs). */
  onRerun(listener: (request: RerunRequest) => void): () => void {
    this.state.rerunListeners.add(listener);
    return () => this.state.rerunListeners.delete(listener);
  }

  /** A repository with one commit on its default branch holding `files`; an unknown owner becomes an org. */
  addRepo(
    fullName: string,
    opts: { defaultBranch?: string; private?: boolean; files?: Record<string, string> } = {},
  ): Repo {
    return this.state.addRepo(fullName, opts);
  }

  setPermission(fullName: string, login: string, permission: Permission): void {
    const repo = this.state.repo(fullName);
    const user = this.state.user(login);
    if (permission === 'none') repo.permissions.delete(user.login.toLowerCase());
    else repo.permissions.set(user.login.toLowerCase(), permission);
  }

  /** A team whose members are active; they also become members of the org. */
  addTeam(org: string, slug: string, members: string[]): void {
    const o = this.state.org(org);
    const logins = members.map((m) => this.state.user(m).login.toLowerCase());
    const team = o.teams.get(slug.toLowerCase()) ?? { slug, id: this.state.id(), members: new Set<string>() };
    for (const login of logins) {
      team.members.add(login);
      o.members.add(login);
    }
    o.teams.set(slug.toLowerCase(), team);
  }

  addIssue(
    fullName: string,
    fields: { title: string; body?: string; user: string; labels?: string[] },
  ): Issue {
    const repo = this.state.repo(fullName);
    const issue = createIssue(this.state, repo, fields);
    this.deliver(
      repo,
      'issues',
      'opened',
      issuesPayload(this.server.render, repo, issue, fields.user, 'opened'),
      fields.user,
    );
    return issue;
  }

  addComment(
    fullName: string,
    issueNumber: number,
    fields: { user: string; body: string; createdAt?: Date | number },
  ): Comment {
    const createdAt = fields.createdAt === undefined ? undefined : new Date(fields.createdAt).getTime();
    const repo = this.state.repo(fullName);
    const comment = createComment(this.state, repo, issueNumber, { ...fields, createdAt });
    const issue = repo.issues.get(issueNumber)!;
    const payload = issueCommentPayload(this.server.render, repo, issue, comment, comment.user, 'created');
    this.deliver(repo, 'issue_comment', 'created', payload, comment.user);
    return comment;
  }

  /** A reaction by a user on an issue, or on one of its comments. */
  addReaction(
    fullName: string,
    target: { issueNumber: number } | { commentId: number },
    fields: { user: string; content: string; createdAt?: Date | number },
  ): Reaction {
    const reactions = this.reactionsOf(fullName, target);
    const reaction: Reaction = {
      id: this.state.id(),
      user: this.state.user(fields.user).login,
      content: fields.content,
      createdAt: fields.createdAt === undefined ? this.state.now() : new Date(fields.createdAt).getTime(),
    };
    reactions.push(reaction);
    return reaction;
  }

  /** Removes a reaction, as its author can at any time. */
  removeReaction(
    fullName: string,
    target: { issueNumber: number } | { commentId: number },
    reactionId: number,
  ): void {
    const reactions = this.reactionsOf(fullName, target);
    const index = reactions.findIndex((r) => r.id === reactionId);
    if (index < 0) throw new Error(`emulator: no reaction ${reactionId}`);
    reactions.splice(index, 1);
  }

  private reactionsOf(fullName: string, target: { issueNumber: number } | { commentId: number }): Reaction[] {
    const repo = this.state.repo(fullName);
    const owner =
      'issueNumber' in target ? repo.issues.get(target.issueNumber) : repo.comments.get(target.commentId);
    if (!owner) throw new Error(`emulator: ${fullName} has no ${JSON.stringify(target)}`);
    return owner.reactions;
  }

  /** A seeded write is a person's (through the web UI): it starts workflows. */
  private deliver(
    repo: Repo,
    name: string,
    action: string | undefined,
    payload: Record<string, unknown>,
    sender: string,
  ) {
    this.state.emit({ name, action, repo: repo.fullName, payload, sender, startsWorkflows: true });
  }

  /** Edits a comment as GitHub does: updated_at moves forward, the author stays the original one. */
  editComment(fullName: string, commentId: number, fields: { body: string; by?: string }): void {
    const comment = this.state.repo(fullName).comments.get(commentId);
    if (!comment) throw new Error(`emulator: ${fullName} has no comment ${commentId}`);
    if (fields.by) this.state.user(fields.by);
    comment.body = fields.body;
    comment.updatedAt = editedAt(this.state, comment);
    const repo = this.state.repo(fullName);
    const issue = repo.issues.get(comment.issueNumber)!;
    const sender = fields.by ?? comment.user;
    const payload = issueCommentPayload(this.server.render, repo, issue, comment, sender, 'edited');
    this.deliver(repo, 'issue_comment', 'edited', payload, sender);
  }

  /**
   * A pull request with its changed files (numbered with the issues, as on GitHub); `merged` merges
   * it, by default into a made-up merge commit sha.
   */
  addPullRequest(
    fullName: string,
    fields: {
      number?: number;
      title: string;
      user: string;
      headSha: string;
      baseRef?: string;
      files: {
        filename: string;
        status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
        additions?: number;
        deletions?: number;
      }[];
      merged?: { by: string; sha?: string };
    },
  ): PullRequest {
    return createPullRequest(this.state, this.state.repo(fullName), fields);
  }

  /** A review of a pull request on `commitId`, submitted now unless `submittedAt` says otherwise. */
  addReview(
    fullName: string,
    number: number,
    fields: {
      user: string;
      state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
      commitId: string;
      body?: string;
      submittedAt?: Date | number;
    },
  ): Review {
    const submittedAt = fields.submittedAt === undefined ? undefined : new Date(fields.submittedAt).getTime();
    return createReview(this.state, this.state.repo(fullName), number, { ...fields, submittedAt });
  }

  addCheckRun(
    fullName: string,
    sha: string,
    run: { name: string; status: CheckRun['status']; conclusion?: string | null; app?: string },
  ): CheckRun {
    return createCheckRun(this.state, this.state.repo(fullName), { ...run, headSha: sha });
  }

  updateCheckRun(
    fullName: string,
    id: number,
    fields: { status?: CheckRun['status']; conclusion?: string | null },
  ): void {
    const run = this.state.repo(fullName).checkRuns.find((r) => r.id === id);
    if (!run) throw new Error(`emulator: ${fullName} has no check run ${id}`);
    updateCheckRun(this.state, run, fields);
  }

  addWorkflowRun(
    fullName: string,
    run: {
      id?: number;
      status: string;
      conclusion?: string | null;
      actor: string;
      triggering_actor?: string;
      head_sha?: string;
      head_branch?: string;
      name?: string;
      event?: string;
      run_attempt?: number;
    },
  ): WorkflowRun {
    const repo = this.state.repo(fullName);
    const now = this.state.now();
    const id = run.id ?? this.state.id();
    const seeded: WorkflowRun = {
      id,
      name: run.name ?? 'deploy',
      status: run.status,
      conclusion: run.conclusion ?? null,
      actor: this.state.user(run.actor).login,
      triggeringActor: this.state.user(run.triggering_actor ?? run.actor).login,
      headSha: run.head_sha ?? repo.refs.get(`refs/heads/${repo.defaultBranch}`)!,
      headBranch: run.head_branch ?? repo.defaultBranch,
      event: run.event ?? 'workflow_dispatch',
      runNumber: repo.workflowRuns.size + 1,
      runAttempt: run.run_attempt ?? 1,
      workflowId: 1,
      path: `.github/workflows/${run.name ?? 'deploy'}.yml`,
      createdAt: now,
      updatedAt: now,
    };
    repo.workflowRuns.set(id, seeded);
    return seeded;
  }

  /** Moves a run along (the Actions engine keeps its runs current this way). */
  updateWorkflowRun(
    fullName: string,
    id: number,
    fields: { status?: string; conclusion?: string | null; runAttempt?: number },
  ): WorkflowRun {
    const run = this.state.repo(fullName).workflowRuns.get(id);
    if (!run) throw new Error(`emulator: ${fullName} has no workflow run ${id}`);
    if (fields.status !== undefined) run.status = fields.status;
    if (fields.conclusion !== undefined) run.conclusion = fields.conclusion;
    if (fields.runAttempt !== undefined) run.runAttempt = fields.runAttempt;
    run.updatedAt = this.state.now();
    return run;
  }

  /**
   * Sets the jobs of one attempt of a run (the Actions engine does not report its jobs here): what
   * `GET …/actions/runs/{run_id}/jobs` and `…/attempts/{attempt_number}/jobs` list. Times are ms.
   */
  setWorkflowJobs(
    fullName: string,
    runId: number,
    attempt: number,
    jobs: {
      name: string;
      status?: string;
      conclusion: string | null;
      startedAt: number;
      completedAt?: number;
    }[],
  ): WorkflowJob[] {
    const run = this.state.repo(fullName).workflowRuns.get(runId);
    if (!run) throw new Error(`emulator: ${fullName} has no workflow run ${runId}`);
    const seeded = jobs.map((job) => ({
      id: this.state.id(),
      name: job.name,
      status: job.status ?? (job.completedAt === undefined ? 'in_progress' : 'completed'),
      conclusion: job.conclusion,
      startedAt: job.startedAt,
      completedAt: job.completedAt ?? null,
    }));
    (run.jobs ??= new Map()).set(attempt, seeded);
    return seeded;
  }

  // ---- inspection ----

  repo(fullName: string): Repo {
    return this.state.repo(fullName);
  }

  issue(fullName: string, issueNumber: number): Issue | undefined {
    return this.state.repo(fullName).issues.get(issueNumber);
  }

  /** The comments of an issue, oldest first. */
  comments(fullName: string, issueNumber: number): Comment[] {
    return [...this.state.repo(fullName).comments.values()]
      .filter((c) => c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  /** The sha a ref points at, e.g. ref('o/r', 'heads/main'). */
  ref(fullName: string, ref: string): string | undefined {
    return this.state.repo(fullName).refs.get(`refs/${ref.replace(/^refs\//, '')}`);
  }

  readFile(fullName: string, branch: string, path: string): string | undefined {
    const repo = this.state.repo(fullName);
    const head = repo.refs.get(`refs/heads/${branch}`);
    return head ? repo.git.readPath(head, path)?.content.toString('utf8') : undefined;
  }

  get dispatches(): EmulatorState['dispatches'] {
    return this.state.dispatches;
  }

  get reruns(): EmulatorState['reruns'] {
    return this.state.reruns;
  }

  get stats(): Readonly<Stats> {
    return this.server.stats;
  }

  get requests(): readonly RequestRecord[] {
    return this.server.requests;
  }

  get validationErrors(): readonly string[] {
    return this.server.validationErrors;
  }

  /** Throws, listing them, if any request or response broke GitHub's OpenAPI description. */
  assertValid(): void {
    const errors = this.server.validationErrors;
    if (errors.length > 0)
      throw new Error(
        `GitHub API emulator saw ${errors.length} OpenAPI violation(s):\n- ${errors.join('\n- ')}`,
      );
  }

  // ---- faults ----

  injectFault(fault: Fault): void {
    this.server.faults.add(fault);
  }

  clearFaults(): void {
    this.server.faults.clear();
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}
