import { describe, expect, it } from '@jest/globals';
import { evaluateErrorBudget } from '../../../actions/pre-deploy-checks/src/error-budget.js';

const status = (services: Record<string, unknown>) =>
  JSON.stringify({ schema: 1, 'generated-at': '2026-06-01T00:00:00Z', services });
const svc = (environment: string | undefined, remaining: number | null, exhausted = false) => ({
  ...(environment ? { environment } : {}),
  status: 'up',
  coverage: 0.99,
  uptime: 99.95,
  'error-budget-remaining': remaining,
  'budget-exhausted': exhausted,
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
    [status({ api: svc('production', null) }), /no error budget figure/],
    [
      status({ api: { environment: 'production', status: 'no-data' } }),
      /no error budget figure \(status no-data\)/,
    ],
  ])('fails closed on %j', (text, problem) => {
    const verdict = evaluateErrorBudget(text, opts('production'));
    expect(verdict.ok).toBe(false);
    expect(verdict.detail).toMatch(problem);
  });
});
