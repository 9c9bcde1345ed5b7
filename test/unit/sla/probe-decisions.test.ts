import { describe, expect, it } from '@jest/globals';
import { VirtualClock } from '../../../packages/core/src/clock.js';
import type { ProbeResult } from '../../../packages/core/src/http-probe.js';
import type { ServiceConfig } from '../../../packages/core/src/sla/config.js';
import {
  decideIncident,
  parseIncidentIssue,
  incidentMarker,
  trailingDownRun,
} from '../../../actions/sla-probe/src/incidents.js';
import { judge, probeService } from '../../../actions/sla-probe/src/probe-service.js';

const service: ServiceConfig = {
  name: 'api',
  url: 'http://127.0.0.1:9/',
  method: 'GET',
  headers: {},
  'expected-status': [200],
  timeoutMs: 1000,
  slo: { uptime: 99.9, 'latency-p95-ms': 200, 'error-rate': 0.1, 'window-days': 30 },
};
const answer = (status: number, latencyMs = 20): ProbeResult => ({
  ok: true,
  status,
  headers: {},
  body: '',
  bodyTruncated: false,
  latencyMs,
  timeToHeadersMs: latencyMs,
  url: service.url,
  redirects: [],
});
const failure = (kind: 'connect' | 'timeout' | 'aborted' = 'connect'): ProbeResult => ({
  ok: false,
  kind,
  error: `${kind} failed`,
  latencyMs: 5,
  url: service.url,
  redirects: [],
});

describe('judging an answer', () => {
  it('tells ok, degraded (slow but correct) and down apart', () => {
    expect(judge(answer(200, 50), service)).toEqual({ status: 'ok' });
    expect(judge(answer(200, 250), service)).toEqual({
      status: 'degraded',
      reason: 'answered in 250 ms, slower than the 200 ms latency SLO',
    });
    expect(judge(answer(503), service)).toEqual({ status: 'down', reason: 'HTTP 503, expected 200' });
    expect(judge(failure('timeout'), service)).toEqual({ status: 'down', reason: 'timeout failed' });
  });
});

describe('confirming a failure', () => {
  const run = async (results: ProbeResult[], confirmRetries = 2) => {
    const clock = new VirtualClock(Date.UTC(2026, 0, 1));
    const calls: number[] = [];
    const sample = await probeService(service, {
      probe: async () => {
        calls.push(clock.now());
        return results[Math.min(calls.length - 1, results.length - 1)];
      },
      clock,
      signal: new AbortController().signal,
      confirmRetries,
      retryDelayMs: 5000,
    });
    return { sample, calls };
  };

  it('is down only when every attempt fails, stamped with the time it first probed', async () => {
    const { sample, calls } = await run([failure()]);
    expect(calls).toHaveLength(3);
    expect(calls[1] - calls[0]).toBe(5000);
    expect(sample).toEqual({
      t: '2026-01-01T00:00:00.000Z',
      status: 'down',
      attempts: 3,
      errors: 3,
      reason: 'connect failed',
    });
  });

  it('takes the first good answer and keeps the failed attempts as errors', async () => {
    const { sample, calls } = await run([answer(500), answer(200, 42.123)]);
    expect(calls).toHaveLength(2);
    expect(sample).toEqual({
      t: '2026-01-01T00:00:00.000Z',
      status: 'ok',
      code: 200,
      ms: 42.1,
      attempts: 2,
      errors: 1,
    });
  });

  it('records nothing when the run is cancelled mid-probe', async () => {
    expect((await run([failure('aborted')])).sample).toBeUndefined();
  });

  it('does not retry with confirm-retries 0', async () => {
    const { calls, sample } = await run([answer(503)], 0);
    expect(calls).toHaveLength(1);
    expect(sample?.status).toBe('down');
  });
});

describe('incident decisions', () => {
  const s = (status: 'ok' | 'down', minute: number) => ({
    t: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
    status,
    attempts: 1,
    errors: 0,
  });

  it('counts the trailing down run', () => {
    expect(trailingDownRun([s('down', 0), s('ok', 5), s('down', 10), s('down', 15)])).toEqual({
      count: 2,
      since: s('down', 10).t,
    });
    expect(trailingDownRun([s('down', 0), s('ok', 5)])).toEqual({ count: 0, since: undefined });
  });

  it('opens after incident-after down samples, updates while down, closes on recovery with the duration', () => {
    const run = { count: 1, since: s('down', 0).t };
    expect(decideIncident({ service: 'api', sample: s('down', 0), run, incidentAfter: 2 })).toBeUndefined();
    expect(
      decideIncident({ service: 'api', sample: s('down', 5), run: { ...run, count: 2 }, incidentAfter: 2 }),
    ).toEqual({
      kind: 'open',
      service: 'api',
      since: s('down', 0).t,
      reason: 'down',
      downSamples: 2,
    });
    const open = { number: 7, service: 'api', since: s('down', 0).t };
    expect(
      decideIncident({
        service: 'api',
        sample: s('down', 10),
        run: { ...run, count: 3 },
        open,
        incidentAfter: 2,
      }),
    ).toMatchObject({ kind: 'update', issue: 7, downSamples: 3 });
    expect(
      decideIncident({ service: 'api', sample: s('ok', 15), run: { count: 0 }, open, incidentAfter: 2 }),
    ).toEqual({
      kind: 'close',
      service: 'api',
      issue: 7,
      since: s('down', 0).t,
      durationMs: 15 * 60_000,
      recoveredAt: s('ok', 15).t,
    });
    expect(
      decideIncident({ service: 'api', sample: s('ok', 15), run: { count: 0 }, incidentAfter: 2 }),
    ).toBeUndefined();
  });

  it('finds its issues by marker only', () => {
    expect(
      parseIncidentIssue({ number: 3, body: `${incidentMarker('api', '2026-01-01T00:00:00.000Z')}\ntext` }),
    ).toEqual({ number: 3, service: 'api', since: '2026-01-01T00:00:00.000Z' });
    expect(parseIncidentIssue({ number: 4, body: 'SLA incident: api is down' })).toBeUndefined();
  });
});
