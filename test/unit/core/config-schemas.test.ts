import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { SLA_CONFIG_SCHEMA } from '../../../packages/core/src/sla/config.js';
import { CHECKS_SCHEMA } from '../../../actions/smoke-test/src/checks-config.js';
import { policySchema } from '../../../actions/approval-gate/src/policy.js';

// parseConfig compiles schemas without checking them against the meta-schema (that cost every run
// ~90 ms): this checks each shipped config schema against it once, here.
describe('shipped config schemas', () => {
  // ajv-formats is CommonJS: its default import is the function, though its types say otherwise.
  const ajv = (addFormats as unknown as (ajv: Ajv) => Ajv)(new Ajv({ allErrors: true, strict: false }));
  it.each([
    ['sla.yml', SLA_CONFIG_SCHEMA],
    ['smoke-test checks', CHECKS_SCHEMA],
    ['approval policy', policySchema],
  ])('%s is a valid JSON Schema', (_name, schema) => {
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
  });

  it('a schema that breaks the meta-schema is caught here', () => {
    expect(ajv.validateSchema({ type: 'object', required: 'name' })).toBe(false);
  });
});
