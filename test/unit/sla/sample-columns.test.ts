import { describe, expect, it } from '@jest/globals';
import { parseSampleColumns, STATUS_NAMES } from '../../../packages/core/src/sla/sample-columns.js';

/**
 * The reference the scanner must agree with: JSON.parse of each line, the same checks. A line is a
 * sample when it is a JSON object with a `t` Date.parse reads, a known status, and (when present)
 * numeric attempts/errors and a finite non-negative latency.
 */
function reference(text: string) {
  const samples: { t: number; status: string; ms: number; attempts: number; errors: number; raw: string }[] =
    [];
  let invalid = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(line);
    } catch {
      invalid++;
      continue;
    }
    const number = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
    const t = value && typeof value.t === 'string' ? Date.parse(value.t) : Number.NaN;
    if (
      !value ||
      typeof value !== 'object' ||
      Array.isArray(value) ||
      !Number.isFinite(t) ||
      !['ok', 'degraded', 'down'].includes(value.status as string) ||
      (value.ms !== undefined && !(number(value.ms) && (value.ms as number) >= 0)) ||
      (value.attempts !== undefined && !number(value.attempts)) ||
      (value.errors !== undefined && !number(value.errors))
    ) {
      invalid++;
      continue;
    }
    samples.push({
      t,
      status: value.status as string,
      ms: (value.ms as number | undefined) ?? Number.NaN,
      attempts: (value.attempts as number | undefined) ?? 1,
      errors: (value.errors as number | undefined) ?? (value.status === 'down' ? 1 : 0),
      raw: line,
    });
  }
  return { samples: samples.map((s, i) => ({ ...s, i })).sort((a, b) => a.t - b.t || a.i - b.i), invalid };
}

/** Checks the parse of the text, and of its UTF-8 bytes (what a store's snapshot gives). */
function check(text: string) {
  checkOne(text, text);
  checkOne(Buffer.from(text, 'utf8'), text);
}

function checkOne(input: string | Uint8Array, text: string) {
  const { columns, invalid } = parseSampleColumns(input);
  const expected = reference(text);
  expect(invalid).toBe(expected.invalid);
  expect(columns.length).toBe(expected.samples.length);
  expected.samples.forEach((s, i) => {
    expect([columns.t[i], STATUS_NAMES[columns.status[i]], columns.attempts[i], columns.errors[i]]).toEqual([
      s.t,
      s.status,
      s.attempts,
      s.errors,
    ]);
    expect(Object.is(columns.ms[i], s.ms) || columns.ms[i] === s.ms).toBe(true);
    expect(columns.sample(i)).toEqual({ attempts: s.attempts, errors: s.errors, ...JSON.parse(s.raw) });
  });
}

describe('sample lines read as columns', () => {
  it('reads the lines sla-probe writes exactly as JSON.parse does', () => {
    const lines = [
      '{"t":"2026-06-01T00:00:02.701Z","status":"ok","code":200,"ms":48.9,"attempts":1,"errors":0,"run":"1/1"}',
      '{"t":"2026-06-01T00:01:02.000Z","status":"degraded","code":200,"ms":250,"attempts":1,"errors":0,"reason":"slow","run":"2/1"}',
      '{"t":"2026-06-01T00:02:02.123Z","status":"down","attempts":3,"errors":3,"reason":"HTTP 503, expected 200"}',
      '{"t":"2026-06-01T00:03:00.000Z","status":"ok"}',
      '{"t":"2026-06-01T00:04:00.000Z","status":"down"}',
      '{"t":"2026-06-01T00:05:00.000Z","status":"ok","ms":0,"attempts":1,"errors":0}',
      '{"t":"2026-06-01T00:06:00.000Z","status":"ok","ms":1.5e2,"attempts":-0,"errors":0}',
      '{"t":"2026-06-01T00:07:00.000Z","status":"ok","ms":0.1234567890123456789,"attempts":1,"errors":0}',
      '{"t":"2026-06-01T00:08:00.000Z","status":"ok","ms":12345678901234567890,"attempts":1,"errors":0}',
      '{"status":"ok","t":"2026-06-01T00:09:00.000Z","extra":{"nested":[1,2]},"ok":true,"n":null}',
      '{"t":"2026-06-01T00:10:00.000Z","t":"2026-06-01T00:10:30.000Z","status":"ok"}',
    ];
    check(lines.join('\n'));
    check(`${lines.join('\n')}\n`);
  });

  it('falls back to JSON.parse for every other form, and counts the same lines invalid', () => {
    const lines = [
      ' {"t":"2026-06-01T00:00:00.000Z","status":"ok"}',
      '{ "t" : "2026-06-01T00:01:00.000Z", "status" : "ok" }\r',
      '{"t":"2026-06-01T00:02:00Z","status":"ok"}',
      '{"t":"2026-06-01T00:03:00.000+02:00","status":"ok"}',
      '{"t":"2026-06-01T24:00:00.000Z","status":"ok"}',
      '{"t":"2026-06-01T24:30:00.000Z","status":"ok"}',
      '{"t":"2026-06-01T25:00:00.000Z","status":"ok"}',
      '{"t":"2026-06-01T23:60:00.000Z","status":"ok"}',
      '{"t":"2026-02-30T00:04:00.000Z","status":"ok"}',
      '{"t":"2026-06-01T00:05:00.000Z","status":"ok","reason":"quote \\" and \\\\ escaped \\u00e9"}',
      '{"t":"2026-06-01T00:06:00.000Z","status":"o\\u006b"}',
      '{"t":"2026-06-01T00:07:00.000Z","status":"ok","reason":"tab\there"}',
      '{"t":"2026-06-01T00:08:00.000Z","status":"OK"}',
      '{"t":"2026-06-01T00:09:00.000Z","status":"ok","ms":"12"}',
      '{"t":"2026-06-01T00:10:00.000Z","status":"ok","ms":-1}',
      '{"t":"2026-06-01T00:11:00.000Z","status":"ok","ms":1e999}',
      '{"t":"2026-06-01T00:12:00.000Z","status":"ok","attempts":null}',
      '{"t":"2026-06-01T00:13:00.000Z","status":"ok","ms":01}',
      '{"t":"2026-06-01T00:14:00.000Z","status":"ok","ms":1.}',
      '{"t":"2026-06-01T00:15:00.000Z","status":"ok",}',
      '{"t":"2026-06-01T00:16:00.000Z","status":"ok"} trailing',
      '{"t":"not a time","status":"ok"}',
      '{"t":1780000000000,"status":"ok"}',
      '["t","status"]',
      'null',
      '{}',
      'not json',
      '   ',
      '',
      '{"t":"2026-06-01T00:17:00.000Z","status":"ok"',
      // Keys that start like the ones read in place, and a time with more after its 24 bytes.
      '{"t":"2026-06-01T00:18:00.000Z","statuses":"x","status":"ok","msx":1,"attempt":"a","errorsx":[]}',
      '{"ts":"x","t":"2026-06-01T00:19:00.000Z","status":"down","mss":"12","erro":{}}',
      '{"t":"2026-06-01T00:20:00.000Zx","status":"ok"}',
      '{"t":"2026-06-01T00:21:00.000Z\\","status":"ok"}',
      '{"t":"2026-06-01T00:22:00.000Z","t":"2026-06-01T00:23:00.000Z","status":"ok","status":"down"}',
      '{"t":"2026-06-01T00:24:00.000Z","status":"ok","ms":12.5,"attempts":2,"errors":1,"attempts":3}',
    ];
    check(lines.join('\n'));
  });

  it('reads bytes as their UTF-8 text: other characters in strings, and bytes that are not UTF-8', () => {
    const lines = [
      '{"t":"2026-06-01T00:00:00.000Z","status":"down","reason":"délai dépassé ✗ 💥","run":"1/1"}',
      '{"t":"2026-06-01T00:01:00.000Z","status":"ok","ré":1,"ms":3}',
      '{"t":"2026-06-01T00:02:00.000Z","status":"ok "}',
      ' ',
      '﻿{"t":"2026-06-01T00:03:00.000Z","status":"ok"}',
    ];
    check(lines.join('\n'));
    // A byte that is not UTF-8 reads as U+FFFD, as decoding the file would give.
    const broken = Buffer.concat([
      Buffer.from('{"t":"2026-06-01T00:04:00.000Z","status":"down","reason":"'),
      Buffer.from([0xff, 0xc3]),
      Buffer.from('"}\n{"t":"2026-06-01T00:05:00.000Z","status":"ok"}\n'),
    ]);
    checkOne(broken, broken.toString('utf8'));
    expect(parseSampleColumns(broken).columns.sample(0).reason).toBe('��');
  });

  it('sorts lines appended out of order, keeping equal times in file order', () => {
    const line = (minute: number, run: string) =>
      `{"t":"2026-06-01T00:${String(minute).padStart(2, '0')}:00.000Z","status":"ok","ms":${minute},"attempts":1,"errors":0,"run":"${run}"}`;
    check([line(5, 'a'), line(1, 'b'), line(5, 'c'), line(3, 'd'), 'junk', line(1, 'e')].join('\n'));
  });

  it('agrees with JSON.parse on generated lines', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const fields: string[] = [
        `"t":"${new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 86_400_000 * 40)).toISOString()}"`,
        `"status":"${pick(['ok', 'degraded', 'down', 'up'])}"`,
      ];
      if (random() < 0.8) fields.push(`"ms":${pick(['0', '12', '12.5', '-3', '1e3', '99.99', '"7"'])}`);
      if (random() < 0.8) fields.push(`"attempts":${pick(['1', '3', '2.5', 'true'])}`);
      if (random() < 0.5) fields.push(`"run":"${pick(['1/1', 'x\\"y', 'é', ''])}"`);
      if (random() < 0.1) fields.reverse();
      let line = `{${fields.join(',')}}`;
      if (random() < 0.05) line = line.slice(0, Math.floor(random() * line.length));
      if (random() < 0.05) line = ` ${line}`;
      lines.push(line);
    }
    check(lines.join('\n'));
  });
});
