import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseChecks } from '../../actions/smoke-test/src/checks-config.js';
import { ruleFromPolicy } from '../../actions/approval-gate/src/policy.js';
import { parseSlaConfig } from '../../packages/core/src/sla/config.js';
import { repoRoot } from '../harness/runner.js';

const example = (file: string) => readFileSync(path.join(repoRoot, 'examples', file), 'utf8');

// The configuration files users copy must be accepted by the very parsers the actions use.
describe('example configuration files', () => {
  it('the approval policy gives production two approvals from the named people and team', async () => {
    const rule = await ruleFromPolicy(
      example('config/shipgate-policy.yml'),
      'shipgate-policy.yml',
      'production',
    );
    expect(rule.minimumApprovals).toBe(2);
    expect(rule.approvers).toHaveLength(3);
    expect(
      (await ruleFromPolicy(example('config/shipgate-policy.yml'), 'shipgate-policy.yml', 'qa'))
        .minimumApprovals,
    ).toBe(1);
  });

  it('the smoke checks file parses', async () => {
    const checks = await parseChecks(example('config/smoke-checks.yml'), {
      input: 'checks-file',
      file: 'smoke-checks.yml',
      baseUrl: new URL('https://shop.example.com'),
    });
    expect(checks.map((c) => c.name)).toEqual(['health', 'catalogue lists products']);
  });

  it('the SLA config parses', async () => {
    const config = await parseSlaConfig(example('config/sla.yml'), { input: 'config-file', file: 'sla.yml' });
    expect(config.services.length).toBeGreaterThan(0);
  });
});
