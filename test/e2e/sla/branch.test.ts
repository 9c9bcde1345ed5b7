import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { formatDuration } from '../../../packages/core/src/duration.js';
import { scaledClock } from '../../../packages/core/src/clock.js';
import { BranchStore } from '../../../packages/core/src/branch-store.js';
import { GitHubClient } from '../../../packages/core/src/github-client.js';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { runAction, type RunOptions } from '../../harness/runner.js';
import { every, startServices, workspace } from './fixtures.js';

jest.setTimeout(60_000);

const REPO = 'octo-org/service';
const MIN = 60_000;
// One fast clock for every run (it shortens the client's write pacing): sample times stay in order.
const CLOCK = { epochMs: Date.now(), factor: 50 };
const clock = scaledClock(CLOCK.epochMs, CLOCK.factor);
let services: Awaited<ReturnType<typeof startServices>>;
let emulator: GitHubEmulator;
let token: string;

beforeAll(async () => {
  services = await startServices();
  emulator = await startEmulator();
  emulator.addUser('sla-bot', { type: 'Bot' });
  emulator.addRepo(REPO);
  emulator.setPermission(REPO, 'sla-bot', 'write');
  token = emulator.tokenFor('sla-bot');
});
afterAll(async () => {
  await services.stop();
  await emulator.stop();
});

function run(
  action: 'sla-probe' | 'sla-report',
  cwd: string,
  inputs: RunOptions['inputs'] = {},
  extra: Partial<RunOptions> = {},
) {
  return runAction(action, {
    cwd,
    apiUrl: emulator.url,
    token,
    repository: REPO,
    clock: CLOCK,
    ...extra,
    inputs: {
      'github-token': token,
      ...(action === 'sla-probe' ? { 'retry-delay': '10ms' } : {}),
      ...inputs,
    },
  });
}

const day = (offset = 0) => new Date(clock.now() + offset * 86_400_000).toISOString().slice(0, 10);
function branchSamples(branch: string, service: string) {
  return [day(-1), day(), day(1)].flatMap((d) =>
    (emulator.readFile(REPO, branch, `samples/${service}/${d}.jsonl`) ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { status: string; run: string; t: string }),
  );
}
const issueCalls = (from: number) => emulator.requests.slice(from).filter((r) => r.path.includes('/issues'));

describe('sla-probe on a data branch (emulator)', () => {
  it('opens an incident after two confirmed down samples, updates it, closes it on recovery with the duration', async () => {
    const ws = workspace({
      '.github/sla.yml': `services:\n  - name: toggler\n    url: ${services.url}/toggle\n`,
    });
    services.toggle.down = true;
    const first = await run('sla-probe', ws, { 'data-branch': 'incidents' });
    expect(first.exitCode).toBe(0);
    expect(first.outputs['incidents-opened']).toBe('0');
    const second = await run('sla-probe', ws, { 'data-branch': 'incidents' });
    expect(second.outputs['incidents-opened']).toBe('1');
    const issues = [...emulator.repo(REPO).issues.values()].filter((i) => i.labels.includes('sla-incident'));
    expect(issues).toHaveLength(1);
    const number = issues[0].number;
    expect(issues[0].title).toBe('SLA incident: toggler is down');
    expect(issues[0].body).toContain('2 consecutive down samples');
    const third = await run('sla-probe', ws, { 'data-branch': 'incidents' });
    expect(third.outputs['incidents-opened']).toBe('0');
    expect(emulator.issue(REPO, number)!.body).toContain('3 consecutive down samples');
    services.toggle.down = false;
    const recovered = await run('sla-probe', ws, { 'data-branch': 'incidents' });
    expect(recovered.outputs).toMatchObject({ status: 'up', 'incidents-closed': '1' });
    expect(emulator.issue(REPO, number)!.state).toBe('closed');
    const samples = branchSamples('incidents', 'toggler');
    expect(samples.map((s) => s.status)).toEqual(['down', 'down', 'down', 'ok']);
    const comment = emulator.comments(REPO, number).at(-1)!.body;
    const measured = formatDuration(Date.parse(samples[3].t) - Date.parse(samples[0].t));
    expect(comment).toBe(
      `Recovered at ${samples[3].t}: toggler was down for ${measured} (from ${samples[0].t}, measured between probe samples).`,
    );
    emulator.assertValid();
  });

  it('makes no issue call at all with incident-issues false', async () => {
    const ws = workspace({
      '.github/sla.yml': `services:\n  - name: quiet\n    url: ${services.url}/fail\n`,
    });
    const from = emulator.requests.length;
    for (let i = 0; i < 3; i++)
      expect(
        (await run('sla-probe', ws, { 'data-branch': 'quiet', 'incident-issues': 'false' })).exitCode,
      ).toBe(0);
    expect(branchSamples('quiet', 'quiet').map((s) => s.status)).toEqual(['down', 'down', 'down']);
    expect(issueCalls(from)).toEqual([]);
  });

  it('loses no sample when runs commit to the branch at the same time', async () => {
    const ws = workspace({ '.github/sla.yml': `services:\n  - name: racer\n    url: ${services.url}/ok\n` });
    const runs = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        run('sla-probe', ws, { 'data-branch': 'race', 'incident-issues': 'false' }, { runId: n }),
      ),
    );
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0, 0, 0]);
    expect(
      branchSamples('race', 'racer')
        .map((s) => s.run)
        .sort(),
    ).toEqual(['1/1', '2/1', '3/1', '4/1']);
    emulator.assertValid();
  });

  it('names the repository when the token cannot read it, and writes nothing', async () => {
    const ws = workspace({ '.github/sla.yml': `services:\n  - name: api\n    url: ${services.url}/ok\n` });
    const hits = services.hits['/ok'] ?? 0;
    const result = await run('sla-probe', ws, { repository: 'octo-org/missing' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'repository': octo-org\/missing cannot be read with the token \(HTTP 404\)/,
    );
    expect(services.hits['/ok'] ?? 0).toBe(hits);
  });
});

describe('sla-report on a data branch (emulator)', () => {
  const store = () =>
    new BranchStore({
      client: new GitHubClient({ token, baseUrl: emulator.url }),
      owner: 'octo-org',
      repo: 'service',
      branch: 'report',
    });
  async function seed(status: (t: number) => 'ok' | 'down') {
    const now = clock.now();
    const lines = new Map<string, string>();
    for (const t of every(5 * MIN, now - 26 * 3_600_000, now)) {
      const file = `samples/api/${new Date(t).toISOString().slice(0, 10)}.jsonl`;
      const s = status(t);
      lines.set(
        file,
        (lines.get(file) ?? '') +
          JSON.stringify({
            t: new Date(t).toISOString(),
            status: s,
            attempts: 1,
            errors: s === 'down' ? 1 : 0,
            ...(s === 'ok' ? { code: 200, ms: 20 } : {}),
          }) +
          '\n',
      );
    }
    await store().update('seed', async () => ({ changes: Object.fromEntries(lines), result: undefined }));
  }
  const ws = () =>
    workspace({
      '.github/sla.yml': `services:\n  - name: api\n    url: ${services.url}/ok\n    environment: production\n`,
    });

  it('opens a burn-rate alert issue on a fast burn and resolves it when the burn stops', async () => {
    const now = clock.now();
    await seed((t) => (t > now - 45 * MIN ? 'down' : 'ok'));
    const dir = ws();
    const burning = await run('sla-report', dir, { 'data-branch': 'report', 'incident-issues': 'false' });
    expect(burning.exitCode).toBe(0);
    expect(JSON.parse(burning.outputs.alerts).map((a: { severity: string }) => a.severity)).toContain('page');
    const alert = [...emulator.repo(REPO).issues.values()].find((i) => i.labels.includes('sla-burn-rate'))!;
    expect(alert.title).toBe('SLA burn-rate alert (page): api');
    expect(alert.state).toBe('open');
    const status = JSON.parse(emulator.readFile(REPO, 'report', 'status.json')!);
    // 26 hours of a 30-day window: the budget is unknown (it pages all the same).
    expect(status.services.api).toMatchObject({
      environment: 'production',
      status: 'down',
      'budget-state': 'unknown',
      'budget-exhausted': false,
    });
    expect(status.services.api).not.toHaveProperty('error-budget-remaining');
    expect(emulator.readFile(REPO, 'report', `rollups/api/${day(-1)}.json`)).toBeDefined();

    // Still burning on the next run: the same issue is updated, not a second one opened.
    const again = await run('sla-report', dir, { 'data-branch': 'report', 'incident-issues': 'false' });
    expect(again.exitCode).toBe(0);
    expect(
      [...emulator.repo(REPO).issues.values()].filter((i) => i.labels.includes('sla-burn-rate')),
    ).toHaveLength(1);
    expect(again.summary).toContain(`updated burn-rate alert #${alert.number} (page) for api`);

    await seed(() => 'ok');
    const calm = await run('sla-report', dir, { 'data-branch': 'report', 'incident-issues': 'false' });
    expect(calm.exitCode).toBe(0);
    expect(calm.outputs.alerts).toBe('[]');
    expect(emulator.issue(REPO, alert.number)!.state).toBe('closed');
    expect(emulator.comments(REPO, alert.number).at(-1)!.body).toMatch(/^Resolved: api no longer burns/);
    emulator.assertValid();
  });

  it('opens an alert when 80 % of the budget is consumed, without a fast burn, and resolves it', async () => {
    const now = clock.now();
    // 95 % over one day allows 72 minutes down; one 5-minute probe down every two hours spends 60 (83 %),
    // a burn too slow for any multi-window rule.
    await seed((t) => {
      const step = Math.round((now - t) / (5 * MIN));
      return step < 288 && step % 24 === 12 ? 'down' : 'ok';
    });
    const dir = workspace({
      '.github/sla.yml': `services:\n  - name: api\n    url: ${services.url}/ok\n    slo: {uptime: 95, window: 1d}\n`,
    });
    const spent = await run('sla-report', dir, { 'data-branch': 'report', 'incident-issues': 'false' });
    expect(spent.exitCode).toBe(0);
    const alerts = JSON.parse(spent.outputs.alerts) as { severity: string; rule: string }[];
    expect(alerts).toEqual([
      expect.objectContaining({
        severity: 'ticket',
        rule: expect.stringMatching(
          /^80 % of the error budget consumed \(83\.\d+ % spent over the SLO window\)$/,
        ),
      }),
    ]);
    // The fast clock moves the window a little between seeding and reporting: about 16.7 % left.
    expect(Number(spent.outputs['error-budget-remaining'])).toBeGreaterThan(14);
    expect(Number(spent.outputs['error-budget-remaining'])).toBeLessThan(20);
    const alert = [...emulator.repo(REPO).issues.values()].find(
      (i) => i.labels.includes('sla-burn-rate') && i.state === 'open',
    )!;
    expect(alert.title).toBe('SLA burn-rate alert (ticket): api');
    // The dashboard is committed to the data branch beside status.json, for GitHub Pages.
    expect(emulator.readFile(REPO, 'report', 'dashboard/index.html')).toBe(
      readFileSync(spent.outputs['dashboard-path'], 'utf8'),
    );
    expect(alert.body).toContain('80 % of the error budget consumed');

    await seed(() => 'ok');
    const calm = await run('sla-report', dir, { 'data-branch': 'report', 'incident-issues': 'false' });
    expect(calm.outputs.alerts).toBe('[]');
    expect(emulator.issue(REPO, alert.number)!.state).toBe('closed');
    emulator.assertValid();
  });

  it('makes no issue call at all with incident-issues and burn-rate-alerts false', async () => {
    const now = clock.now();
    await seed((t) => (t > now - 45 * MIN ? 'down' : 'ok'));
    const from = emulator.requests.length;
    const result = await run('sla-report', ws(), {
      'data-branch': 'report',
      'incident-issues': 'false',
      'burn-rate-alerts': 'false',
    });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs.alerts).length).toBeGreaterThan(0);
    expect(issueCalls(from)).toEqual([]);
    expect(emulator.requests.length).toBeGreaterThan(from);
  });

  it('names the data branch when it does not exist, and writes nothing', async () => {
    const from = emulator.requests.length;
    const result = await run('sla-report', ws(), {
      'data-branch': 'never-written',
      'incident-issues': 'false',
      'burn-rate-alerts': 'false',
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^input 'data-branch': branch octo-org\/service@never-written does not exist/,
    );
    expect(emulator.requests.slice(from).filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
