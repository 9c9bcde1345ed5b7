import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import axe from 'axe-core';
import { chromiumMissing, launchOffline, type OfflineBrowser } from '../../harness/chromium.js';
import { repoRoot, runAction } from '../../harness/runner.js';
import { every, workspace, writeSamples } from './fixtures.js';

jest.setTimeout(90_000);

const missing = chromiumMissing();
if (missing && process.env.CI === 'true')
  throw new Error(`CI=true and headless Chromium is missing: ${missing}`);
if (missing) console.warn(`SKIPPED sla dashboard in Chromium: ${missing}`);
const describeChromium = missing ? describe.skip : describe;

const MIN = 60_000;
const DAY = 86_400_000;
const now = Math.floor(Date.now() / (5 * MIN)) * 5 * MIN;

let ws: string;
let html: string;
let dashboard: string;

beforeAll(async () => {
  ws = workspace({
    '.github/sla.yml': `services:
  - name: checkout
    url: http://127.0.0.1:9/
    environment: production
  - name: search
    url: http://127.0.0.1:9/
    slo: {uptime: 99.5, latency-p95-ms: 120}
`,
  });
  const data = path.join(ws, 'data');
  writeSamples(
    data,
    'checkout',
    every(10 * MIN, now - 60 * DAY, now).map((t, i) => ({
      t,
      status: t > now - 20 * DAY && t < now - 20 * DAY + 90 * MIN ? 'down' : 'ok',
      ms: 60 + 40 * Math.sin(i / 50) + (i % 7) * 5,
    })),
  );
  // search: data only for the last 12 days, and down right now.
  writeSamples(
    data,
    'search',
    every(5 * MIN, now - 12 * DAY, now).map((t, i) => ({
      t,
      status: t > now - 15 * MIN ? 'down' : i % 40 === 0 ? 'degraded' : 'ok',
      ms: i % 40 === 0 ? 300 : 80,
    })),
  );
  const result = await runAction('sla-report', {
    cwd: ws,
    inputs: { 'data-dir': 'data', 'incident-issues': 'false', 'burn-rate-alerts': 'false' },
  });
  expect(result.exitCode).toBe(0);
  dashboard = result.outputs['dashboard-path'];
  html = readFileSync(dashboard, 'utf8');
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe('the dashboard file', () => {
  it('is one self-contained file: no scripts, no external references, a CSP that forbids the network', () => {
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(http/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*"(https?:)?\/\//i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });
});

describeChromium('the dashboard in headless Chromium', () => {
  let browser: OfflineBrowser;
  beforeAll(async () => {
    browser = await launchOffline();
    await browser.page.goto(pathToFileURL(dashboard).toString());
  });
  afterAll(async () => browser?.close());

  it('shows each service with its status in words and its figures', async () => {
    const { page } = browser;
    expect(await page.title()).toBe('SLA dashboard');
    expect(await page.locator('section.service h2').allInnerTexts()).toEqual([
      'checkout ✔ up',
      'search ✖ down',
    ]);
    const overview = await page.locator('main > table').first().innerText();
    expect(overview).toMatch(/checkout\s+✔ up/);
    expect(overview).toMatch(/search\s+✖ down/);
    expect(await page.getByText('Environment production').count()).toBe(1);
    // The measured error rate per service: failed probe requests over all of them. search's last two
    // probes failed (3 attempts, 3 errors each) among about 285 good ones in the last 24 hours: 6 / 291
    // (one sample more or less at the window's start, as the run's clock falls in its 5-minute step).
    const rows = page.locator('main > table').first().locator('tbody tr');
    const cells = async (row: number) =>
      (await rows.nth(row).locator('th, td').allInnerTexts()).map((c) => c.trim());
    const headers = (await page.locator('main > table').first().locator('thead th').allInnerTexts()).map(
      (c) => c.trim(),
    );
    const column = (name: string) => headers.indexOf(name);
    expect(column('error rate 24h')).toBeGreaterThan(0);
    expect((await cells(1))[column('error rate 24h')]).toMatch(/^2\.0[4-7]\d%$/);
    expect((await cells(0))[column('error rate 24h')]).toBe('0%');
    // Uptime over 24h, 7d, 30d and 90d for each service.
    const windows = await page.locator('section.service table').first().locator('tbody th').allInnerTexts();
    expect(windows).toEqual(['24h', '7d', '30d', '90d']);
    expect(await page.locator('section.service').first().getByText('Incidents (last 90 days)').count()).toBe(
      1,
    );
  });

  it('gives every chart a title and a description, and the data as a table', async () => {
    const { page } = browser;
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBe(6);
    for (const chart of await charts.all()) {
      const labelled = (await chart.getAttribute('aria-labelledby'))!.split(' ');
      expect(labelled).toHaveLength(2);
      expect((await chart.locator('title').first().textContent())!.length).toBeGreaterThan(5);
      expect((await chart.locator('desc').textContent())!.length).toBeGreaterThan(10);
    }
    const accessibleName = await page
      .locator('svg[role="img"]')
      .first()
      .evaluate((el) => el.querySelector('title')?.textContent);
    expect(accessibleName).toBe('Daily uptime');
    expect(await page.locator('details summary').first().innerText()).toBe('Daily figures (table)');
    expect(await page.locator('svg rect.nodata').count()).toBeGreaterThan(0);
  });

  it('has no serious or critical accessibility violations (axe-core, WCAG 2 A/AA rules)', async () => {
    const { page } = browser;
    // Evaluated over the DevTools protocol: the page's CSP (no scripts) stays as shipped.
    const results = (await page.evaluate(
      `${axe.source}\n;axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] })`,
    )) as {
      violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
      passes: unknown[];
    };
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id} (${v.impact}): ${v.help}, ${v.nodes.length} node(s)`)).toEqual([]);
    // The rules did run: color contrast, names of images, table headers among them.
    expect(results.passes.length).toBeGreaterThan(10);
  });

  it('needed no network at all, and renders to a screenshot', async () => {
    const { page, blocked } = browser;
    expect(blocked).toEqual([]);
    const file = path.join(repoRoot, 'test-artifacts', 'sla-dashboard.png');
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });
});
