/**
 * The error-budget gate over `status.json`, written by the sla-report action on its data branch:
 * `{"schema":1,"generated-at":…,"services":{"<name>":{"environment":…,"status":…,
 * "error-budget-remaining":42.5,"budget-exhausted":false,…}}}`. The services checked are those whose
 * `environment` is the given one (all of them when none carries an environment). A missing or
 * unreadable file, no matching service, or a service without a budget figure fails: never a pass.
 */
export interface BudgetResult {
  ok: boolean;
  detail: string;
  services: { name: string; remaining: number | null; ok: boolean; detail: string }[];
}

interface ServiceStatus {
  environment?: unknown;
  status?: unknown;
  'error-budget-remaining'?: unknown;
  'budget-exhausted'?: unknown;
}

export function evaluateErrorBudget(
  text: string | undefined,
  options: { environment?: string; minRemaining: number; source: string },
): BudgetResult {
  const fail = (detail: string): BudgetResult => ({ ok: false, detail, services: [] });
  if (text === undefined) return fail(`${options.source} does not exist`);
  let data: { schema?: unknown; services?: unknown; 'generated-at'?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch (error) {
    return fail(`${options.source} is not JSON (${(error as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || data.schema !== 1)
    return fail(`${options.source} is not a schema 1 status file`);
  if (!data.services || typeof data.services !== 'object' || Array.isArray(data.services))
    return fail(`${options.source} has no services`);
  const all = Object.entries(data.services as Record<string, ServiceStatus>);
  const anyEnvironment = all.some(([, s]) => typeof s?.environment === 'string' && s.environment !== '');
  const chosen = anyEnvironment ? all.filter(([, s]) => s?.environment === options.environment) : all;
  if (chosen.length === 0)
    return fail(
      anyEnvironment
        ? `${options.source} has no service for environment '${options.environment ?? ''}'`
        : `${options.source} lists no services`,
    );
  const services = chosen.map(([name, s]) => {
    const remaining = typeof s?.['error-budget-remaining'] === 'number' ? s['error-budget-remaining'] : null;
    if (remaining === null || !Number.isFinite(remaining))
      return {
        name,
        remaining: null,
        ok: false,
        detail: `${name}: no error budget figure (status ${String(s?.status ?? 'unknown')})`,
      };
    if (s['budget-exhausted'] === true || remaining <= 0)
      return { name, remaining, ok: false, detail: `${name}: error budget exhausted (${remaining}% left)` };
    if (remaining < options.minRemaining)
      return {
        name,
        remaining,
        ok: false,
        detail: `${name}: ${remaining}% of the error budget left, below ${options.minRemaining}%`,
      };
    return { name, remaining, ok: true, detail: `${name}: ${remaining}% left` };
  });
  const bad = services.filter((s) => !s.ok);
  return {
    ok: bad.length === 0,
    detail: (bad.length > 0 ? bad : services).map((s) => s.detail).join('; '),
    services,
  };
}
