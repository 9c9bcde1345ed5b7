import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AJV_OPTIONS } from '../../../packages/core/src/config-file.js';
import { SLA_CONFIG_SCHEMA } from '../../../packages/core/src/sla/config.js';
import { validate as generated } from '../../../packages/core/src/sla/config-validator.generated.js';
import { generate, VALIDATORS } from '../../../scripts/validators.js';

type Validator = { (data: unknown): boolean; errors?: unknown };

const service = { name: 'api', url: 'https://api.example.com/health' };
/** Configs as YAML gives them: valid ones, and one of each way to break the schema. */
const CONFIGS: unknown[] = [
  { services: [service] },
  { 'probe-interval': '1m', services: [{ ...service, slo: { uptime: 99.5, window: '7d' } }] },
  {
    services: [
      { ...service, method: 'head', headers: { 'x-a': 'b' }, 'expected-status': [200, 204], timeout: '5s' },
      { name: 'web.v2', url: 'http://web', environment: 'prod', 'expected-status': 301 },
    ],
  },
  {},
  { services: [] },
  { services: [{ name: 'api' }] },
  { services: [{ ...service, name: '-bad' }] },
  { services: [{ ...service, url: 'ftp://x' }] },
  { services: [{ ...service, method: 'DELETE' }] },
  { services: [{ ...service, headers: { a: 1 } }] },
  { services: [{ ...service, 'expected-status': 99 }] },
  { services: [{ ...service, 'expected-status': [] }] },
  { services: [{ ...service, 'expected-status': [200, 'ok'] }] },
  { services: [{ ...service, 'expected-status': 200.5 }] },
  { services: [{ ...service, timeout: 'soon' }] },
  { services: [{ ...service, environment: '' }] },
  { services: [{ ...service, slo: { uptime: 100 } }] },
  { services: [{ ...service, slo: { uptime: 0 } }] },
  { services: [{ ...service, slo: { 'error-rate': '1' } }] },
  { services: [{ ...service, slo: { 'latency-p95-ms': 0 } }] },
  { services: [{ ...service, slo: { window: '0d' } }] },
  { services: [{ ...service, slo: { window: '30' } }] },
  { services: [{ ...service, slo: { unknown: 1 } }] },
  { services: [{ ...service, extra: true }] },
  { services: [service], extra: true },
  { 'probe-interval': 5, services: [service] },
  { services: [{ ...service, name: 'x'.repeat(65) }] },
  { services: 'api' },
  [],
  null,
  'services',
];

describe('the generated sla.yml validator', () => {
  // ajv-formats is CommonJS: its default import is the function, though its types say otherwise.
  const ajv = (addFormats as unknown as (ajv: Ajv) => Ajv)(new Ajv(AJV_OPTIONS));
  const compiled = ajv.compile(SLA_CONFIG_SCHEMA) as Validator;

  it.each(CONFIGS.map((config) => [JSON.stringify(config), config]))(
    'accepts, rejects and fills in defaults as Ajv does: %s',
    (_text, config) => {
      const mine = structuredClone(config);
      const theirs = structuredClone(config);
      const passed = (generated as Validator)(mine);
      expect(passed).toBe(compiled(theirs));
      expect(mine).toEqual(theirs); // the same defaults filled in
      expect((generated as Validator).errors ?? null).toEqual(compiled.errors ?? null);
    },
  );

  it('is what the generator makes of the schema now (npm run build writes it again)', async () => {
    for (const entry of VALIDATORS)
      expect(readFileSync(path.resolve(entry.file), 'utf8')).toBe(await generate(entry));
  });
});
