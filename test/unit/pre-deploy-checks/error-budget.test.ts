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
const opts = (environment: string | undefined, minRemaining = 0) => ({
  environment,
  minRemaining,
  source: 'status.json',
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

  it.each([
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
