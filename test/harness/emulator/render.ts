import { createHash } from 'node:crypto';
import type { Commit, GitObjects, TreeEntry } from './git-objects.js';
import type { InstalledApp } from './tokens.js';
import type {
  CheckRun,
  Comment,
  CommitStatus,
  Deployment,
  DeploymentStatus,
  EmulatorState,
  Issue,
  IssueEvent,
  Label,
  PullFile,
  PullRequest,
  Reaction,
  Repo,
  Review,
  User,
  WorkflowJob,
  WorkflowRun,
} from './state.js';

/**
 * The JSON shapes GitHub answers with, built from state. Every field GitHub's description marks as
 * required is present, so clients reading a real field never meet `undefined`.
 */

/** ISO 8601 without milliseconds, as GitHub writes timestamps. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64').replace(/=+$/, '');
}

const web = 'https://github.com';

export class Renderer {
  constructor(
    private readonly state: EmulatorState,
    readonly api: string,
  ) {}

  simpleUser(login: string) {
    const user = this.state.users.get(login.toLowerCase());
    const u: User = user ?? { login, id: 0, type: 'User', canReadOrg: false, createdAt: 0 };
    // Bot logins such as github-actions[bot] are percent-encoded in URLs, as GitHub does.
    const url = `${this.api}/users/${encodeURIComponent(u.login)}`;
    return {
      login: u.login,
      id: u.id,
      node_id: nodeId('User', u.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url,
      html_url: `${web}/${encodeURIComponent(u.login)}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: u.type,
      site_admin: false,
      user_view_type: 'public',
    };
  }

  publicUser(login: string) {
    const user = this.state.user(login);
    return {
      ...this.simpleUser(login),
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: [...this.state.repos.values()].filter((r) => r.owner === user && !r.private).length,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: iso(user.createdAt),
      updated_at: iso(user.createdAt),
    };
  }

  privateUser(login: string) {
    const user = this.state.user(login);
    const owned = [...this.state.repos.values()].filter((r) => r.owner === user && r.private).length;
    return {
      ...this.publicUser(login),
      user_view_type: 'private',
      private_gists: 0,
      total_private_repos: owned,
      owned_private_repos: owned,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true,
    };
  }

  /** An org as team answers embed it (`team-organization`). */
  organization(login: string) {
    const user = this.state.user(login);
    const url = `${this.api}/orgs/${user.login}`;
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId('Organization', user.id),
      url,
      repos_url: `${url}/repos`,
      events_url: `${url}/events`,
      hooks_url: `${url}/hooks`,
      issues_url: `${url}/issues`,
      members_url: `${url}/members{/member}`,
      public_members_url: `${url}/public_members{/member}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      description: null,
      html_url: `${web}/${user.login}`,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: [...this.state.repos.values()].filter((r) => r.owner === user && !r.private).length,
      public_gists: 0,
      followers: 0,
      following: 0,
      type: 'Organization',
      created_at: iso(user.createdAt),
      updated_at: iso(user.createdAt),
      archived_at: null,
    };
  }

  /** A GitHub App installation (`installation`). */
  installation(app: InstalledApp) {
    const owner = this.state.user(app.owner);
    const permissions = Object.fromEntries(
      Object.entries(app.permissions).filter(([, access]) => access && access !== 'none'),
    );
    return {
      id: app.installationId,
      app_id: app.appId,
      app_slug: app.slug,
      target_id: owner.id,
      target_type: owner.type === 'Organization' ? 'Organization' : 'User',
      single_file_name: null,
      repository_selection: app.repositories ? 'selected' : 'all',
      access_tokens_url: `${this.api}/app/installations/${app.installationId}/access_tokens`,
      html_url: `${web}/organizations/${owner.login}/settings/installations/${app.installationId}`,
      repositories_url: `${this.api}/installation/repositories`,
      events: [],
      account: this.simpleUser(owner.login),
      permissions,
      created_at: iso(owner.createdAt),
      updated_at: iso(owner.createdAt),
      suspended_by: null,
      suspended_at: null,
    };
  }

  repository(repo: Repo, viewer?: string) {
    const url = `${this.api}/repos/${repo.fullName}`;
    const urls = Object.fromEntries(
      (
        [
          ['archive_url', '/{archive_format}{/ref}'],
          ['assignees_url', '/assignees{/user}'],
          ['blobs_url', '/git/blobs{/sha}'],
          ['branches_url', '/branches{/branch}'],
          ['collaborators_url', '/collaborators{/collaborator}'],
          ['comments_url', '/comments{/number}'],
          ['commits_url', '/commits{/sha}'],
          ['compare_url', '/compare/{base}...{head}'],
          ['contents_url', '/contents/{+path}'],
          ['contributors_url', '/contributors'],
          ['deployments_url', '/deployments'],
          ['downloads_url', '/downloads'],
          ['events_url', '/events'],
          ['forks_url', '/forks'],
          ['git_commits_url', '/git/commits{/sha}'],
          ['git_refs_url', '/git/refs{/sha}'],
          ['git_tags_url', '/git/tags{/sha}'],
          ['hooks_url', '/hooks'],
          ['issue_comment_url', '/issues/comments{/number}'],
          ['issue_events_url', '/issues/events{/number}'],
          ['issues_url', '/issues{/number}'],
          ['keys_url', '/keys{/key_id}'],
          ['labels_url', '/labels{/name}'],
          ['languages_url', '/languages'],
          ['merges_url', '/merges'],
          ['milestones_url', '/milestones{/number}'],
          ['notifications_url', '/notifications{?since,all,participating}'],
          ['pulls_url', '/pulls{/number}'],
          ['releases_url', '/releases{/id}'],
          ['stargazers_url', '/stargazers'],
          ['statuses_url', '/statuses/{sha}'],
          ['subscribers_url', '/subscribers'],
          ['subscription_url', '/subscription'],
          ['tags_url', '/tags'],
          ['teams_url', '/teams'],
          ['trees_url', '/git/trees{/sha}'],
        ] as const
      ).map(([key, suffix]) => [key, url + suffix]),
    );
    const openIssues = [...repo.issues.values()].filter((i) => i.state === 'open').length;
    const can = (level: Parameters<EmulatorState['allows']>[2]) =>
      viewer ? this.state.allows(repo, viewer, level) : false;
    return {
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      owner: this.simpleUser(repo.owner.login),
      private: repo.private,
      html_url: `${web}/${repo.fullName}`,
      description: null,
      fork: false,
      url,
      ...urls,
      created_at: iso(repo.createdAt),
      updated_at: iso(repo.createdAt),
      pushed_at: iso(repo.createdAt),
      git_url: `git://github.com/${repo.fullName}.git`,
      ssh_url: `git@github.com:${repo.fullName}.git`,
      clone_url: `${web}/${repo.fullName}.git`,
      svn_url: `${web}/${repo.fullName}`,
      mirror_url: null,
      homepage: null,
      size: 0,
      stargazers_count: 0,
      watchers_count: 0,
      language: null,
      has_issues: true,
      has_projects: true,
      has_downloads: true,
      has_wiki: true,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      archived: false,
      disabled: false,
      open_issues_count: openIssues,
      license: null,
      allow_forking: true,
      is_template: false,
      topics: [],
      visibility: repo.private ? 'private' : 'public',
      forks: 0,
      open_issues: openIssues,
      watchers: 0,
      default_branch: repo.defaultBranch,
      ...(viewer
        ? {
            permissions: {
              admin: can('admin'),
              maintain: can('maintain'),
              push: can('write'),
              triage: can('triage'),
              pull: can('read'),
            },
          }
        : {}),
      network_count: 0,
      subscribers_count: 0,
    };
  }

  label(repo: Repo, label: Label) {
    return {
      id: label.id,
      node_id: nodeId('Label', label.id),
      url: `${this.api}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false,
    };
  }

  reactionRollup(url: string, reactions: Reaction[]) {
    const count = (content: string) => reactions.filter((r) => r.content === content).length;
    return {
      url,
      total_count: reactions.length,
      '+1': count('+1'),
      '-1': count('-1'),
      laugh: count('laugh'),
      confused: count('confused'),
      heart: count('heart'),
      hooray: count('hooray'),
      eyes: count('eyes'),
      rocket: count('rocket'),
    };
  }

  reaction(reaction: Reaction) {
    return {
      id: reaction.id,
      node_id: nodeId('Reaction', reaction.id),
      user: this.simpleUser(reaction.user),
      content: reaction.content,
      created_at: iso(reaction.createdAt),
    };
  }

  issueEvent(repo: Repo, issue: Issue, event: IssueEvent) {
    const label = event.label ? repo.labels.get(event.label.toLowerCase()) : undefined;
    return {
      id: event.id,
      node_id: nodeId('IssueEvent', event.id),
      url: `${this.api}/repos/${repo.fullName}/issues/events/${event.id}`,
      actor: this.simpleUser(event.actor),
      event: event.event,
      commit_id: null,
      commit_url: null,
      created_at: iso(event.createdAt),
      performed_via_github_app: null,
      ...(event.stateReason !== undefined ? { state_reason: event.stateReason } : {}),
      ...(event.event === 'locked' ? { lock_reason: event.lockReason ?? null } : {}),
      ...(event.rename ? { rename: event.rename } : {}),
      ...(event.label ? { label: { name: event.label, color: label?.color ?? 'ededed' } } : {}),
    };
  }

  issue(repo: Repo, issue: Issue) {
    const repoUrl = `${this.api}/repos/${repo.fullName}`;
    const url = `${repoUrl}/issues/${issue.number}`;
    const comments = [...repo.comments.values()].filter((c) => c.issueNumber === issue.number).length;
    return {
      id: issue.id,
      node_id: nodeId('Issue', issue.id),
      url,
      repository_url: repoUrl,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${web}/${repo.fullName}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.simpleUser(issue.user),
      labels: issue.labels.map((name) => this.label(repo, repo.labels.get(name.toLowerCase())!)),
      assignee: issue.assignees[0] ? this.simpleUser(issue.assignees[0]) : null,
      assignees: issue.assignees.map((login) => this.simpleUser(login)),
      milestone: null,
      locked: issue.locked,
      active_lock_reason: issue.lockReason,
      comments,
      closed_at: issue.closedAt === null ? null : iso(issue.closedAt),
      created_at: iso(issue.createdAt),
      updated_at: iso(issue.updatedAt),
      closed_by: issue.closedBy ? this.simpleUser(issue.closedBy) : null,
      author_association: this.state.authorAssociation(repo, issue.user),
      reactions: this.reactionRollup(`${url}/reactions`, issue.reactions),
      timeline_url: `${url}/timeline`,
    };
  }

  comment(repo: Repo, comment: Comment) {
    const repoUrl = `${this.api}/repos/${repo.fullName}`;
    const url = `${repoUrl}/issues/comments/${comment.id}`;
    return {
      id: comment.id,
      node_id: nodeId('IssueComment', comment.id),
      url,
      html_url: `${web}/${repo.fullName}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.simpleUser(comment.user),
      created_at: iso(comment.createdAt),
      updated_at: iso(comment.updatedAt),
      issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
      author_association: this.state.authorAssociation(repo, comment.user),
      reactions: this.reactionRollup(`${url}/reactions`, comment.reactions),
    };
  }

  app(slug: string) {
    const owner = this.simpleUser(slug === 'github-actions' ? 'github' : slug);
    const id = [...slug].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_000, 7);
    return {
      id,
      slug,
      node_id: nodeId('Integration', id),
      owner,
      name: slug === 'github-actions' ? 'GitHub Actions' : slug,
      description: null,
      external_url: `${web}/apps/${slug}`,
      html_url: `${web}/apps/${slug}`,
      created_at: iso(0),
      updated_at: iso(0),
      permissions: { checks: 'write', statuses: 'write', metadata: 'read' },
      events: ['check_run', 'check_suite'],
    };
  }

  checkRun(repo: Repo, run: CheckRun) {
    const url = `${this.api}/repos/${repo.fullName}/check-runs/${run.id}`;
    return {
      id: run.id,
      head_sha: run.headSha,
      node_id: nodeId('CheckRun', run.id),
      external_id: run.externalId,
      url,
      html_url: `${web}/${repo.fullName}/runs/${run.id}`,
      details_url: run.detailsUrl,
      status: run.status,
      conclusion: run.conclusion,
      started_at: iso(run.startedAt),
      completed_at: run.completedAt === null ? null : iso(run.completedAt),
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: 0,
        annotations_url: `${url}/annotations`,
      },
      name: run.name,
      check_suite: { id: run.id + 1_000_000 },
      app: this.app(run.app),
      pull_requests: [],
    };
  }

  status(repo: Repo, status: CommitStatus) {
    return {
      url: `${this.api}/repos/${repo.fullName}/statuses/${status.sha}`,
      avatar_url: null,
      id: status.id,
      node_id: nodeId('StatusContext', status.id),
      state: status.state,
      description: status.description,
      target_url: status.targetUrl,
      context: status.context,
      created_at: iso(status.createdAt),
      updated_at: iso(status.updatedAt),
      creator: this.simpleUser(status.creator),
    };
  }

  deployment(repo: Repo, d: Deployment) {
    const url = `${this.api}/repos/${repo.fullName}/deployments/${d.id}`;
    return {
      url,
      id: d.id,
      node_id: nodeId('Deployment', d.id),
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload ?? {},
      original_environment: d.originalEnvironment,
      environment: d.environment,
      description: d.description,
      creator: this.simpleUser(d.creator),
      created_at: iso(d.createdAt),
      updated_at: iso(d.updatedAt),
      statuses_url: `${url}/statuses`,
      repository_url: `${this.api}/repos/${repo.fullName}`,
      transient_environment: d.transient,
      production_environment: d.production,
    };
  }

  deploymentStatus(repo: Repo, d: Deployment, s: DeploymentStatus) {
    const deploymentUrl = `${this.api}/repos/${repo.fullName}/deployments/${d.id}`;
    return {
      url: `${deploymentUrl}/statuses/${s.id}`,
      id: s.id,
      node_id: nodeId('DeploymentStatus', s.id),
      state: s.state,
      creator: this.simpleUser(s.creator),
      description: s.description,
      environment: s.environment,
      target_url: s.targetUrl,
      created_at: iso(s.createdAt),
      updated_at: iso(s.createdAt),
      deployment_url: deploymentUrl,
      repository_url: `${this.api}/repos/${repo.fullName}`,
      environment_url: s.environmentUrl,
      log_url: s.logUrl,
    };
  }

  gitRef(repo: Repo, ref: string, sha: string) {
    return {
      ref,
      node_id: nodeId('Ref', `${repo.id}:${ref}`),
      url: `${this.api}/repos/${repo.fullName}/git/${ref}`,
      object: { type: 'commit', sha, url: `${this.api}/repos/${repo.fullName}/git/commits/${sha}` },
    };
  }

  gitCommit(repo: Repo, commit: Commit) {
    const base = `${this.api}/repos/${repo.fullName}/git`;
    const person = (s: Commit['author']) => ({ name: s.name, email: s.email, date: iso(s.date) });
    return {
      sha: commit.sha,
      node_id: nodeId('Commit', commit.sha),
      url: `${base}/commits/${commit.sha}`,
      html_url: `${web}/${repo.fullName}/commit/${commit.sha}`,
      author: person(commit.author),
      committer: person(commit.committer),
      tree: { sha: commit.tree, url: `${base}/trees/${commit.tree}` },
      message: commit.message,
      parents: commit.parents.map((sha) => ({
        sha,
        url: `${base}/commits/${sha}`,
        html_url: `${web}/${repo.fullName}/commit/${sha}`,
      })),
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    };
  }

  /** A tree listing; recursive listings name entries by full path and include subtrees. */
  gitTree(repo: Repo, sha: string, recursive: boolean) {
    const git = repo.git;
    const base = `${this.api}/repos/${repo.fullName}/git`;
    const entries: object[] = [];
    const walk = (treeSha: string, prefix: string) => {
      for (const e of git.tree(treeSha)?.entries ?? []) {
        entries.push(this.treeEntry(git, base, e, prefix + e.name));
        if (recursive && e.type === 'tree') walk(e.sha, `${prefix}${e.name}/`);
      }
    };
    walk(sha, '');
    return { sha, url: `${base}/trees/${sha}`, tree: entries, truncated: false };
  }

  private treeEntry(git: GitObjects, base: string, e: TreeEntry, path: string) {
    const kind = e.type === 'tree' ? 'trees' : e.type === 'blob' ? 'blobs' : 'commits';
    return {
      path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.type === 'blob' ? { size: git.blob(e.sha)?.length ?? 0 } : {}),
      url: `${base}/${kind}/${e.sha}`,
    };
  }

  /** An item of the contents API; `content` only for a single file. */
  contentItem(repo: Repo, path: string, e: TreeEntry, ref: string, withContent: boolean) {
    const type =
      e.type === 'tree'
        ? 'dir'
        : e.type === 'commit'
          ? 'submodule'
          : e.mode === '120000'
            ? 'symlink'
            : 'file';
    const url = `${this.api}/repos/${repo.fullName}/contents/${path}?ref=${encodeURIComponent(ref)}`;
    const kind = e.type === 'tree' ? 'trees' : 'blobs';
    const gitUrl = `${this.api}/repos/${repo.fullName}/git/${kind}/${e.sha}`;
    const htmlUrl = `${web}/${repo.fullName}/${e.type === 'tree' ? 'tree' : 'blob'}/${ref}/${path}`;
    const content = repo.git.blob(e.sha);
    return {
      type,
      ...(withContent && content ? { encoding: 'base64', content: base64Lines(content) } : {}),
      size: content?.length ?? 0,
      name: path.split('/').pop() ?? path,
      path,
      sha: e.sha,
      url,
      git_url: gitUrl,
      html_url: htmlUrl,
      download_url:
        type === 'file' ? `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${path}` : null,
      _links: { self: url, git: gitUrl, html: htmlUrl },
    };
  }

  diffEntry(repo: Repo, pull: PullRequest, file: PullFile) {
    const path = file.filename.split('/').map(encodeURIComponent).join('/');
    return {
      sha: blobSha(`${pull.headSha}:${file.filename}`),
      filename: file.filename,
      status: file.status,
      additions: file.additions,
      deletions: file.deletions,
      changes: file.additions + file.deletions,
      blob_url: `${web}/${repo.fullName}/blob/${pull.headSha}/${path}`,
      raw_url: `${web}/${repo.fullName}/raw/${pull.headSha}/${path}`,
      contents_url: `${this.api}/repos/${repo.fullName}/contents/${path}?ref=${pull.headSha}`,
      patch: `@@ -1,${file.deletions} +1,${file.additions} @@`,
    };
  }

  review(repo: Repo, pull: PullRequest, review: Review) {
    const pullUrl = `${this.api}/repos/${repo.fullName}/pulls/${pull.number}`;
    const htmlUrl = `${web}/${repo.fullName}/pull/${pull.number}#pullrequestreview-${review.id}`;
    return {
      id: review.id,
      node_id: nodeId('PullRequestReview', review.id),
      user: this.simpleUser(review.user),
      body: review.body,
      state: review.state,
      html_url: htmlUrl,
      pull_request_url: pullUrl,
      _links: { html: { href: htmlUrl }, pull_request: { href: pullUrl } },
      submitted_at: iso(review.submittedAt),
      commit_id: review.commitId,
      author_association: this.state.authorAssociation(repo, review.user),
    };
  }

  workflowJob(repo: Repo, run: WorkflowRun, job: WorkflowJob) {
    const url = `${this.api}/repos/${repo.fullName}/actions/jobs/${job.id}`;
    return {
      id: job.id,
      node_id: nodeId('WorkflowJob', job.id),
      run_id: run.id,
      run_url: `${this.api}/repos/${repo.fullName}/actions/runs/${run.id}`,
      run_attempt: run.runAttempt,
      head_sha: run.headSha,
      workflow_name: run.name,
      head_branch: run.headBranch,
      name: job.name,
      url,
      html_url: `${web}/${repo.fullName}/actions/runs/${run.id}/job/${job.id}`,
      status: job.status,
      conclusion: job.conclusion,
      created_at: iso(job.startedAt),
      started_at: iso(job.startedAt),
      completed_at: job.completedAt === null ? null : iso(job.completedAt),
      check_run_url: `${this.api}/repos/${repo.fullName}/check-runs/${job.id}`,
      labels: ['ubuntu-latest'],
      runner_id: 1,
      runner_name: 'GitHub Actions 1',
      runner_group_id: 1,
      runner_group_name: 'GitHub Actions',
      steps: [],
    };
  }

  workflowRun(repo: Repo, run: WorkflowRun) {
    const url = `${this.api}/repos/${repo.fullName}/actions/runs/${run.id}`;
    const commit = repo.git.commit(run.headSha);
    const minimal = this.repository(repo);
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('WorkflowRun', run.id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: run.path,
      display_title: run.name,
      run_number: run.runNumber,
      run_attempt: run.runAttempt,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflowId,
      url,
      html_url: `${web}/${repo.fullName}/actions/runs/${run.id}`,
      pull_requests: [],
      created_at: iso(run.createdAt),
      updated_at: iso(run.updatedAt),
      actor: this.simpleUser(run.actor),
      triggering_actor: this.simpleUser(run.triggeringActor),
      run_started_at: iso(run.createdAt),
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: `${this.api}/repos/${repo.fullName}/check-suites/${run.id + 1}`,
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      workflow_url: `${this.api}/repos/${repo.fullName}/actions/workflows/${run.workflowId}`,
      head_commit: commit
        ? {
            id: commit.sha,
            tree_id: commit.tree,
            message: commit.message,
            timestamp: iso(commit.committer.date),
            author: { name: commit.author.name, email: commit.author.email },
            committer: { name: commit.committer.name, email: commit.committer.email },
          }
        : null,
      repository: minimal,
      head_repository: minimal,
    };
  }
}

/** A stable git-style sha for content the emulator does not store. */
function blobSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** Base64 wrapped at 60 characters per line, as GitHub returns blob and file contents. */
export function base64Lines(content: Buffer): string {
  const encoded = content.toString('base64');
  const lines = encoded.match(/.{1,60}/g) ?? [''];
  return `${lines.join('\n')}\n`;
}
