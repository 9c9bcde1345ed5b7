import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { issueBody, issueTitle } from '../../../actions/approval-gate/src/issue-text.js';
import type { ApproverFacts } from '../../../actions/approval-gate/src/quorum.js';
import {
  bindingDigest,
  decisionMarker,
  editedReplyMarker,
  type RequestBinding,
} from '../../../actions/approval-gate/src/request-binding.js';
import type {
  ApiComment,
  ApiIssue,
  ApiReaction,
  Snapshot,
} from '../../../actions/approval-gate/src/request-issue.js';
import { judge, verifyRequest, type JudgeContext } from '../../../actions/approval-gate/src/request-state.js';
import { runMismatch, type RunRecord } from '../../../actions/approval-gate/src/run-record.js';

const SERVER = 'https://github.com';
const GATE = 41898282; // github-actions[bot]: the identity every workflow token shares
const T0 = Date.UTC(2026, 0, 1, 12);
const iso = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const binding: RequestBinding = {
  v: 1,
  repository: 'octo-org/service',
  sha: 'a'.repeat(40),
  environment: 'production',
  version: 'v1.2.3',
  runId: '4242',
  runAttempt: '1',
  requester: 'deployer',
  requesters: ['deployer'],
};
const view = {
  binding,
  approvers: [{ kind: 'user' as const, login: 'alice' }],
  minimumApprovals: 1,
  riskTier: 'high',
  serverUrl: SERVER,
  allowSelfApproval: false,
  reactions: true,
};
const title = issueTitle(binding);
const body = issueBody(view);
const gateUser = { id: GATE, login: 'github-actions[bot]', type: 'Bot' };

function issue(extra: Partial<ApiIssue> = {}): ApiIssue {
  return {
    number: 1,
    html_url: `${SERVER}/octo-org/service/issues/1`,
    title,
    body,
    state: 'open',
    created_at: iso(0),
    user: gateUser,
    ...extra,
  };
}
const snapshot = (
  extra: Partial<ApiIssue> = {},
  comments: ApiComment[] = [],
  reactions: ApiReaction[] = [],
): Snapshot => ({
  issue: issue(extra),
  comments,
  reactions,
  changed: true,
});
const ctx = { gateUserId: GATE, serverUrl: SERVER };

describe('verifyRequest: the table shown is the binding, and nothing the gate wrote is trusted', () => {
  it('accepts the gate’s own rendering, with or without the text in memory', () => {
    expect(verifyRequest(snapshot(), ctx)).toMatchObject({ ok: true, binding });
    expect(verifyRequest(snapshot(), { ...ctx, wrote: { title, body } })).toMatchObject({ ok: true });
  });

  it('refuses a table that does not show its binding, edits against memory, and other authors', () => {
    const cases: [string, Partial<ApiIssue>, boolean][] = [
      ['table says another version', { body: body.replace('| `v1.2.3` |', '| `v0.0.1-docs` |') }, false],
      [
        'binding changed under the table',
        { body: body.replace('"version":"v1.2.3"', '"version":"v9"') },
        false,
      ],
      ['body edited (memory)', { body: body.replace('To decide', 'To  decide') }, true],
      ['title edited (memory)', { title: 'Approve docs typo' }, true],
      ['another author', { user: { id: 5, login: 'mallory' } }, false],
    ];
    for (const [name, extra, memory] of cases) {
      const result = verifyRequest(snapshot(extra), memory ? { ...ctx, wrote: { title, body } } : ctx);
      expect({ name, ok: result.ok, tampered: !result.ok && result.tampered }).toEqual({
        name,
        ok: false,
        tampered: true,
      });
    }
    expect(verifyRequest(snapshot({ body: 'an ordinary issue' }), ctx)).toMatchObject({
      ok: false,
      tampered: false,
    });
  });
});

describe('runMismatch: the binding against GitHub’s record of the run', () => {
  const run: RunRecord = {
    id: 4242,
    head_sha: binding.sha,
    event: 'workflow_dispatch',
    status: 'completed',
    conclusion: 'failure',
    created_at: iso(-60),
    html_url: '',
    actor: { login: 'Deployer' },
    triggering_actor: { login: 'rerunner' },
  };
  it('agrees with the run that asked, and names what differs otherwise', () => {
    expect(runMismatch(binding, run, iso(0))).toBeUndefined();
    expect(runMismatch(binding, undefined, iso(0))).toBe('run 4242 of octo-org/service does not exist');
    expect(runMismatch(binding, { ...run, head_sha: 'b'.repeat(40) }, iso(0))).toMatch(/is for bbbbbbbbbbbb/);
    expect(runMismatch(binding, { ...run, actor: { login: 'mallory' } }, iso(0))).toMatch(
      /started by @mallory/,
    );
    expect(runMismatch(binding, run, iso(-120))).toMatch(
      /opened before run 4242 of octo-org\/service was created/,
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Property: judge() on random issues equals an independent reference model. The streams mix people's
// commands and reactions with everything the gate's shared identity could forge (decision records
// saying approved, seals, edited-reply markers, /approve by the identity itself); issues may be closed.

interface Person {
  id: number;
  login: string;
  bot: boolean;
  listed: boolean;
  canWrite: boolean;
  roles: string[];
}
const PEOPLE: Person[] = [
  { id: GATE, login: 'github-actions[bot]', bot: true, listed: true, canWrite: true, roles: ['security'] },
  { id: 2, login: 'alice', bot: false, listed: true, canWrite: true, roles: ['security'] },
  { id: 3, login: 'bob', bot: false, listed: true, canWrite: true, roles: ['product'] },
  { id: 4, login: 'carol', bot: false, listed: true, canWrite: true, roles: ['security', 'product'] },
  { id: 5, login: 'dave', bot: false, listed: true, canWrite: false, roles: ['product'] },
  { id: 6, login: 'mallory', bot: false, listed: false, canWrite: true, roles: [] },
  { id: 7, login: 'deployer', bot: false, listed: true, canWrite: true, roles: ['product'] },
  { id: 8, login: 'erin', bot: false, listed: true, canWrite: true, roles: [] },
];
const record = decisionMarker({
  decision: 'approved',
  binding: bindingDigest(binding),
  approvedBy: ['alice', 'bob'],
  deniedBy: [],
  reason: 'approved',
});
type Kind = 'approve' | 'deny' | 'none';
const BODIES: [string, Kind][] = [
  ['/approve', 'approve'],
  ['/deny no', 'deny'],
  ['LGTM', 'none'],
  [`## ✅ Approved\n\n${record}`, 'none'],
  [`<!-- shipgate:approval-seal {"binding":"${bindingDigest(binding)}","content":"0"} -->`, 'none'],
  [`reply\n\n${editedReplyMarker(1)}`, 'none'],
];
const REACTIONS: [string, Kind][] = [
  ['+1', 'approve'],
  ['-1', 'deny'],
  ['heart', 'none'],
];

interface Event {
  person: number;
  reaction: boolean;
  what: number;
  at: number;
  edited: boolean;
}

/** Brute force: can the approvers fill every role slot, each approver at most once? */
function rolesFilled(roles: Record<string, number>, approvers: Person[]): boolean {
  const slots = Object.entries(roles).flatMap(([role, n]) => Array.from({ length: n }, () => role));
  const fill = (slot: number, used: Set<number>): boolean =>
    slot === slots.length ||
    approvers.some(
      (p) => !used.has(p.id) && p.roles.includes(slots[slot]) && fill(slot + 1, new Set([...used, p.id])),
    );
  return fill(0, new Set());
}

function reference(
  events: Event[],
  o: {
    minimum: number;
    allowSelf: boolean;
    roles: Record<string, number>;
    reactions: boolean;
    closedAt?: number;
    closedBy?: number;
  },
) {
  const approvers: Person[] = [];
  const deniers: Person[] = [];
  for (const e of events) {
    const person = PEOPLE[e.person];
    const kind = e.reaction ? REACTIONS[e.what][1] : BODIES[e.what][1];
    if (e.reaction && !o.reactions) continue;
    const counts =
      kind !== 'none' &&
      !person.bot &&
      person.id !== GATE &&
      e.at >= 0 &&
      e.at <= 3600 &&
      (o.closedAt === undefined || e.at <= o.closedAt) &&
      (e.reaction || !e.edited) &&
      person.listed &&
      person.canWrite &&
      (kind === 'deny' || o.allowSelf || person.login !== 'deployer');
    if (!counts) continue;
    const list = kind === 'approve' ? approvers : deniers;
    if (!list.includes(person)) list.push(person);
  }
  const decision =
    deniers.length > 0
      ? 'denied'
      : approvers.length >= o.minimum && rolesFilled(o.roles, approvers)
        ? 'approved'
        : 'pending';
  if (o.closedAt !== undefined && decision === 'pending') return { kind: 'closed', decision };
  return { kind: 'open', decision };
}

describe('judge (property): forged gate comments never decide', () => {
  it('equals the reference model for random streams of comments, reactions and forgeries', async () => {
    const event = fc.record({
      person: fc.integer({ min: 0, max: PEOPLE.length - 1 }),
      reaction: fc.boolean(),
      what: fc.integer({ min: 0, max: BODIES.length - 1 }),
      at: fc.integer({ min: -5, max: 4000 }),
      edited: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { maxLength: 20 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        fc.constantFrom<Record<string, number>>(
          {},
          { security: 1 },
          { security: 1, product: 1 },
          { product: 2 },
        ),
        fc.boolean(),
        fc.option(fc.record({ at: fc.integer({ min: 1, max: 3600 }), by: fc.constantFrom(0, 6, 2) })),
        async (events, minimum, allowSelf, roles, reactions, closed) => {
          const comments: ApiComment[] = [];
          const reactionList: ApiReaction[] = [];
          events.forEach((e, index) => {
            const person = PEOPLE[e.person];
            const user = { id: person.id, login: person.login, type: person.bot ? 'Bot' : 'User' };
            if (e.reaction)
              reactionList.push({
                id: 500 + index,
                content: REACTIONS[e.what % REACTIONS.length][0],
                user,
                created_at: iso(e.at),
              });
            else
              comments.push({
                id: 100 + index,
                html_url: `c${index}`,
                body: BODIES[e.what][0],
                user,
                created_at: iso(e.at),
                updated_at: e.edited ? iso(e.at + 30) : iso(e.at),
              });
          });
          const normalised = events.map((e) => (e.reaction ? { ...e, what: e.what % REACTIONS.length } : e));
          const facts = new Map<string, ApproverFacts>(
            PEOPLE.map((p) => [p.login, { listed: p.listed, canWrite: p.canWrite, roles: p.roles }]),
          );
          const context: JudgeContext = {
            ...ctx,
            directory: { facts: async () => facts },
            minimumApprovals: minimum,
            roles,
            allowSelfApproval: allowSelf,
            timeoutMs: 3600_000,
          };
          const closer = closed ? PEOPLE[closed.by] : undefined;
          const state = await judge(
            snapshot(
              closed
                ? {
                    state: 'closed',
                    closed_at: iso(closed.at),
                    closed_by: { id: closer!.id, login: closer!.login },
                  }
                : {},
              comments,
              reactions ? reactionList : [],
            ),
            context,
          );
          const expected = reference(normalised, {
            minimum,
            allowSelf,
            roles,
            reactions,
            closedAt: closed?.at,
          });
          expect({ kind: state.kind, decision: 'verdict' in state ? state.verdict.decision : '' }).toEqual(
            expected,
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
