// User journey: examples/audit-trail-caller.yml. A person's push to main and a merged pull request each
// become a signed record in the audit log of another repository (octo-org/audit-log); the log verifies.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { runAction } from '../../harness/runner.js';
import { SHOP, example, journey, type Journey } from './world.js';

const LOG = 'octo-org/audit-log';

describe('journey: audit trail (examples/audit-trail-caller.yml)', () => {
  let j: Journey;
  const records = () =>
    (j.emulator.readFile(LOG, 'audit-log', 'log/000000.jsonl') ?? '')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { record?: { type?: string; change?: Record<string, unknown> } })
      .filter((e) => e.record)
      .map((e) => e.record!);

  beforeAll(async () => {
    j = await journey({
      files: {
        '.github/workflows/audit-trail.yml': example('audit-trail-caller.yml'),
        'src/app.js': 'console.log(1)\n',
      },
      secrets: (emulator, auditPem) => {
        emulator.addRepo(LOG, { private: true });
        return {
          SHIPGATE_AUDIT_KEY: auditPem,
          // As the example's header says: contents write on the log repository only, and read access to
          // this repository's pull requests and checks for the evidence of merged pull requests.
          SHIPGATE_AUDIT_LOG_TOKEN: emulator.fineGrainedToken('mona', {
            repositories: [LOG, SHOP],
            permissions: { contents: 'write', pull_requests: 'read', checks: 'read' },
          }),
        };
      },
      vars: { SHIPGATE_AUDIT_PUBLIC_KEY: '', SHIPGATE_LAST_CHECKPOINT: '' },
    });
    j.emulator.setPermission(LOG, 'mona', 'write');
  }, 60_000);
  afterAll(async () => {
    await j?.stop();
  });

  it("a person's push to main is recorded", async () => {
    const gh = new Octokit({ baseUrl: j.emulator.url, auth: j.emulator.tokenFor('mona') });
    const file = await gh.rest.repos.getContent({ owner: 'octo-org', repo: 'shop', path: 'src/app.js' });
    await gh.rest.repos.createOrUpdateFileContents({
      owner: 'octo-org',
      repo: 'shop',
      path: 'src/app.js',
      message: 'Faster checkout',
      content: Buffer.from('console.log(2)\n').toString('base64'),
      sha: (file.data as { sha: string }).sha,
    });
    await j.engine.settled();
    const [run] = j.engine.runs;
    expect(run?.event.name).toBe('push');
    await run.completed;
    run.assertSuccess();
    expect(records().map((r) => r.type)).toEqual(['push']);
  }, 300_000);

  const mergedPullRequest = async () => {
    const head = j.emulator.ref(SHOP, 'heads/main')!;
    const pr = j.emulator.addPullRequest(SHOP, {
      title: 'Terraform: bigger database',
      user: 'dev',
      headSha: head,
      files: [{ filename: 'infra/db.tf', additions: 3, deletions: 1 }],
      merged: { by: 'mona' },
    });
    j.emulator.addReview(SHOP, pr.number, { user: 'alice', state: 'APPROVED', commitId: head });
    const [run] = await j.engine.deliver({
      name: 'pull_request',
      action: 'closed',
      payload: {
        action: 'closed',
        number: pr.number,
        pull_request: {
          number: pr.number,
          merged: true,
          merge_commit_sha: pr.merged!.sha,
          changed_files: 1,
          user: { login: 'dev', id: j.emulator.repo(SHOP).owner.id, type: 'User' },
          merged_by: { login: 'mona', type: 'User' },
          head: { sha: head, ref: 'bigger-db' },
          base: { ref: 'main' },
        },
        repository: { full_name: SHOP, name: 'shop', owner: { login: 'octo-org' } },
        sender: { login: 'mona', type: 'User' },
      },
    });
    await run.completed;
    return run;
  };

  it('with a token scoped to the log repository only, a merged pull request fails naming the permissions it lacks', async () => {
    const scoped = j.engine.secrets.SHIPGATE_AUDIT_LOG_TOKEN;
    j.engine.secrets.SHIPGATE_AUDIT_LOG_TOKEN = j.emulator.fineGrainedToken('mona', {
      repositories: [LOG],
      permissions: { contents: 'write' },
    });
    const before = records().length;
    const run = await mergedPullRequest();
    j.engine.secrets.SHIPGATE_AUDIT_LOG_TOKEN = scoped;
    expect(run.conclusion).toBe('failure');
    expect(run.explain()).toMatch(/needs pull-requests: read and checks: read on octo-org\/shop/);
    expect(records()).toHaveLength(before);
  }, 300_000);

  it('a merged pull request is recorded with its approvals and files', async () => {
    const run = await mergedPullRequest();
    run.assertSuccess();
    const merged = records().find((r) => r.type === 'pull_request');
    expect(JSON.stringify(merged)).toContain('infra/db.tf');
    expect(JSON.stringify(merged)).toContain('alice');

    const verified = await runAction('audit-verify', {
      apiUrl: j.emulator.url,
      token: j.emulator.tokenFor('mona'),
      repository: LOG,
      inputs: { 'public-keys': j.auditKey.publicPem },
    });
    expect(verified.outputs.valid).toBe('true');
  }, 300_000);
});
