import { describe, expect, it } from '@jest/globals';
import { evaluateErrorBudget } from '../../../actions/pre-deploy-checks/src/error-budget.js';
// The file sla-report writes: typed by its own definition, so a change of shape breaks this test.
import { formatStatusFile, type ServiceStatus } from '../../../packages/core/src/sla/status.js';

const status = (services: Record<string, ServiceStatus>) =>
  formatStatusFile({ schema: 1, 'generated-at': '2026-06-01T00:00:00Z', services });
const svc = (
  environment: string | undefined,
  remaining: number | undefined,
  exhausted = false,
): ServiceStatus => ({
  ...(environment ? { environment } : {}),
  status: 'up',
  slo: { uptime: 99.9, 'latency-p95-ms': 500, 'error-rate': 1, 'window-days': 30 },
  coverage: 0.99,
  uptime: 99.95,
  ...(remaining === undefined ? {} : { 'error-budget-remaining': remaining }),
  'budget-exhausted': exhausted,
  'updated-at': '2026-06-01T00:00:00Z',
});
const GENERATED = Date.parse('2026-06-01T00:00:00Z');
const HOUR = 3_600_000;
const opts = (environment: string | undefined, minRemaining = 0, now = GENERATED + HOUR) => ({
  environment,
  minRemaining,
  source: 'status.json',
  now,
  maxAgeMs: 26 * HOUR,
});

describe('error budget', () => {
  it("checks only the environment's services", () => {
    const text = status({
      api: svc('production', 40),
      web: svc('production', 12),
      old: svc('staging', 0, true),
    });
    expect(evaluateErrorBudget(text, opts('production', 10))).toMatchObject({ ok: true });
    expect(evaluateErrorBudget(text, opts('production', 20))).toMatchObject({
      ok: false,
      detail: 'web: 12% of the error budget left, below 20%',
    });
    expect(evaluateErrorBudget(text, opts('staging'))).toMatchObject({
      ok: false,
      detail: 'old: error budget exhausted (0% left)',
    });
  });

  it('checks every service when none carries an environment', () => {
    const text = status({ api: svc(undefined, 5), web: svc(undefined, 50) });
    expect(evaluateErrorBudget(text, opts('production', 10)).services.map((s) => s.ok)).toEqual([
      false,
      true,
    ]);
  });

  it('refuses an unknown budget, saying why and what to do', () => {
    const thin: ServiceStatus = {
      ...svc('production', undefined),
      samples: 1,
      coverage: 0,
      'budget-state': 'unknown',
      'budget-detail': 'not enough data (1 sample, 0 % coverage)',
    };
    const verdict = evaluateErrorBudget(
      status({ api: svc('production', 80), fresh: thin }),
      opts('production'),
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.detail).toBe(
      "fresh: error budget unknown, not enough data (1 sample, 0 % coverage). Wait for more probe samples, lower sla-report's min-samples or min-coverage, or use the audited override",
    );
    // Even with a figure beside it (an older writer), unknown is not a pass.
    const withFigure = { ...thin, 'error-budget-remaining': 100 };
    expect(evaluateErrorBudget(status({ fresh: withFigure }), opts(undefined)).ok).toBe(false);
  });

  it('refuses a status.json older than max-status-age, and passes it while it is fresh', () => {
    const text = status({ api: svc('production', 80) });
    expect(evaluateErrorBudget(text, opts('production', 0, GENERATED + 26 * HOUR)).ok).toBe(true);
    const stale = evaluateErrorBudget(text, opts('production', 0, GENERATED + 10 * 24 * HOUR));
    expect(stale.ok).toBe(false);
    expect(stale.detail).toBe(
      'status.json was generated 10d ago (2026-06-01T00:00:00.000Z), older than max-status-age 1d 2h: it no longer says how the services are doing. Run sla-report (check its schedule), raise max-status-age, or use the audited override',
    );
  });

  it.each([
    [JSON.stringify({ schema: 1, services: { api: svc('production', 80) } }), /no valid generated-at/],
    [undefined, /does not exist/],
    ['{not json', /is not JSON/],
    [JSON.stringify({ schema: 2, services: {} }), /schema 1/],
    [status({}), /lists no services/],
    [status({ api: svc('staging', 50) }), /no service for environment 'production'/],
    [status({ api: svc('production', undefined) }), /no error budget figure/],
    [
      status({ api: { ...svc('production', undefined), status: 'no-data' } }),
      /no error budget figure \(status no-data\)/,
    ],
  ])('fails closed on %j', (text, problem) => {
    const verdict = evaluateErrorBudget(text, opts('production'));
    expect(verdict.ok).toBe(false);
    expect(verdict.detail).toMatch(problem);
  });
});
