// User journey: examples/sla-monitoring-schedule.yml with examples/config/sla.yml. GitHub's scheduler
// starts the probe cron, then the daily report cron; the probes write samples to the sla-data branch
// and open an incident for a service that is down; the report builds status.json and the dashboard
// artifact, with an unknown budget (a few samples say nothing about a 30-day window).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startShopService, type ShopService } from './shop-service.js';
import { SHOP, example, exampleConfig, journey, type Journey } from './world.js';

describe('journey: SLA on a schedule (examples/sla-monitoring-schedule.yml)', () => {
  let checkout: ShopService;
  let j: Journey;
  const schedule = (cron: string) =>
    j.engine.deliver({
      name: 'schedule',
      payload: { schedule: cron, repository: { full_name: SHOP }, sender: { login: 'github-actions[bot]' } },
      actor: 'mona',
    });

  beforeAll(async () => {
    checkout = await startShopService('checkout', '3.0.0', { errorRate: 0 });
    // search is down: nothing listens on its port.
    const config = exampleConfig('sla.yml')
      .replace('https://checkout.example.com', checkout.url)
      .replace('https://search.example.com', 'http://127.0.0.1:9');
    j = await journey({
      files: {
        '.github/workflows/sla.yml': example('sla-monitoring-schedule.yml'),
        '.github/sla.yml': config,
      },
      factor: 20,
    });
  }, 60_000);
  afterAll(async () => {
    await j?.stop();
    await checkout?.stop();
  });

  it('probe crons record samples and open an incident; the report cron writes status.json and the dashboard', async () => {
    for (let i = 0; i < 3; i++) {
      const [probe] = await schedule('*/10 * * * *');
      await probe.completed;
      probe.assertSuccess();
      expect(probe.job('sla/probe').result).toBe('success');
      expect(probe.job('sla/report').result).toBe('skipped');
    }
    const branch = j.emulator.repo(SHOP).refs.get('refs/heads/sla-data');
    expect(branch).toBeDefined();
    const incidents = [...j.emulator.repo(SHOP).issues.values()].filter((i) => i.state === 'open');
    expect(incidents.map((i) => i.title).join('\n')).toMatch(/search/);
    expect(incidents.map((i) => i.title).join('\n')).not.toMatch(/checkout/);

    const [report] = await schedule('0 6 * * *');
    await report.completed;
    report.assertSuccess();
    const status = JSON.parse(j.emulator.readFile(SHOP, 'sla-data', 'status.json') ?? 'null') as {
      services: Record<
        string,
        { status: string; 'budget-state'?: string; 'error-budget-remaining'?: number }
      >;
    };
    expect(status.services.checkout.status).toBe('up');
    // Three probes are far too little of a 30-day window to state a budget: unknown, never 100 %.
    expect(status.services.checkout['budget-state']).toBe('unknown');
    expect(status.services.checkout['error-budget-remaining']).toBeUndefined();
    expect(status.services.search.status).toBe('down');
    const dashboard = report.artifacts.get('sla-dashboard');
    expect(dashboard).toBeDefined();
    expect([...dashboard!.keys()].some((file) => file.endsWith('.html'))).toBe(true);
  }, 600_000);
});
