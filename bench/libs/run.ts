// Library decisions (issue 14, item 5): our cron matcher, RFC 8785 canonical JSON and DDSketch side by
// side with the maintained libraries (croner, cron-parser, canonicalize, @datadog/sketches-js), in one
// run: speed (ops/s, ratio ours ÷ library) and the behaviours our tests pin down (DST transitions,
// RFC 8785 vectors and refusals, sketch accuracy and exact merge). The decision and these figures are
// written in the README's design notes.
// Run: npx tsx bench/libs/run.ts   (SCALE=0.2 for a quicker run)
import { performance } from 'node:perf_hooks';
import { Cron } from 'croner';
import { CronExpressionParser } from 'cron-parser';
import libCanonicalize from 'canonicalize';
import { DDSketch as LibSketch } from '@datadog/sketches-js';
import { parseCron, nextFiring, previousFiring } from '../../actions/pre-deploy-checks/src/cron-schedule.js';
import { canonicalize } from '../../packages/core/src/audit/canonical-json.js';
import { DDSketch as Adapter } from '../../packages/core/src/sla/ddsketch.js';
import { DDSketch } from './former-ddsketch.js';
import { reportFigures, type FigureRow } from '../report.js';

const SCALE = Number(process.env.SCALE ?? 1);
const rows: FigureRow[] = [];

/** Operations per second of fn, best of 5 timed batches after a warm-up batch. */
function opsPerSecond(fn: (i: number) => unknown, batch: number): number {
  const n = Math.max(1, Math.round(batch * SCALE));
  let sink: unknown;
  for (let i = 0; i < n; i++) sink = fn(i);
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    for (let i = 0; i < n; i++) sink = fn(i);
    best = Math.min(best, performance.now() - t);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return (n / best) * 1000;
}

function table(title: string, lines: [string, string, string][]): void {
  console.log(`\n${title}`);
  console.log('| check | ours | library |');
  console.log('|---|---|---|');
  for (const [a, b, c] of lines) console.log(`| ${a} | ${b} | ${c} |`);
}

function speed(
  group: string,
  figure: string,
  ours: number,
  libs: [string, number][],
): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const [lib, ops] of libs) {
    const ratio = ours / ops;
    out.push([
      `${figure} (ops/s; ours ÷ ${lib})`,
      ours.toFixed(0),
      `${lib}: ${ops.toFixed(0)} (${ratio.toFixed(2)}×)`,
    ]);
    rows.push({
      figure: `${group}: ${figure}, ours`,
      value: ours.toFixed(0),
      unit: 'ops/s',
      baseline: lib,
      ratio: ratio.toFixed(2),
    });
  }
  return out;
}

const ok = (b: boolean) => (b ? 'pass' : 'FAIL');
const attempt = (fn: () => unknown): string => {
  try {
    return JSON.stringify(fn()) ?? 'undefined';
  } catch (e) {
    return `throws: ${(e as Error).message}`;
  }
};

// ---------------------------------------------------------------- cron
{
  const BERLIN = 'Europe/Berlin';
  const NY = 'America/New_York';
  const iso = (t: number | undefined | null) => (t == null ? 'none' : new Date(t).toISOString());
  const at = (s: string) => Date.parse(s);
  const cr = (expr: string, zone: string) => new Cron(expr, { timezone: zone, paused: true });
  const croNext = (expr: string, t: number, zone: string) => cr(expr, zone).nextRun(new Date(t))?.getTime();
  const croPrev = (expr: string, t: number, zone: string) =>
    cr(expr, zone)
      .previousRuns(1, new Date(t + 1))[0]
      ?.getTime();
  const cpNext = (expr: string, t: number, zone: string) =>
    CronExpressionParser.parse(expr, { currentDate: new Date(t), tz: zone })
      .next()
      .getTime();
  const cpPrev = (expr: string, t: number, zone: string) =>
    CronExpressionParser.parse(expr, { currentDate: new Date(t + 1), tz: zone })
      .prev()
      .getTime();
  const ourNext = (expr: string, t: number, zone: string) => nextFiring(parseCron(expr), t, zone);
  const ourPrev = (expr: string, t: number, zone: string) => previousFiring(parseCron(expr), t, zone);

  // The cases of test/unit/pre-deploy-checks/calendar.test.ts ('fire on local wall-clock times').
  const cases: [string, 'next' | 'prev', string, string, string][] = [
    [
      'Berlin spring forward, 09:30 daily',
      'next',
      '30 9 * * *',
      '2026-03-28T12:00:00Z',
      '2026-03-29T07:30:00.000Z',
    ],
    [
      'Berlin, previous before the change',
      'prev',
      '30 9 * * *',
      '2026-03-29T07:29:00Z',
      '2026-03-28T08:30:00.000Z',
    ],
    [
      'Berlin, skipped 02:30 fires after the gap',
      'next',
      '30 2 * * *',
      '2026-03-28T12:00:00Z',
      '2026-03-29T01:30:00.000Z',
    ],
    [
      'New York fall back, 01:30 first time',
      'next',
      '30 1 * * *',
      '2026-11-01T04:00:00Z',
      '2026-11-01T05:30:00.000Z',
    ],
    [
      'New York fall back, 01:30 only once',
      'next',
      '30 1 * * *',
      '2026-11-01T05:30:00Z',
      '2026-11-02T06:30:00.000Z',
    ],
    [
      'day of month OR day of week',
      'next',
      '0 0 13 * FRI',
      '2026-01-31T00:00:00Z',
      '2026-02-06T00:00:00.000Z',
    ],
    ['29 February, years ahead', 'next', '0 0 29 2 *', '2026-03-01T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ];
  const zoneOf = (label: string) =>
    label.startsWith('New York') ? NY : label.startsWith('Berlin') ? BERLIN : 'UTC';
  const impls = {
    ours: [ourNext, ourPrev],
    croner: [croNext, croPrev],
    'cron-parser': [cpNext, cpPrev],
  } as const;
  const passes: Record<string, number> = { ours: 0, croner: 0, 'cron-parser': 0 };
  const lines: [string, string, string][] = [];
  for (const [label, dir, expr, from, want] of cases) {
    const got: Record<string, string> = {};
    for (const [name, [next, prev]] of Object.entries(impls)) {
      let text: string;
      try {
        text = iso((dir === 'next' ? next : prev)(expr, at(from), zoneOf(label)));
      } catch (e) {
        text = `throws ${(e as Error).message}`;
      }
      got[name] = text === want ? 'pass' : `FAIL ${text}`;
      if (text === want) passes[name]++;
    }
    lines.push([
      `${label} (\`${expr}\`)`,
      got.ours,
      `croner: ${got.croner}; cron-parser: ${got['cron-parser']}`,
    ]);
  }
  const rejects = ['60 * * * *', '* * * *', '*/0 * * * *', '5-1 * * * *', '* * * foo *', '* * 0 * *'];
  const rejected = (fn: (e: string) => unknown) =>
    rejects.filter((e) => attempt(() => fn(e)).startsWith('throws')).length;
  lines.push([
    `rejects the test's ${rejects.length} invalid expressions`,
    `${rejected(parseCron)}/${rejects.length}`,
    `croner: ${rejected((e) => cr(e, 'UTC'))}/${rejects.length}; cron-parser: ${rejected((e) => CronExpressionParser.parse(e))}/${rejects.length}`,
  ]);
  const t0 = at('2026-03-28T12:00:00Z');
  const step = 3_600_000 * 7 + 60_000 * 13;
  const exprs = ['*/15 9-17 * * MON-FRI', '0 18 * * FRI', '30 2 * * *', '0 0 1 * *'];
  lines.push(
    ...speed(
      'cron',
      'parse + next firing (Berlin)',
      opsPerSecond((i) => ourNext(exprs[i % 4], t0 + i * step, BERLIN), 2000),
      [
        ['croner', opsPerSecond((i) => croNext(exprs[i % 4], t0 + i * step, BERLIN), 2000)],
        ['cron-parser', opsPerSecond((i) => cpNext(exprs[i % 4], t0 + i * step, BERLIN), 2000)],
      ],
    ),
    ...speed(
      'cron',
      'parse + previous firing (Berlin)',
      opsPerSecond((i) => ourPrev(exprs[i % 4], t0 + i * step, BERLIN), 2000),
      [
        ['croner', opsPerSecond((i) => croPrev(exprs[i % 4], t0 + i * step, BERLIN), 2000)],
        ['cron-parser', opsPerSecond((i) => cpPrev(exprs[i % 4], t0 + i * step, BERLIN), 2000)],
      ],
    ),
  );
  table(
    `cron: DST and day-field cases of our tests — ours ${passes.ours}/${cases.length}, croner ${passes.croner}/${cases.length}, cron-parser ${passes['cron-parser']}/${cases.length}`,
    lines,
  );
  rows.push(
    { figure: 'cron: test cases passed, ours', value: `${passes.ours}/${cases.length}` },
    { figure: 'cron: test cases passed, croner', value: `${passes.croner}/${cases.length}` },
    { figure: 'cron: test cases passed, cron-parser', value: `${passes['cron-parser']}/${cases.length}` },
  );
}

// ---------------------------------------------------------------- canonical JSON
{
  const lib = (v: unknown) => libCanonicalize(v as object);
  const rfcInput = {
    numbers: [333333333.3333333, 1e30, 4.5, 2e-3, 0.000000000000000000000000001], // RFC 8785 writes 333333333.33333329, the same double
    string: '\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/',
    literals: [null, true, false],
  };
  const rfcWant =
    '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}';
  const checks: [string, (f: (v: unknown) => string | undefined) => boolean][] = [
    ['RFC 8785 section 3.2.2 example', (f) => f(rfcInput) === rfcWant],
    [
      'keys by UTF-16 code units',
      (f) =>
        f({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, '\ufb33': 4 }) ===
        '{"\\r":2,"\u20ac":1,"\ud83d\ude00":3,"\ufb33":4}',
    ],
    ['-0 is 0', (f) => f(-0) === '0'],
    [
      'refuses NaN / Infinity',
      (f) => attempt(() => f(NaN)).startsWith('throws') && attempt(() => f([Infinity])).startsWith('throws'),
    ],
    [
      'refuses a lone surrogate (value and key)',
      (f) =>
        attempt(() => f({ s: '\ud800' })).startsWith('throws') &&
        attempt(() => f({ ['\udc00']: 1 })).startsWith('throws'),
    ],
    ['refuses a function (never emits non-JSON)', (f) => attempt(() => f([() => 1])).startsWith('throws')],
    ['refuses a bigint', (f) => attempt(() => f(10n)).startsWith('throws')],
    ['error names where the bad value is', (f) => /\$\.a\[1\]/.test(attempt(() => f({ a: [1, NaN] })))],
  ];
  const lines: [string, string, string][] = checks.map(([label, check]) => [
    label,
    ok(attempt(() => check(canonicalize)) === 'true'),
    ok(attempt(() => check(lib)) === 'true'),
  ]);
  lines.push([
    'library output for `[() => 1]`',
    attempt(() => canonicalize([() => 1])),
    attempt(() => lib([() => 1])),
  ]);
  // A typical audit record: nested objects, a few arrays, strings and numbers.
  const record = (i: number) => ({
    version: 1,
    id: `rec-${i}`,
    at: '2026-03-28T12:00:00.000Z',
    repository: 'octo/app',
    environment: 'production',
    action: 'deploy',
    actor: { login: 'alice', id: 1234 + i },
    approvals: [
      { by: 'bob', at: '2026-03-28T11:59:00Z', comment: 'lgtm €' },
      { by: 'carol', at: '2026-03-28T11:59:30Z' },
    ],
    checks: { tests: 'passed', coverage: 87.5, window: { zone: 'Europe/Berlin', open: true } },
    previous: 'sha256:' + 'ab'.repeat(32),
  });
  lines.push(
    ...speed(
      'canonical JSON',
      'audit record',
      opsPerSecond((i) => canonicalize(record(i)), 20000),
      [['canonicalize', opsPerSecond((i) => lib(record(i)), 20000)]],
    ),
  );
  const passed = (col: 1 | 2) => lines.slice(0, checks.length).filter((l) => l[col] === 'pass').length;
  table(
    `canonical JSON (RFC 8785): ours ${passed(1)}/${checks.length}, canonicalize ${passed(2)}/${checks.length}`,
    lines,
  );
  rows.push(
    { figure: 'canonical JSON: checks passed, ours', value: `${passed(1)}/${checks.length}` },
    { figure: 'canonical JSON: checks passed, canonicalize', value: `${passed(2)}/${checks.length}` },
  );
}

// ---------------------------------------------------------------- DDSketch
{
  // Deterministic heavy-tailed latencies (log-normal, ms), as in test/unit/sla/ddsketch.test.ts.
  let seed = 42;
  const uniform = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) + 0.5) / 2 ** 31;
  const N = Math.round(200_000 * SCALE);
  const values = Array.from({ length: N }, () => {
    const z = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    return Math.exp(4 + 1.2 * z);
  });
  const sorted = [...values].sort((a, b) => a - b);
  const exact = (q: number) => sorted[Math.floor(q * (sorted.length - 1))];
  const qs = [0.5, 0.9, 0.95, 0.99, 0.999];

  const ours = new DDSketch(0.01);
  const theirs = new LibSketch({ relativeAccuracy: 0.01 });
  const adapter = new Adapter(0.01);
  for (const v of values) {
    ours.add(v);
    theirs.accept(v);
    adapter.add(v);
  }
  const addOurs = opsPerSecond((i) => ours.add(values[i % N]), 200_000);
  const addLib = opsPerSecond((i) => theirs.accept(values[i % N]), 200_000);
  const addAdapter = opsPerSecond((i) => adapter.add(values[i % N]), 200_000);
  const worst = (f: (q: number) => number) =>
    Math.max(...qs.map((q) => Math.abs(f(q) - exact(q)) / exact(q)));
  const oursErr = worst((q) => ours.quantile(q)!);
  const libErr = worst((q) => theirs.getValueAtQuantile(q));

  // Merge: two halves merged must answer like one sketch of all values.
  const half = (Impl: 'ours' | 'lib', part: number[]) => {
    if (Impl === 'ours') {
      const s = new DDSketch(0.01);
      part.forEach((v) => s.add(v));
      return s;
    }
    const s = new LibSketch({ relativeAccuracy: 0.01 });
    part.forEach((v) => s.accept(v));
    return s;
  };
  const a = half('ours', values.slice(0, N / 2)) as DDSketch;
  a.merge(half('ours', values.slice(N / 2)) as DDSketch);
  const la = half('lib', values.slice(0, N / 2)) as LibSketch;
  la.merge(half('lib', values.slice(N / 2)) as LibSketch);
  const oursMergeExact = qs.every((q) => a.quantile(q) === ours.quantile(q));
  const libMergeExact = qs.every((q) => la.getValueAtQuantile(q) === theirs.getValueAtQuantile(q));
  const oursBytes = JSON.stringify(ours.toJSON()).length;

  const lines: [string, string, string][] = [
    [
      `worst relative error at p50..p99.9 over ${N} log-normal values (bound 1 %)`,
      `${(oursErr * 100).toFixed(3)} %`,
      `${(libErr * 100).toFixed(3)} %`,
    ],
    ['merge of two halves answers like one sketch', ok(oursMergeExact), ok(libMergeExact)],
    [
      'serialised size',
      `${oursBytes} B (JSON, the sla-data format)`,
      'protobuf (toProto), needs the protobufjs peer dependency',
    ],
  ];
  lines.push(...speed('DDSketch', 'add', addOurs, [['@datadog/sketches-js', addLib]]));
  lines.push(
    ...speed(
      'DDSketch',
      'quantile p99',
      opsPerSecond(() => ours.quantile(0.99), 2000),
      [['@datadog/sketches-js', opsPerSecond(() => theirs.getValueAtQuantile(0.99), 2000)]],
    ),
  );
  rows.push(
    { figure: 'DDSketch: worst relative error, ours', value: (oursErr * 100).toFixed(3), unit: '%' },
    {
      figure: 'DDSketch: worst relative error, @datadog/sketches-js',
      value: (libErr * 100).toFixed(3),
      unit: '%',
    },
  );
  // What the SLA code runs now: the library behind our interface (sla/ddsketch.ts).
  const adapterQ = opsPerSecond(() => adapter.quantile(0.99), 2000);
  lines.push(
    ['now shipped: library behind our interface, add (ops/s)', '', addAdapter.toFixed(0)],
    ['now shipped: library behind our interface, quantile p99 (ops/s)', '', adapterQ.toFixed(0)],
  );
  table('DDSketch (alpha 1 %): ours = the former hand-written sketch (bench/libs/former-ddsketch.ts)', lines);
}

reportFigures('libs', rows);
