import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ActionContext } from '../../../packages/core/src/index.js';
import { recordSchemaProblem, loadRecordSchemas } from '../../../packages/core/src/audit/record.js';
import { globToRegExp, matchInfraPaths } from '../../../actions/audit-sign/src/infra-paths.js';
import { draftRecord, eventRecordType } from '../../../actions/audit-sign/src/record-draft.js';
import { pullRequestEvidence } from '../../../actions/audit-sign/src/pull-request-evidence.js';
import type { GitHubClient } from '../../../packages/core/src/index.js';

// The record checks are synchronous; Ajv and the schemas load once, as audit-verify does at start.
beforeAll(loadRecordSchemas);

const INFRA = ['terraform/**', 'infra/**', 'environments/**'];
const context = (eventName: string, event: Record<string, unknown>): ActionContext => ({
  repository: { owner: 'octo-org', repo: 'service' },
  actor: 'runner-actor',
  triggeringActor: 'runner-actor',
  eventName,
  event,
  sha: 'a'.repeat(40),
  ref: 'refs/heads/main',
  runId: '77',
  runAttempt: '2',
  workflowRef: 'octo-org/service/.github/workflows/deploy.yml@refs/heads/main',
  job: 'deploy',
  apiUrl: 'http://127.0.0.1',
  serverUrl: 'https://github.com',
  runnerTemp: '/tmp',
  runUrl: '',
});
const complete = (draft: ReturnType<typeof draftRecord>) =>
  recordSchemaProblem({
    ...draft,
    logId: 'l',
    sequence: 0,
    previousHash: '',
    time: '2026-05-01T00:00:00.000Z',
  });

describe('infrastructure paths', () => {
  it('match globs: ** spans folders, * stays within one', () => {
    expect(
      matchInfraPaths(
        [
          'terraform/main.tf',
          'terraform/mod/x.tf',
          'src/terraform.ts',
          'infra',
          'environments/prod/values.yaml',
        ],
        INFRA,
      ),
    ).toEqual(['terraform/main.tf', 'terraform/mod/x.tf', 'environments/prod/values.yaml']);
    expect(globToRegExp('**/*.tf').test('a/b/c.tf')).toBe(true);
    expect(globToRegExp('**/*.tf').test('c.tf')).toBe(true);
    expect(globToRegExp('infra/*.yaml').test('infra/a/b.yaml')).toBe(false);
    expect(globToRegExp('k8s/?.yaml').test('k8s/a.yaml')).toBe(true);
  });
});

describe('record type from the event', () => {
  it.each([
    ['push', {}, 'push'],
    ['pull_request', { action: 'closed', pull_request: { merged: true } }, 'pull_request'],
    ['deployment_status', {}, 'deployment_status'],
    ['workflow_run', {}, 'workflow_run'],
    ['release', {}, 'release'],
  ])('%s', (name, event, expected) => {
    expect(eventRecordType(name, event)).toBe(expected);
  });
  it('refuses a pull request that was not merged and events without a type', () => {
    expect(eventRecordType('pull_request', { action: 'closed', pull_request: { merged: false } })).toEqual({
      problem: "the pull_request event (action 'closed') is not a merged pull request",
    });
    expect(eventRecordType('schedule', {})).toEqual({
      problem: "the 'schedule' event has no record type of its own",
    });
  });
});

describe('record drafts', () => {
  const base = { infraPaths: INFRA, standards: ['SOC2', 'ISO27001'], id: 'id-1', details: {} };

  it('a merged pull request: author, merger, approvers with their commit, checks, files', () => {
    const event = {
      action: 'closed',
      number: 12,
      repository: { id: 5, full_name: 'octo-org/service' },
      sender: { id: 9, login: 'merger' },
      pull_request: {
        number: 12,
        merged: true,
        merge_commit_sha: 'm'.repeat(40),
        user: { id: 3, login: 'pr-author' },
        merged_by: { id: 9, login: 'merger' },
        head: { sha: 'h'.repeat(40) },
        base: { ref: 'main' },
      },
    };
    const draft = draftRecord({
      ...base,
      context: context('pull_request', event),
      type: 'pull_request',
      pullRequest: {
        files: ['infra/net.tf', 'src/a.ts'],
        reviews: [{ id: '4', login: 'alice', commit: 'h'.repeat(40), time: '2026-05-01T10:00:00Z' }],
        checks: [{ name: 'build', conclusion: 'success' }],
      },
    });
    expect(complete(draft)).toBeUndefined();
    expect(draft).toMatchObject({
      type: 'pull_request',
      commit: 'm'.repeat(40),
      ref: 'refs/heads/main',
      repository: { id: '5', name: 'octo-org/service' },
      actor: { id: '9', login: 'merger' },
      run: { id: '77', attempt: '2' },
      change: {
        files: ['infra/net.tf', 'src/a.ts'],
        touchesInfrastructure: true,
        pullRequest: {
          number: '12',
          author: { id: '3', login: 'pr-author' },
          mergedBy: { id: '9', login: 'merger' },
          approvers: [{ login: 'alice', commit: 'h'.repeat(40) }],
          checks: [{ name: 'build', conclusion: 'success' }],
        },
      },
      compliance: {
        risk: 'high',
        standards: [
          { standard: 'SOC2', controls: ['CC6.3', 'CC7.2', 'CC8.1'] },
          { standard: 'ISO27001', controls: ['5.3', '8.9', '8.15', '8.32'] },
        ],
      },
    });
  });

  it('a pull request whose file list GitHub cut at 3000 is marked truncated and high risk', () => {
    const files = Array.from({ length: 3000 }, (_, i) => `src/file-${i}.ts`);
    const draft = (changedFiles: number, listed: string[]) =>
      draftRecord({
        ...base,
        context: context('pull_request', {
          action: 'closed',
          pull_request: { number: 7, merged: true, changed_files: changedFiles, user: { id: 3, login: 'a' } },
        }),
        type: 'pull_request',
        pullRequest: { files: listed, reviews: [], checks: [] },
      });
    // 3001 changed, 3000 listed: the missing one may be infrastructure, so the record must not look complete.
    expect(draft(3001, files)).toMatchObject({
      change: { filesTruncated: true, touchesInfrastructure: false },
      compliance: { risk: 'high' },
    });
    expect(draft(2, ['src/a.ts', 'docs/b.md'])).toMatchObject({
      change: { filesTruncated: false },
      compliance: { risk: 'low' },
    });
  });

  it('a deployment from a workflow’s job results (toJSON(needs.x)) and an exception', () => {
    const details = {
      environment: 'production',
      version: '2.0.0',
      approval: { result: 'success', outputs: { decision: 'approved', 'approved-by': 'alice,bob' } },
      checks: { result: 'success', outputs: {} },
      deploy: { result: 'failure', outputs: {} },
    };
    const draft = draftRecord({
      ...base,
      details,
      context: context('workflow_dispatch', {}),
      type: 'deployment',
    });
    expect(complete(draft)).toBeUndefined();
    expect(draft.deployment).toEqual({
      environment: 'production',
      deploymentId: '',
      version: '2.0.0',
      outcome: 'failure',
      approvals: [
        { id: '', login: 'alice', time: '' },
        { id: '', login: 'bob', time: '' },
      ],
      checks: [{ name: 'checks', conclusion: 'success' }],
      emergency: false,
    });
    expect(draft.actor).toEqual({ id: '', login: 'runner-actor' });
    // A count or an empty list under one name does not hide the approvers given under another.
    const counted = draftRecord({
      ...base,
      details: {
        approvals: 2,
        approvers: [],
        'approved-by': 'alice,bob',
        'decided-at': '2026-05-01T09:00:00Z',
      },
      context: context('workflow_dispatch', {}),
      type: 'deployment',
    });
    expect(counted.deployment!.approvals.map((a) => [a.login, a.time])).toEqual([
      ['alice', '2026-05-01T09:00:00Z'],
      ['bob', '2026-05-01T09:00:00Z'],
    ]);
    const exception = draftRecord({
      ...base,
      details: { reason: 'hotfix' },
      context: context('workflow_dispatch', {}),
      type: 'exception',
    });
    expect(exception.compliance.risk).toBe('high');
    expect(exception.details).toEqual({ reason: 'hotfix' });
  });

  it('a deployment status event gives the outcome of its deployment', () => {
    const event = {
      deployment: { id: 31, environment: 'staging', sha: 's'.repeat(40), ref: 'v1.2.0' },
      deployment_status: { state: 'success' },
    };
    const draft = draftRecord({
      ...base,
      context: context('deployment_status', event),
      type: 'deployment_status',
    });
    expect(draft.deployment).toMatchObject({
      environment: 'staging',
      deploymentId: '31',
      version: 'v1.2.0',
      outcome: 'success',
    });
    expect(draft.commit).toBe('s'.repeat(40));
  });
});

describe('pull request evidence', () => {
  it('counts each reviewer’s latest decisive review, reading every page', async () => {
    const calls: string[] = [];
    const pages: Record<string, unknown[]> = {
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': [{ filename: 'a.ts' }, { filename: 'b.ts' }],
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': [
        { user: { id: 1, login: 'alice' }, state: 'APPROVED', commit_id: 'old', submitted_at: 't1' },
        { user: { id: 1, login: 'alice' }, state: 'COMMENTED', commit_id: 'new', submitted_at: 't2' },
        { user: { id: 2, login: 'bob' }, state: 'APPROVED', commit_id: 'old', submitted_at: 't1' },
        { user: { id: 2, login: 'bob' }, state: 'CHANGES_REQUESTED', commit_id: 'new', submitted_at: 't3' },
        { user: { id: 3, login: 'carol' }, state: 'APPROVED', commit_id: 'new', submitted_at: 't4' },
      ],
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': [
        { name: 'build', conclusion: null, status: 'in_progress' },
      ],
    };
    const client = {
      listAll: async (route: string, params: Record<string, unknown>) => {
        calls.push(`${route} ${JSON.stringify(params)}`);
        return pages[route];
      },
    } as unknown as GitHubClient;
    const evidence = await pullRequestEvidence(client, { owner: 'o', repo: 'r' }, 12, 'head');
    expect(evidence).toEqual({
      files: ['a.ts', 'b.ts'],
      reviews: [
        { id: '1', login: 'alice', commit: 'old', time: 't1' },
        { id: '3', login: 'carol', commit: 'new', time: 't4' },
      ],
      checks: [{ name: 'build', conclusion: 'in_progress' }],
    });
    expect(calls).toContain(
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs {"owner":"o","repo":"r","ref":"head"}',
    );
  });
});
