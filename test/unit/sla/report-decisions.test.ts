import { describe, expect, it } from '@jest/globals';
import { decideAlertIssue, parseAlertIssue } from '../../../actions/sla-report/src/alert-issues.js';
import { escapeHtml } from '../../../actions/sla-report/src/dashboard.js';
import { compare } from '../../../actions/sla-report/src/markdown-report.js';
import { resolvePeriod } from '../../../actions/sla-report/src/periods.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('report periods', () => {
  // Wednesday 2026-03-04 10:30 UTC.
  const now = Date.UTC(2026, 2, 4, 10, 30);
  it('day is the last complete UTC day, compared with the day before', () => {
    const { current, previous } = resolvePeriod('day', now);
    expect([iso(current.from), iso(current.to), iso(previous.from)]).toEqual([
      '2026-03-03T00:00:00.000Z',
      '2026-03-04T00:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
    ]);
  });
  it('week is the last complete ISO week, Monday to Monday', () => {
    const { current, previous } = resolvePeriod('week', now);
    expect([iso(current.from), iso(current.to), iso(previous.from)]).toEqual([
      '2026-02-23T00:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
      '2026-02-16T00:00:00.000Z',
    ]);
  });
  it('month is the last calendar month, across a year boundary too', () => {
    const { current, previous } = resolvePeriod('month', now);
    expect([iso(current.from), iso(current.to), iso(previous.from)]).toEqual([
      '2026-02-01T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
    ]);
    const january = resolvePeriod('month', Date.UTC(2026, 0, 15));
    expect([iso(january.current.from), iso(january.previous.from)]).toEqual([
      '2025-12-01T00:00:00.000Z',
      '2025-11-01T00:00:00.000Z',
    ]);
  });
  it('rolling-30d ends now', () => {
    const { current, previous } = resolvePeriod('rolling-30d', now);
    expect(current.to - current.from).toBe(30 * 86_400_000);
    expect(current.to).toBe(now);
    expect(previous.to).toBe(current.from);
  });
});

describe('alert issue decisions', () => {
  const page = {
    severity: 'page' as const,
    rule: '14.4× over 1h and 5m',
    factor: 14.4,
    'long-burn': 20,
    'short-burn': 30,
  };
  const ticket = {
    severity: 'ticket' as const,
    rule: '1× over 3d and 6h',
    factor: 1,
    'long-burn': 1.2,
    'short-burn': 2,
  };
  it('opens on a firing alert, updates (and notes a change of severity), resolves when the burn stops', () => {
    expect(decideAlertIssue('api', [ticket])).toEqual({
      kind: 'open',
      service: 'api',
      severity: 'ticket',
      alerts: [ticket],
    });
    const open = { number: 9, service: 'api', severity: 'ticket' as const };
    expect(decideAlertIssue('api', [page, ticket], open)).toMatchObject({
      kind: 'update',
      issue: 9,
      severity: 'page',
      escalated: true,
      changed: true,
    });
    expect(decideAlertIssue('api', [ticket], open)).toMatchObject({ kind: 'update', changed: false });
    expect(decideAlertIssue('api', [], open)).toEqual({ kind: 'resolve', service: 'api', issue: 9 });
    expect(decideAlertIssue('api', [])).toBeUndefined();
  });
  it('reads its marker', () => {
    expect(
      parseAlertIssue({ number: 2, body: '<!-- shipgate:sla-burn-rate service=api severity=page -->\n…' }),
    ).toEqual({ number: 2, service: 'api', severity: 'page' });
    expect(parseAlertIssue({ number: 2, body: 'burn-rate' })).toBeUndefined();
  });
});

describe('report text', () => {
  it('compares with the previous period in words, not colour', () => {
    expect(compare(99.5, 99.9, ' %', true)).toBe('99.5 % (▼ 0.4 % worse than 99.9 %)');
    expect(compare(120, 150, ' ms', false)).toBe('120 ms (▼ 30 ms better than 150 ms)');
    expect(compare(99.9, undefined, ' %', true)).toBe('99.9 % (no previous data)');
    expect(compare(undefined, 99, ' %', true)).toBe('no data');
  });
  it('escapes service names in the dashboard', () => {
    expect(escapeHtml('<script>"x"&\'y\'')).toBe('&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;');
  });
});
