/**
 * The error-budget gate over `status.json`, written by the sla-report action on its data branch:
 * `{"schema":1,"generated-at":…,"services":{"<name>":{"environment":…,"status":…,
 * "error-budget-remaining":42.5,"budget-exhausted":false,…}}}`. The services checked are those whose
 * `environment` is the given one (all of them when none carries an environment). A missing or
 * unreadable file, a file older than `maxAgeMs` (it no longer says how the service is doing), no
 * matching service, an unknown budget (too few samples or too little coverage) or a service without
 * a budget figure fails: never a pass.
 */
export interface BudgetResult {
  ok: boolean;
  detail: string;
  services: { name: string; remaining: number | null; ok: boolean; detail: string }[];
}

interface ServiceStatus {
  environment?: unknown;
  status?: unknown;
  'budget-state'?: unknown;
  'budget-detail'?: unknown;
  'error-budget-remaining'?: unknown;
  'budget-exhausted'?: unknown;
}

export function evaluateErrorBudget(
  text: string | undefined,
  options: { environment?: string; minRemaining: number; source: string; now: number; maxAgeMs: number },
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
  const generated = typeof data['generated-at'] === 'string' ? Date.parse(data['generated-at']) : Number.NaN;
  if (!Number.isFinite(generated)) return fail(`${options.source} has no valid generated-at time`);
  const age = options.now - generated;
  if (age > options.maxAgeMs)
    return fail(
      `${options.source} was generated ${formatAge(age)} ago (${new Date(generated).toISOString()}), older than max-status-age ${formatAge(options.maxAgeMs)}: ` +
        'it no longer says how the services are doing. Run sla-report (check its schedule), raise max-status-age, or use the audited override',
    );
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
    if (s?.['budget-state'] === 'unknown')
      return {
        name,
        remaining: null,
        ok: false,
        detail:
          `${name}: error budget unknown, ${typeof s['budget-detail'] === 'string' ? s['budget-detail'] : 'not enough data'}. ` +
          "Wait for more probe samples, lower sla-report's min-samples or min-coverage, or use the audited override",
      };
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

/** 10d, 1d 2h, 45m: the largest unit and the one below it, enough to read at a glance. */
function formatAge(ms: number): string {
  const units: [string, number][] = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ];
  const seconds = Math.max(0, Math.round(ms / 1000)) * 1000;
  const first = units.findIndex(([, size]) => seconds >= size);
  if (first < 0) return '0s';
  const [unit, size] = units[first];
  const whole = Math.floor(seconds / size);
  const next = units[first + 1];
  const rest = next ? Math.floor((seconds - whole * size) / next[1]) : 0;
  return rest > 0 ? `${whole}${unit} ${rest}${next[0]}` : `${whole}${unit}`;
}
