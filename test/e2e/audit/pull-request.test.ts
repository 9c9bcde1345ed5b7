import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { VirtualClock } from '../../../packages/core/src/clock.js';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { runAction } from '../../harness/runner.js';
import { folderState, records, tempDir } from './helpers.js';

jest.setTimeout(120_000);

const owner = 'octo-org';
const repoName = 'service';
const fullName = `${owner}/${repoName}`;
const bot = 'github-actions[bot]';
const head = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';
const older = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
const base = '0123456789abcdef0123456789abcdef01234567';
const mergeSha = 'fedcba9876543210fedcba9876543210fedcba98';
const signingKey = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

let emu: GitHubEmulator;
const users: Record<string, number> = {};

beforeAll(async () => {
  emu = await startEmulator({ clock: new VirtualClock(Date.UTC(2026, 2, 2, 12)) });
  for (const login of ['alice', 'bob', 'carol', 'dave', 'erin', 'merger'])
    users[login] = emu.addUser(login).id;
  users[bot] = emu.addUser(bot, { type: 'Bot' }).id;
  emu.addRepo(fullName, { private: true });
  for (const login of ['alice', 'bob', 'carol', 'dave', 'erin', 'merger'])
    emu.setPermission(fullName, login, 'write');
  emu.setPermission(fullName, bot, 'write');
});
afterAll(async () => {
  await emu.stop();
});

function user(login: string) {
  return {
    login,
    id: users[login],
    node_id: `U_${users[login]}`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
    html_url: `https://github.com/${login}`,
  };
}

/** The `pull_request` payload GitHub sends when a pull request is closed, merged or not. */
function closedEvent(number: number, merged: boolean) {
  const repository = {
    id: emu.repo(fullName).id,
    node_id: 'R_service',
    name: repoName,
    full_name: fullName,
    private: true,
    owner: { login: owner, id: emu.repo(fullName).owner.id, type: 'Organization' },
    html_url: `https://github.com/${fullName}`,
    default_branch: 'main',
  };
  return {
    action: 'closed',
    number,
    pull_request: {
      url: `https://api.github.com/repos/${fullName}/pulls/${number}`,
      id: 900_000 + number,
      node_id: `PR_${number}`,
      html_url: `https://github.com/${fullName}/pull/${number}`,
      number,
      state: 'closed',
      locked: false,
      title: 'Move the service to the new VPC',
      user: user('alice'),
      body: 'Terraform and app changes.',
      created_at: '2026-03-01T08:00:00Z',
      updated_at: '2026-03-02T11:59:00Z',
      closed_at: '2026-03-02T11:59:00Z',
      merged_at: merged ? '2026-03-02T11:59:00Z' : null,
      merge_commit_sha: mergeSha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      labels: [],
      draft: false,
      head: { label: 'alice:vpc', ref: 'vpc', sha: head, user: user('alice'), repo: repository },
      base: { label: `${owner}:main`, ref: 'main', sha: base, user: repository.owner, repo: repository },
      author_association: 'COLLABORATOR',
      merged,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: merged ? user('merger') : null,
      comments: 2,
      review_comments: 1,
      maintainer_can_modify: false,
      commits: 4,
      additions: 300,
      deletions: 150,
      changed_files: 150,
    },
    repository,
    organization: { login: owner, id: emu.repo(fullName).owner.id },
    sender: user('merger'),
  };
}

const at = (hour: number) => Date.UTC(2026, 2, 2, hour);

describe('audit-sign on a pull_request event', () => {
  it('records a merged pull request with all its files, infra paths and approvers from the API', async () => {
    const files = Array.from({ length: 149 }, (_, i) => ({
      filename: `src/module-${String(i).padStart(3, '0')}.ts`,
    }));
    files.splice(70, 0, { filename: 'terraform/main.tf' });
    const pr = emu.addPullRequest(fullName, {
      number: 57,
      title: 'Move the service to the new VPC',
      user: 'alice',
      headSha: head,
      files,
      merged: { by: 'merger', sha: mergeSha },
    });
    // bob approved an older commit; carol approved the head and then only commented.
    emu.addReview(fullName, pr.number, {
      user: 'bob',
      state: 'APPROVED',
      commitId: older,
      submittedAt: at(8),
    });
    emu.addReview(fullName, pr.number, {
      user: 'carol',
      state: 'APPROVED',
      commitId: head,
      submittedAt: at(9),
    });
    emu.addReview(fullName, pr.number, {
      user: 'carol',
      state: 'COMMENTED',
      commitId: head,
      submittedAt: at(10),
    });
    // dave's approval is overridden by his later request for changes, erin's by its dismissal.
    emu.addReview(fullName, pr.number, {
      user: 'dave',
      state: 'APPROVED',
      commitId: older,
      submittedAt: at(8),
    });
    emu.addReview(fullName, pr.number, {
      user: 'dave',
      state: 'CHANGES_REQUESTED',
      commitId: head,
      submittedAt: at(11),
    });
    emu.addReview(fullName, pr.number, {
      user: 'erin',
      state: 'APPROVED',
      commitId: head,
      submittedAt: at(9),
    });
    emu.addReview(fullName, pr.number, {
      user: 'erin',
      state: 'DISMISSED',
      commitId: head,
      submittedAt: at(11),
    });
    emu.addCheckRun(fullName, head, { name: 'build', status: 'completed', conclusion: 'success' });
    emu.addCheckRun(fullName, head, { name: 'plan', status: 'completed', conclusion: 'neutral' });

    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const result = await runAction('audit-sign', {
      apiUrl: emu.url,
      token: emu.tokenFor(bot),
      repository: fullName,
      actor: 'merger',
      eventName: 'pull_request',
      event: closedEvent(pr.number, true),
      sha: mergeSha,
      ref: 'refs/pull/57/merge',
      inputs: { 'log-file': logFile, 'signing-key': signingKey },
    });
    expect(result.log).not.toContain('::error');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.sequence).toBe('0');

    const [record] = records(dir) as [Record<string, any>]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(records(dir)).toHaveLength(1);
    expect(record).toMatchObject({
      type: 'pull_request',
      event: 'pull_request',
      commit: mergeSha,
      ref: 'refs/heads/main',
      repository: { id: String(emu.repo(fullName).id), name: fullName },
      actor: { id: String(users.merger), login: 'merger' },
      compliance: { risk: 'high' },
    });
    expect(record.change.files).toHaveLength(150);
    expect(record.change.files).toEqual([...files.map((f) => f.filename)].sort());
    expect(record.change).toMatchObject({
      filesTruncated: false,
      infraFiles: ['terraform/main.tf'],
      touchesInfrastructure: true,
    });
    expect(record.change.pullRequest).toEqual({
      number: '57',
      author: { id: String(users.alice), login: 'alice' },
      mergedBy: { id: String(users.merger), login: 'merger' },
      headCommit: head,
      approvers: [
        { id: String(users.bob), login: 'bob', commit: older, time: '2026-03-02T08:00:00Z' },
        { id: String(users.carol), login: 'carol', commit: head, time: '2026-03-02T09:00:00Z' },
      ],
      checks: expect.arrayContaining([
        { name: 'build', conclusion: 'success' },
        { name: 'plan', conclusion: 'neutral' },
      ]),
    });

    // 150 files take two pages of 100; the reviews and check runs one each.
    const paths = emu.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths.filter((p) => p.includes(`/pulls/57/files`))).toHaveLength(2);
    expect(paths.filter((p) => p.includes(`/pulls/57/reviews`))).toHaveLength(1);
    expect(paths.filter((p) => p.includes(`/commits/${head}/check-runs`))).toHaveLength(1);
    emu.assertValid();
  });

  it('fails clearly on a pull request closed without merging, and appends nothing', async () => {
    const pr = emu.addPullRequest(fullName, {
      title: 'Abandoned',
      user: 'alice',
      headSha: head,
      files: [{ filename: 'terraform/main.tf' }],
    });
    const dir = tempDir();
    const logFile = path.join(dir, 'audit.jsonl');
    const before = emu.requests.length;
    const result = await runAction('audit-sign', {
      apiUrl: emu.url,
      token: emu.tokenFor(bot),
      repository: fullName,
      actor: 'merger',
      eventName: 'pull_request',
      event: closedEvent(pr.number, false),
      inputs: { 'log-file': logFile, 'signing-key': signingKey },
    });
    expect(result.exitCode).not.toBe(0);
    const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("the pull_request event (action 'closed') is not a merged pull request");
    expect(errors[0]).toContain('record-type');
    expect(result.outputs['record-id'] ?? '').toBe('');
    expect(existsSync(logFile)).toBe(false);
    expect(folderState(dir)).toEqual({});
    expect(emu.requests.length).toBe(before);
    emu.assertValid();
  });
});
