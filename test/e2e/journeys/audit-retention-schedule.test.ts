// User journey: examples/audit-trail-caller.yml's daily retention run (issue 15). The audit log of
// octo-org/audit-log holds records from more than a year ago and nothing new arrives; GitHub's
// scheduler starts the '45 0 * * *' run, the reusable audit-trail workflow's `retention` task moves the
// records older than 365 days to the archive under a signed checkpoint and appends no record, and the
// log verifies across archive and live. A second run the next day with nothing due writes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction } from '../../harness/runner.js';
import { SHOP, example, journey, type Journey } from './world.js';

const LOG = 'octo-org/audit-log';
const DAY = 86_400_000;

describe('journey: scheduled audit retention (examples/audit-trail-caller.yml)', () => {
  let j: Journey;
  let token: string;
  const lines = (file: string) =>
    (j.emulator.readFile(LOG, 'audit-log', file) ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { record: { sequence: number; type: string } }).record);
  const schedule = (cron: string) =>
    j.engine.deliver({
      name: 'schedule',
      payload: { schedule: cron, repository: { full_name: SHOP }, sender: { login: 'github-actions[bot]' } },
      actor: 'mona',
    });

  beforeAll(async () => {
    j = await journey({
      files: { '.github/workflows/audit-trail.yml': example('audit-trail-caller.yml') },
      secrets: (emulator, auditPem) => {
        emulator.addRepo(LOG, { private: true });
        token = emulator.fineGrainedToken('mona', {
          repositories: [LOG, SHOP],
          permissions: { contents: 'write', pull_requests: 'read', checks: 'read', actions: 'read' },
        });
        return { SHIPGATE_AUDIT_KEY: auditPem, SHIPGATE_AUDIT_LOG_TOKEN: token };
      },
      vars: { SHIPGATE_AUDIT_PUBLIC_KEY: '', SHIPGATE_LAST_CHECKPOINT: '' },
    });
    j.emulator.setPermission(LOG, 'mona', 'write');
    // Three records signed 500, 400 and 100 days ago.
    for (const daysAgo of [500, 400, 100]) {
      const seeded = await runAction('audit-sign', {
        apiUrl: j.emulator.url,
        repository: SHOP,
        clock: { epochMs: Date.now(), factor: 1000, startMs: j.now() - daysAgo * DAY },
        inputs: {
          'signing-key': j.auditKey.privatePem,
          'record-type': 'custom',
          'log-repository': LOG,
          'github-token': token,
        },
      });
      expect(seeded.exitCode).toBe(0);
    }
  }, 120_000);
  afterAll(async () => {
    await j?.stop();
  });

  it('the daily retention run archives the records older than 365 days and appends no record', async () => {
    const [run] = await schedule('45 0 * * *');
    await run.completed;
    run.assertSuccess();
    expect(run.job('audit/write').outputs.checkpoint).toContain('"archive"');
    expect(lines('archive/000000-000001.jsonl').map((r) => r.sequence)).toEqual([0, 1]);
    // Live: the record of 100 days ago and the sealing checkpoint; no custom record was appended.
    expect(lines('log/000000.jsonl').map((r) => [r.sequence, r.type])).toEqual([
      [2, 'custom'],
      [3, 'checkpoint'],
    ]);

    const verified = await runAction('audit-verify', {
      apiUrl: j.emulator.url,
      repository: SHOP,
      inputs: {
        'public-keys': j.auditKey.publicPem,
        'log-repository': LOG,
        'github-token': token,
        'trusted-checkpoint': run.job('audit/write').outputs.checkpoint,
      },
    });
    expect(verified.outputs).toMatchObject({ valid: 'true', records: '4', 'archived-records': '2' });

    const head = j.emulator.ref(LOG, 'heads/audit-log');
    const [quiet] = await schedule('45 0 * * *');
    await quiet.completed;
    quiet.assertSuccess();
    expect(j.emulator.ref(LOG, 'heads/audit-log')).toEqual(head);
  }, 300_000);
});
