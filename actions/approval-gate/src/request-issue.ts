import type { GitHubClient } from '@shipgate/core';
import type { CommentFacts, ReactionFacts } from './quorum.js';
import type { IssueFacts } from './request-binding.js';

/** The API's issue and comment objects, reduced to the fields the gate reads. */
export interface ApiUser {
  id: number;
  login: string;
  type?: string;
}
export interface ApiIssue {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  locked?: boolean;
  created_at: string;
  closed_at?: string | null;
  user: ApiUser | null;
  closed_by?: ApiUser | null;
  pull_request?: unknown;
}
export interface ApiComment {
  id: number;
  html_url: string;
  body?: string;
  user: ApiUser | null;
  created_at: string;
  updated_at: string;
}

export interface ApiReaction {
  id: number;
  content: string;
  user: ApiUser | null;
  created_at: string;
}

export interface Snapshot {
  issue: ApiIssue;
  comments: ApiComment[];
  /** The issue's reactions, when reactions count (read at every decision: they can be removed). */
  reactions?: ApiReaction[];
  /** Whether anything changed since the previous snapshot (conditional requests answered 200). */
  changed: boolean;
  /** When the issue's body was last edited (null: never), read with the issue; absent on polls. */
  bodyEditedAt?: string | null;
}

export const issueFacts = (issue: ApiIssue): IssueFacts => ({
  title: issue.title,
  body: issue.body ?? '',
  authorId: issue.user?.id ?? -1,
});

export const reactionFacts = (reactions: ApiReaction[], issueUrl: string): ReactionFacts[] =>
  reactions.map((r) => ({
    id: r.id,
    userId: r.user?.id ?? -1,
    login: r.user?.login ?? '',
    userType: r.user?.type ?? 'User',
    content: r.content,
    createdAt: r.created_at,
    url: issueUrl,
  }));

export const commentFacts = (comments: ApiComment[]): CommentFacts[] =>
  comments.map((c) => ({
    id: c.id,
    userId: c.user?.id ?? -1,
    login: c.user?.login ?? '',
    userType: c.user?.type ?? 'User',
    body: c.body ?? '',
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    url: c.html_url,
  }));

/** The gate's own identity: the token's user. The issues it opens and its comments carry this id. */
export interface GateIdentity {
  id?: number;
  login: string;
}

/**
 * Whom the token acts as, from the token itself: GraphQL `viewer` answers for every kind of token
 * (user, App installation, workflow), where `GET /user` refuses installation tokens.
 * https://docs.github.com/en/graphql/reference/queries#viewer
 */
export async function gateIdentity(client: GitHubClient): Promise<GateIdentity> {
  const data = await client.api.graphql<{ viewer: { login: string; databaseId: number } }>(
    'query { viewer { login databaseId } }',
  );
  return { id: Number(data.viewer.databaseId), login: data.viewer.login.toLowerCase() };
}

/** The identity that opened an issue the gate just created: the token's, with no extra request. */
export function identityOf(issue: ApiIssue): GateIdentity {
  return { id: issue.user!.id, login: issue.user!.login.toLowerCase() };
}

export function isGate(identity: GateIdentity, user: ApiUser | null): boolean {
  if (!user) return false;
  return identity.id !== undefined ? user.id === identity.id : user.login.toLowerCase() === identity.login;
}

/** One request issue and the API calls on it. Reads are conditional, so polling costs little. */
export class RequestIssue {
  /** The issue as the last read saw it, for polls that need not read it again. */
  private lastIssue?: ApiIssue;

  constructor(
    private readonly client: GitHubClient,
    readonly repository: { owner: string; repo: string },
    readonly number: number,
  ) {}

  static async open(
    client: GitHubClient,
    repository: { owner: string; repo: string },
    fields: { title: string; body: string; labels: string[] },
  ): Promise<{ issue: RequestIssue; data: ApiIssue }> {
    const { data } = await client.api.request('POST /repos/{owner}/{repo}/issues', {
      ...repository,
      ...fields,
    });
    return { issue: new RequestIssue(client, repository, data.number), data: data as ApiIssue };
  }

  /** The issue, its comments and (when they count) its reactions, each read conditionally. */
  async snapshot(options: { reactions?: boolean } = {}): Promise<Snapshot> {
    const issue = await this.readIssue();
    const bodyEditedAt = await this.bodyEditedAt();
    const rest = await this.readCommentsAndReactions(options);
    return { issue: issue.data, bodyEditedAt, ...rest, changed: issue.changed || rest.changed };
  }

  /**
   * When the body was last edited. The gate never edits a request's body, so any edit is someone
   * else's; REST shows no body edits (updated_at moves with every comment), GraphQL does.
   * https://docs.github.com/en/graphql/reference/objects#issue
   */
  private async bodyEditedAt(): Promise<string | null> {
    const data = await this.client.api.graphql<{
      repository: { issue: { lastEditedAt: string | null } | null };
    }>(
      `query($owner: String!, $name: String!, $number: Int!) {
        repository(owner: $owner, name: $name) { issue(number: $number) { lastEditedAt } }
      }`,
      { owner: this.repository.owner, name: this.repository.repo, number: this.number },
    );
    const issue = data.repository?.issue;
    if (!issue) throw new Error(`GraphQL did not return issue #${this.number}`);
    return issue.lastEditedAt;
  }

  /**
   * What a poll needs at the least rate-limit cost: the comments, the reactions and the issue's events
   * (closed, reopened, locked, renamed...), each read conditionally, and the issue itself only when its
   * events changed. A new comment changes the issue (its count, updated_at) but is no event, so while
   * people discuss a request each comment costs one counted request instead of two. A body edit is no
   * event either: nothing may be decided on a poll whose issue is not fresh (see waitForDecision).
   * https://docs.github.com/en/rest/issues/events#list-issue-events
   * https://docs.github.com/en/rest/using-the-rest-api/issue-event-types
   */
  async poll(options: { reactions?: boolean } = {}): Promise<Snapshot> {
    const events = await this.client.listConditional<unknown>(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
      { ...this.repository, issue_number: this.number },
    );
    const issue = events.changed || !this.lastIssue ? await this.readIssue() : undefined;
    const rest = await this.readCommentsAndReactions(options);
    return {
      issue: issue?.data ?? this.lastIssue!,
      ...rest,
      changed: events.changed || !!issue?.changed || rest.changed,
    };
  }

  private async readIssue() {
    const issue = await this.client.getConditional<ApiIssue>(
      'GET /repos/{owner}/{repo}/issues/{issue_number}',
      {
        ...this.repository,
        issue_number: this.number,
      },
    );
    this.lastIssue = issue.data;
    return issue;
  }

  private async readCommentsAndReactions(options: { reactions?: boolean }) {
    const params = { ...this.repository, issue_number: this.number };
    const comments = await this.client.listConditional<ApiComment>(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      params,
    );
    // https://docs.github.com/en/rest/reactions/reactions#list-reactions-for-an-issue
    const reactions = options.reactions
      ? await this.client.listConditional<ApiReaction>(
          'GET /repos/{owner}/{repo}/issues/{issue_number}/reactions',
          params,
        )
      : undefined;
    return {
      comments: comments.items,
      reactions: reactions?.items,
      changed: comments.changed || !!reactions?.changed,
    };
  }

  async comment(body: string): Promise<ApiComment> {
    const { data } = await this.client.api.request(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        ...this.repository,
        issue_number: this.number,
        body,
      },
    );
    return data as ApiComment;
  }

  async close(reason: 'completed' | 'not_planned'): Promise<void> {
    await this.client.api.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...this.repository,
      issue_number: this.number,
      state: 'closed',
      state_reason: reason,
    });
  }

  async lock(): Promise<void> {
    await this.client.api.request('PUT /repos/{owner}/{repo}/issues/{issue_number}/lock', {
      ...this.repository,
      issue_number: this.number,
      lock_reason: 'resolved',
    });
  }

  /** The same issue through another client (e.g. one that still works after cancellation). */
  via(client: GitHubClient): RequestIssue {
    return new RequestIssue(client, this.repository, this.number);
  }
}

/**
 * Finds the issues labelled `label`, opened by the gate's identity, whose body names this request key
 * (candidates only: the caller verifies each), newest first.
 */
export async function findRequestIssues(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  label: string,
  creator: string,
  matches: (issue: ApiIssue) => boolean,
): Promise<ApiIssue[]> {
  const issues = await client.listAll<ApiIssue>('GET /repos/{owner}/{repo}/issues', {
    ...repository,
    labels: label,
    creator,
    state: 'all',
    sort: 'created',
    direction: 'desc',
  });
  return issues.filter((issue) => !issue.pull_request && matches(issue));
}
