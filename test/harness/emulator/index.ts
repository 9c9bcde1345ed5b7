import { systemClock, type Clock } from '../../../packages/core/src/clock.js';
import type { Fault } from './faults.js';
import { createCheckRun, updateCheckRun } from './routes/checks.js';
import { createComment, editedAt } from './routes/comments.js';
import { createIssue } from './routes/issues.js';
import { createPullRequest, createReview } from './routes/pulls.js';
import { ApiServer, type RequestRecord, type Stats } from './server.js';
import {
  EmulatorState,
  type CheckRun,
  type Comment,
  type Issue,
  type Permission,
  type PullRequest,
  type Repo,
  type Review,
  type User,
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
  Fault,
  Issue,
  Permission,
  PullRequest,
  Repo,
  RequestRecord,
  Review,
  Stats,
  User,
  WorkflowRun,
};

export interface EmulatorOptions {
  /** Source of every timestamp (default the system clock). */
  clock?: Clock;
  /** Validate requests and responses against the OpenAPI description (default true). */
  validate?: boolean;
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
    this.server = new ApiServer(this.state, options.validate ?? true);
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

  /** A token that authenticates as the user (send as `token X` or `Bearer X`). */
  tokenFor(login: string): string {
    return this.state.tokenFor(login);
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
    return createIssue(this.state, this.state.repo(fullName), fields);
  }

  addComment(
    fullName: string,
    issueNumber: number,
    fields: { user: string; body: string; createdAt?: Date | number },
  ): Comment {
    const createdAt = fields.createdAt === undefined ? undefined : new Date(fields.createdAt).getTime();
    return createComment(this.state, this.state.repo(fullName), issueNumber, { ...fields, createdAt });
  }

  /** Edits a comment as GitHub does: updated_at moves forward, the author stays the original one. */
  editComment(fullName: string, commentId: number, fields: { body: string; by?: string }): void {
    const comment = this.state.repo(fullName).comments.get(commentId);
    if (!comment) throw new Error(`emulator: ${fullName} has no comment ${commentId}`);
    if (fields.by) this.state.user(fields.by);
    comment.body = fields.body;
    comment.updatedAt = editedAt(this.state, comment);
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
