import { describe, expect, it } from '@jest/globals';
import { parseSlaConfig } from '../../../packages/core/src/sla/config.js';

const parse = (text: string) => parseSlaConfig(text, { input: 'config-file', file: '.github/sla.yml' });

describe('sla.yml', () => {
  it('fills in the documented defaults', async () => {
    const config = await parse('services:\n  - name: api\n    url: https://api.example.com/health\n');
    expect(config.probeIntervalMs).toBe(300_000);
    expect(config.services[0]).toEqual({
      name: 'api',
      url: 'https://api.example.com/health',
      method: 'GET',
      headers: {},
      'expected-status': [200],
      timeoutMs: 10_000,
      slo: { uptime: 99.9, 'latency-p95-ms': 200, 'error-rate': 0.1, 'window-days': 30 },
    });
  });

  it('reads every field', async () => {
    const config = await parse(`probe-interval: 1m
services:
  - name: web
    url: http://web.internal/
    method: head
    headers: {x-check: "1"}
    expected-status: [200, 204]
    timeout: 3s
    environment: staging
    slo: {uptime: 99.5, latency-p95-ms: 350, error-rate: 1, window: 7d}
`);
    expect(config.probeIntervalMs).toBe(60_000);
    expect(config.services[0]).toMatchObject({
      method: 'HEAD',
      headers: { 'x-check': '1' },
      'expected-status': [200, 204],
      timeoutMs: 3000,
      environment: 'staging',
      slo: { uptime: 99.5, 'latency-p95-ms': 350, 'error-rate': 1, 'window-days': 7 },
    });
  });

  it.each([
    [
      'services:\n  - name: api\n    url: https://x/\n    slo:\n      uptime: 0\n',
      /line 5: services\[0\]\.slo\.uptime must be > 0/,
    ],
    [
      'services:\n  - name: api\n    url: https://x/\n    slo:\n      uptime: 100.5\n',
      /line 5: services\[0\]\.slo\.uptime must be < 100/,
    ],
    [
      'services:\n  - name: api\n    url: https://x/\n    slo: {window: 30 days}\n',
      /line 4: services\[0\]\.slo\.window must match/,
    ],
    ['services:\n  - name: api\n    url: ftp://x/\n', /line 3: services\[0\]\.url must match/],
    ['services:\n  - name: ../etc\n    url: https://x/\n', /line 2: services\[0\]\.name must match/],
    [
      'services:\n- name: a\n  url: https://x/\n- name: a\n  url: https://y/\n',
      /services\[1\]\.name 'a' is used twice/,
    ],
    ['services: [\n', /^input 'config-file': \.github\/sla\.yml line \d+:/],
    [
      'probe-interval: often\nservices:\n  - name: a\n    url: https://x/\n',
      /line 1: probe-interval must match/,
    ],
  ])('rejects %j', async (text, message) => {
    await expect(parse(text)).rejects.toThrow(message);
  });
});
