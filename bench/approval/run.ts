// One simulated hour of waiting for an approval, against the GitHub API emulator on a scaled clock:
// the approval gate bundle (wait mode, conditional polling every 10 s, reactions counted so they are
// read too) beside a plain poller that fetches the issue, every comment page and the reactions every
// 10 s without conditional requests. Printed: the requests that counted against the rate limit (in
// the whole hour, and per hour of waiting: between the first full read and the deciding comment), and
// the delay from the deciding comment to the decision and to the step's end (simulated time).
import { scaledClock, type Clock } from '../../packages/core/src/clock.js';
import { startEmulator, type GitHubEmulator } from '../../test/harness/emulator/index.js';
import { runAction } from '../../test/harness/runner.js';
import { reportFigures } from '../report.js';

const REPO = 'octo-org/service';
const FACTOR = 120; // 1 simulated hour = 30 s
const TRIAL_FACTOR = 5;
const HOUR = 3_600_000;
const POLL = 10_000;
const EXISTING_COMMENTS = 150; // two pages: pagination costs show
const CHATTER_EVERY = 10 * 60_000; // a discussion comment every 10 simulated minutes
const DECIDE_AT = HOUR - 7_000; // the approval, 7 s before the hour is up (not on a poll boundary)

interface Scenario {
  existing: number;
  decideAt: number;
  /** Clock factor: high to simulate an hour quickly, low where real processing time must not be magnified. */
  factor: number;
}

interface Figures {
  counted: number;
  /** Counted per hour while only waiting (after the first read of the issue, before the decision). */
  waitingPerHour: number;
  notModified: number;
  toDecision: number;
  toEnd: number;
}

async function setUp(clock: Clock) {
  const emulator = await startEmulator({ clock, validate: false });
  emulator.addUser('shipgate-bot', { type: 'Bot' });
  for (const login of ['alice', 'bob', 'deployer']) emulator.addUser(login);
  emulator.addRepo(REPO);
  for (const login of ['alice', 'shipgate-bot']) emulator.setPermission(REPO, login, 'write');
  return emulator;
}

const sleepUntil = (clock: Clock, at: number) => clock.sleep(Math.max(0, at - clock.now()));

const SETTLE = 60_000; // the first full read of the issue is over a minute after it opened

/** Posts the same comments at the same simulated times on both sides; measures the waiting phase. */
async function script(
  emulator: GitHubEmulator,
  clock: Clock,
  scenario: Scenario,
  issue: () => number | undefined,
) {
  while (issue() === undefined) await clock.sleep(1000);
  const start = clock.now();
  for (let i = 0; i < scenario.existing; i++)
    emulator.addComment(REPO, issue()!, { user: 'bob', body: `earlier discussion ${i}` });
  await sleepUntil(clock, start + SETTLE);
  const waitFrom = { at: clock.now(), counted: emulator.stats.rateLimited };
  for (let at = start + CHATTER_EVERY; at < start + scenario.decideAt; at += CHATTER_EVERY) {
    await sleepUntil(clock, at);
    emulator.addComment(REPO, issue()!, { user: 'bob', body: 'any news?' });
  }
  await sleepUntil(clock, start + scenario.decideAt);
  const waiting = emulator.stats.rateLimited - waitFrom.counted;
  const waitingPerHour = (waiting * HOUR) / Math.max(1, clock.now() - waitFrom.at);
  return {
    comment: emulator.addComment(REPO, issue()!, { user: 'alice', body: '/approve' }),
    waitingPerHour,
  };
}

async function gateSide(scenario: Scenario): Promise<Figures> {
  const spec = { epochMs: Date.now(), factor: scenario.factor };
  const clock = scaledClock(spec.epochMs, spec.factor);
  const emulator = await setUp(clock);
  const token = emulator.tokenFor('shipgate-bot');
  const before = { ...emulator.stats };
  const run = runAction('approval-gate', {
    apiUrl: emulator.url,
    token,
    repository: REPO,
    actor: 'deployer',
    clock: spec,
    killAfterMs: 10 * 60_000,
    inputs: {
      'github-token': token,
      approvers: 'alice',
      timeout: '2h',
      'poll-interval': '10s',
      reactions: 'true',
    },
  });
  const { comment: decidingComment, waitingPerHour } = await script(emulator, clock, scenario, () =>
    emulator.issue(REPO, 1) ? 1 : undefined,
  );
  const result = await run;
  const end = clock.now();
  if (result.outputs.decision !== 'approved')
    throw new Error(`gate decided ${result.outputs.decision}: ${result.log}`);
  const closing = emulator.comments(REPO, 1).at(-1)!;
  await emulator.stop();
  return {
    counted: emulator.stats.rateLimited - before.rateLimited,
    waitingPerHour,
    notModified: emulator.stats.notModified - before.notModified,
    toDecision: closing.createdAt - decidingComment.createdAt,
    toEnd: end - decidingComment.createdAt,
  };
}

/** The plain poller: every 10 s, the issue and every comment page, no ETags. */
async function naiveSide(scenario: Scenario): Promise<Figures> {
  const clock = scaledClock(Date.now(), scenario.factor);
  const emulator = await setUp(clock);
  const token = emulator.tokenFor('shipgate-bot');
  const issue = emulator.addIssue(REPO, { title: 'approve', body: 'please', user: 'shipgate-bot' });
  const before = { ...emulator.stats };
  const get = async (path: string) => {
    const response = await fetch(`${emulator.url}${path}`, { headers: { authorization: `token ${token}` } });
    return (await response.json()) as { body?: string; user: { login: string } }[];
  };
  const deciding = script(emulator, clock, scenario, () => issue.number);
  let decidedAt = 0;
  while (!decidedAt) {
    await get(`/repos/${REPO}/issues/${issue.number}`);
    await get(`/repos/${REPO}/issues/${issue.number}/reactions?per_page=100`);
    const comments: { body?: string; user: { login: string } }[] = [];
    for (let page = 1; ; page++) {
      const items = await get(`/repos/${REPO}/issues/${issue.number}/comments?per_page=100&page=${page}`);
      comments.push(...items);
      if (items.length < 100) break;
    }
    if (comments.some((c) => c.user.login === 'alice' && /^\/approve\b/.test(c.body ?? '')))
      decidedAt = clock.now();
    else await clock.sleep(POLL);
  }
  const { comment: decidingComment, waitingPerHour } = await deciding;
  await emulator.stop();
  return {
    counted: emulator.stats.rateLimited - before.rateLimited,
    waitingPerHour,
    notModified: emulator.stats.notModified - before.notModified,
    toDecision: decidedAt - decidingComment.createdAt,
    toEnd: decidedAt - decidingComment.createdAt,
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (a: number, b: number) => (b === 0 ? '—' : `${(a / b).toFixed(1)}x`);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function table(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

console.log(
  `one simulated hour (clock x${FACTOR}): ${EXISTING_COMMENTS} earlier comments, one every 10 min, the approval at 59m53s`,
);
const hour: Scenario = { existing: EXISTING_COMMENTS, decideAt: DECIDE_AT, factor: FACTOR };
const [gate, naive] = await Promise.all([gateSide(hour), naiveSide(hour)]);

// The delay depends on where the comment falls between two polls: short runs with the approval at
// offsets spread over one interval, averaged (the mean is then the same whatever the poll phase). They
// run on a clock only TRIAL_FACTOR times faster, so real processing time is not magnified much.
const trials: { gate: Figures; naive: Figures }[] = [];
for (let k = 0; k < 4; k++) {
  const scenario: Scenario = { existing: 0, decideAt: 20_000 + k * 2_500, factor: TRIAL_FACTOR };
  const [g, n] = await Promise.all([gateSide(scenario), naiveSide(scenario)]);
  trials.push({ gate: g, naive: n });
}
const delay = (side: 'gate' | 'naive', key: 'toDecision' | 'toEnd') => mean(trials.map((t) => t[side][key]));

table(
  ['figure (simulated time)', 'approval-gate (wait)', 'plain 10 s poll', 'plain / gate'],
  [
    [
      'requests counted against the rate limit, 1 h',
      String(gate.counted),
      String(naive.counted),
      ratio(naive.counted, gate.counted),
    ],
    [
      'counted per hour of waiting (reactions read too)',
      gate.waitingPerHour.toFixed(1),
      naive.waitingPerHour.toFixed(1),
      ratio(naive.waitingPerHour, gate.waitingPerHour),
    ],
    ['304 Not Modified (free), 1 h', String(gate.notModified), String(naive.notModified), ''],
    [
      'deciding comment -> decision, 1 h run',
      s(gate.toDecision),
      s(naive.toDecision),
      ratio(naive.toDecision, gate.toDecision),
    ],
    ['deciding comment -> step end, 1 h run', s(gate.toEnd), s(naive.toEnd), ratio(naive.toEnd, gate.toEnd)],
    [
      `deciding comment -> decision, mean of ${trials.length} (x${TRIAL_FACTOR})`,
      s(delay('gate', 'toDecision')),
      s(delay('naive', 'toDecision')),
      ratio(delay('naive', 'toDecision'), delay('gate', 'toDecision')),
    ],
    [
      `deciding comment -> step end, mean of ${trials.length} (x${TRIAL_FACTOR})`,
      s(delay('gate', 'toEnd')),
      s(delay('naive', 'toEnd')),
      ratio(delay('naive', 'toEnd'), delay('gate', 'toEnd')),
    ],
  ],
);
console.log(
  '\n"decision" is the gate\'s closing comment (after the permission check), and the poll that saw the comment for' +
    "\nthe plain poller. The gate's step end adds closing and locking the issue and process exit, real milliseconds" +
    '\nmultiplied by the clock factor; the plain poller does none of that. Delays measured on the fast clock' +
    `\n(x${FACTOR}) magnify real processing time ${FACTOR} times; the x${TRIAL_FACTOR} trials are closer to real.`,
);
reportFigures('approval', [
  {
    figure: 'counted per hour of waiting (reactions read too)',
    value: gate.waitingPerHour.toFixed(1),
    baseline: 'plain 10 s poll',
    ratio: ratio(naive.waitingPerHour, gate.waitingPerHour),
  },
  {
    figure: 'requests counted against the rate limit, 1 h',
    value: gate.counted,
    baseline: 'plain 10 s poll',
    ratio: ratio(naive.counted, gate.counted),
  },
  {
    figure: `comment -> decision, mean of ${trials.length} (x${TRIAL_FACTOR})`,
    value: (delay('gate', 'toDecision') / 1000).toFixed(1),
    unit: 's',
    baseline: 'plain 10 s poll',
    ratio: ratio(delay('naive', 'toDecision'), delay('gate', 'toDecision')),
  },
  {
    figure: `comment -> step end, mean of ${trials.length} (x${TRIAL_FACTOR})`,
    value: (delay('gate', 'toEnd') / 1000).toFixed(1),
    unit: 's',
    baseline: 'plain 10 s poll',
    ratio: ratio(delay('naive', 'toEnd'), delay('gate', 'toEnd')),
  },
]);
