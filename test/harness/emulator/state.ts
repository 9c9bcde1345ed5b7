import type { Clock } from '../../../packages/core/src/clock.js';
import { GitObjects, type Signature } from './git-objects.js';
import { TokenRegistry, workflowBot } from './tokens.js';

/** Everything the emulated GitHub knows; routes and the seeding API both work on this. */

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
const permissionOrder: Permission[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];

export interface User {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  /** May read an org's team memberships without belonging to it (a token with read:org). */
  canReadOrg: boolean;
  createdAt: number;
}

export interface Team {
  slug: string;
  id: number;
  members: Set<string>;
}

export interface Org {
  user: User;
  members: Set<string>;
  teams: Map<string, Team>;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface Reaction {
  id: number;
  user: string;
  content: string;
  createdAt: number;
}

export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  assignees: string[];
  locked: boolean;
  lockReason: string | null;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
  closedBy: string | null;
  reactions: Reaction[];
  /** When the body was last edited (GraphQL `Issue.lastEditedAt`); null if never. */
  bodyEditedAt: number | null;
  /** What GET .../issues/{n}/events lists: state changes, locks, renames, labels; never comments. */
  events: IssueEvent[];
}

/** https://docs.github.com/en/rest/using-the-rest-api/issue-event-types */
export interface IssueEvent {
  id: number;
  event: 'closed' | 'reopened' | 'locked' | 'unlocked' | 'renamed' | 'labeled' | 'unlabeled' | 'assigned';
  actor: string;
  createdAt: number;
  stateReason?: string | null;
  lockReason?: string | null;
  rename?: { from: string; to: string };
  label?: string;
  assignee?: string;
}

export interface Comment {
  id: number;
  issueNumber: number;
  user: string;
  body: string;
  createdAt: number;
  updatedAt: number;
  reactions: Reaction[];
}

export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  app: string;
  startedAt: number;
  completedAt: number | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
}

export interface CommitStatus {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: number;
  updatedAt: number;
}

export interface DeploymentStatus {
  id: number;
  state: string;
  creator: string;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  createdAt: number;
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  payload: unknown;
  creator: string;
  transient: boolean;
  production: boolean;
  createdAt: number;
  updatedAt: number;
  statuses: DeploymentStatus[];
}

export interface WorkflowRun {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  actor: string;
  triggeringActor: string;
  headSha: string;
  headBranch: string;
  event: string;
  runNumber: number;
  runAttempt: number;
  workflowId: number;
  path: string;
  createdAt: number;
  updatedAt: number;
  /** Jobs of each attempt (seeded by tests: the engine does not report jobs), keyed by attempt number. */
  jobs?: Map<number, WorkflowJob[]>;
}

/** A job of a workflow run attempt, as GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs lists it. */
export interface WorkflowJob {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  startedAt: number;
  completedAt: number | null;
}

export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';

export interface Review {
  id: number;
  user: string;
  state: ReviewState;
  body: string;
  commitId: string;
  submittedAt: number;
}

export interface PullRequest {
  id: number;
  number: number;
  title: string;
  user: string;
  headSha: string;
  baseRef: string;
  files: PullFile[];
  /** Who merged it and the merge commit, once merged. */
  merged: { by: string; sha: string; at: number } | null;
  reviews: Review[];
  createdAt: number;
}

/**
 * A repository ruleset on branches (or classic branch protection, which refuses the same updates).
 * https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-rulesets/available-rules-for-rulesets
 */
export interface Ruleset {
  id: number;
  /** Branch names or fnmatch-style patterns (`release/*`). */
  branches: string[];
  rules: Set<RulesetRule>;
  /** Logins allowed to bypass the ruleset. */
  bypass: Set<string>;
}

export type RulesetRule = 'non_fast_forward' | 'deletion' | 'update' | 'pull_request' | 'creation';

/** A webhook event as GitHub would deliver it to the repository's workflows. */
export interface EmulatorEvent {
  name: string;
  action?: string;
  /** owner/name */
  repo: string;
  payload: Record<string, unknown>;
  sender: string;
  /** False for writes made with a workflow token (see rules.ts `startsWorkflows`). */
  startsWorkflows: boolean;
}

export interface RerunRequest {
  repo: string;
  runId: number;
  failedOnly: boolean;
  by: string;
}

export interface Repo {
  id: number;
  owner: User;
  name: string;
  fullName: string;
  private: boolean;
  defaultBranch: string;
  createdAt: number;
  permissions: Map<string, Permission>;
  git: GitObjects;
  refs: Map<string, string>;
  issues: Map<number, Issue>;
  nextIssueNumber: number;
  comments: Map<number, Comment>;
  labels: Map<string, Label>;
  checkRuns: CheckRun[];
  statuses: CommitStatus[];
  deployments: Deployment[];
  workflowRuns: Map<number, WorkflowRun>;
  /** Pull requests by number; they share the numbering of issues, as on GitHub. */
  pulls: Map<number, PullRequest>;
  rulesets: Ruleset[];
}

export class EmulatorState {
  readonly users = new Map<string, User>();
  readonly orgs = new Map<string, Org>();
  readonly repos = new Map<string, Repo>();
  readonly tokens = new TokenRegistry();
  readonly eventListeners = new Set<(event: EmulatorEvent) => void>();
  readonly rerunListeners = new Set<(request: RerunRequest) => void>();
  readonly dispatches: {
    repo: string;
    workflow: string | number;
    ref: string;
    inputs: Record<string, unknown>;
  }[] = [];
  readonly reruns: { repo: string; runId: number }[] = [];
  private nextId = 1000;

  constructor(readonly clock: Clock) {}

  /** Ids are unique across all kinds of objects, as GitHub's database ids are within one kind. */
  id(): number {
    return this.nextId++;
  }

  now(): number {
    return this.clock.now();
  }

  addUser(login: string, opts: { type?: User['type']; id?: number; canReadOrg?: boolean } = {}): User {
    const existing = this.users.get(login.toLowerCase());
    if (existing) {
      if (opts.canReadOrg !== undefined) existing.canReadOrg = opts.canReadOrg;
      return existing;
    }
    const user: User = {
      login,
      id: opts.id ?? this.id(),
      type: opts.type ?? 'User',
      canReadOrg: opts.canReadOrg ?? false,
      createdAt: this.now(),
    };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  user(login: string): User {
    const user = this.users.get(login.toLowerCase());
    if (!user) throw new Error(`emulator: unknown user '${login}' (call addUser first)`);
    return user;
  }

  org(login: string): Org {
    let org = this.orgs.get(login.toLowerCase());
    if (!org) {
      const user = this.users.get(login.toLowerCase()) ?? this.addUser(login, { type: 'Organization' });
      org = { user, members: new Set(), teams: new Map() };
      this.orgs.set(login.toLowerCase(), org);
    }
    return org;
  }

  /** A user's token with every classic scope (the same token each time for the same user). */
  tokenFor(login: string): string {
    const user = this.user(login);
    return this.tokens.mint('user', { user }, `user:${user.login.toLowerCase()}`);
  }

  /** The bot every workflow token acts as, created on first use. */
  workflowBotUser(): User {
    return this.addUser(workflowBot.login, { type: 'Bot', id: workflowBot.id });
  }

  /**
   * Delivers an event to the listeners (the Actions engine) after the current request has been
   * answered, as GitHub delivers webhooks asynchronously.
   */
  emit(event: EmulatorEvent): void {
    for (const listener of this.eventListeners) setImmediate(() => listener(event));
  }

  addRepo(
    fullName: string,
    opts: { defaultBranch?: string; private?: boolean; files?: Record<string, string> } = {},
  ): Repo {
    const [ownerLogin, name] = splitFullName(fullName);
    if (this.repos.has(fullName.toLowerCase())) throw new Error(`emulator: repository ${fullName} exists`);
    const owner = this.users.get(ownerLogin.toLowerCase()) ?? this.org(ownerLogin).user;
    const repo: Repo = {
      id: this.id(),
      owner,
      name,
      fullName: `${owner.login}/${name}`,
      private: opts.private ?? false,
      defaultBranch: opts.defaultBranch ?? 'main',
      createdAt: this.now(),
      permissions: new Map(),
      git: new GitObjects(),
      refs: new Map(),
      issues: new Map(),
      nextIssueNumber: 1,
      comments: new Map(),
      labels: new Map(),
      checkRuns: [],
      statuses: [],
      deployments: [],
      workflowRuns: new Map(),
      pulls: new Map(),
      rulesets: [],
    };
    const git = repo.git;
    const tree = git.buildTree(
      undefined,
      Object.entries(opts.files ?? {}).map(([path, content]) => ({
        path,
        mode: '100644' as const,
        type: 'blob' as const,
        sha: git.putBlob(Buffer.from(content)),
      })),
    );
    const signature = this.signature(owner.login);
    const commit = git.putCommit({
      tree,
      parents: [],
      author: signature,
      committer: signature,
      message: 'Initial commit',
    });
    repo.refs.set(`refs/heads/${repo.defaultBranch}`, commit);
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(fullName: string): Repo {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`emulator: unknown repository '${fullName}' (call addRepo first)`);
    return repo;
  }

  signature(login: string): Signature {
    return { name: login, email: `${login}@users.noreply.github.com`, date: this.now() };
  }

  /** A user's permission on a repository: the owner is admin, others what was granted. */
  permission(repo: Repo, login: string): Permission {
    if (repo.owner.login.toLowerCase() === login.toLowerCase()) return 'admin';
    return repo.permissions.get(login.toLowerCase()) ?? 'none';
  }

  /** Whether a user may do what needs `level` (public repositories are readable by everyone). */
  allows(repo: Repo, login: string, level: Permission): boolean {
    const granted = this.permission(repo, login);
    const effective = !repo.private && granted === 'none' ? 'read' : granted;
    return permissionOrder.indexOf(effective) >= permissionOrder.indexOf(level);
  }

  isOrgMember(orgLogin: string, login: string): boolean {
    return this.orgs.get(orgLogin.toLowerCase())?.members.has(login.toLowerCase()) ?? false;
  }

  /** How GitHub labels a user's relation to a repository on issues and comments. */
  authorAssociation(repo: Repo, login: string): 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'NONE' {
    if (repo.owner.login.toLowerCase() === login.toLowerCase()) return 'OWNER';
    if (repo.owner.type === 'Organization' && this.isOrgMember(repo.owner.login, login)) return 'MEMBER';
    if (this.permission(repo, login) !== 'none') return 'COLLABORATOR';
    return 'NONE';
  }

  /** Resolves a branch, tag, `heads/x`/`refs/heads/x` or commit sha to a commit sha. */
  resolveRef(repo: Repo, ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(ref) && repo.git.commit(ref)) return ref;
    const name = ref.replace(/^refs\//, '');
    for (const candidate of [`refs/${name}`, `refs/heads/${name}`, `refs/tags/${name}`]) {
      const sha = repo.refs.get(candidate);
      if (sha) return sha;
    }
    return undefined;
  }
}

export function splitFullName(fullName: string): [string, string] {
  const parts = fullName.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1])
    throw new Error(`emulator: '${fullName}' is not owner/name`);
  return [parts[0], parts[1]];
}

export function atLeast(granted: Permission, level: Permission): boolean {
  return permissionOrder.indexOf(granted) >= permissionOrder.indexOf(level);
}
