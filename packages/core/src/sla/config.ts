import { parseConfig } from '../config-file.js';
import { parseDuration } from '../duration.js';
import { InputError } from '../errors.js';

/** The SLO of one service. Percentages are plain numbers (99.9 means 99.9 %). */
export interface Slo {
  uptime: number;
  'latency-p95-ms': number;
  'error-rate': number;
  'window-days': number;
}

export interface ServiceConfig {
  name: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  'expected-status': number[];
  timeoutMs: number;
  environment?: string;
  slo: Slo;
}

export interface SlaConfig {
  /** How long one sample stands for at most: the probe schedule's interval. */
  probeIntervalMs: number;
  services: ServiceConfig[];
}

const DURATION_PATTERN = '^(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h|d|w))+$|^P';
const percent = (fallback: number) => ({
  type: 'number',
  exclusiveMinimum: 0,
  exclusiveMaximum: 100,
  default: fallback,
});

export const SLA_CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['services'],
  properties: {
    'probe-interval': { type: 'string', pattern: DURATION_PATTERN, default: '5m' },
    services: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'url'],
        properties: {
          name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
          url: { type: 'string', pattern: '^https?://' },
          method: {
            enum: ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS', 'get', 'head', 'post', 'put', 'options'],
            default: 'GET',
          },
          headers: { type: 'object', additionalProperties: { type: 'string' }, default: {} },
          'expected-status': {
            anyOf: [
              { type: 'integer', minimum: 100, maximum: 599 },
              { type: 'array', minItems: 1, items: { type: 'integer', minimum: 100, maximum: 599 } },
            ],
            default: 200,
          },
          timeout: { type: 'string', pattern: DURATION_PATTERN, default: '10s' },
          environment: { type: 'string', minLength: 1 },
          slo: {
            type: 'object',
            additionalProperties: false,
            default: {},
            properties: {
              uptime: percent(99.9),
              'latency-p95-ms': { type: 'number', exclusiveMinimum: 0, default: 200 },
              'error-rate': percent(0.1),
              window: { type: 'string', pattern: '^[1-9][0-9]{0,2}d$', default: '30d' },
            },
          },
        },
      },
    },
  },
} as const;

interface RawService {
  name: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  'expected-status': number | number[];
  timeout: string;
  environment?: string;
  slo: { uptime: number; 'latency-p95-ms': number; 'error-rate': number; window: string };
}

const EXPECTED = 'a YAML file with services: [{name, url, slo: {uptime: 99.9, latency-p95-ms: 200}}]';

/** Parses and validates sla.yml; errors name the input and the line. */
export async function parseSlaConfig(
  text: string,
  where: { input: string; file: string },
): Promise<SlaConfig> {
  const raw = await parseConfig<{ 'probe-interval': string; services: RawService[] }>(
    text,
    SLA_CONFIG_SCHEMA,
    {
      input: where.input,
      file: where.file,
      expected: EXPECTED,
    },
  );
  const duration = (value: string, what: string) => {
    const ms = parseDuration(value);
    if (ms === undefined || ms <= 0)
      throw new InputError(where.input, `${where.file}: ${what} '${value}' is not a duration`, EXPECTED);
    return ms;
  };
  const seen = new Set<string>();
  const services = raw.services.map((service, i): ServiceConfig => {
    if (seen.has(service.name))
      throw new InputError(
        where.input,
        `${where.file}: services[${i}].name '${service.name}' is used twice`,
        EXPECTED,
      );
    seen.add(service.name);
    const expected = service['expected-status'];
    return {
      name: service.name,
      url: service.url,
      method: service.method.toUpperCase(),
      headers: service.headers,
      'expected-status': Array.isArray(expected) ? expected : [expected],
      timeoutMs: duration(service.timeout, `services[${i}].timeout`),
      ...(service.environment ? { environment: service.environment } : {}),
      slo: {
        uptime: service.slo.uptime,
        'latency-p95-ms': service.slo['latency-p95-ms'],
        'error-rate': service.slo['error-rate'],
        'window-days': Number(service.slo.window.slice(0, -1)),
      },
    };
  });
  return { probeIntervalMs: duration(raw['probe-interval'], 'probe-interval'), services };
}

/** Reads and parses the config file named by the `config-file` input (relative to the workspace). */
export async function loadSlaConfig(file: string, input = 'config-file'): Promise<SlaConfig> {
  const { readFile } = await import('node:fs/promises');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(
      input,
      `cannot read '${file}' (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      EXPECTED,
    );
  }
  return await parseSlaConfig(text, { input, file });
}
