import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  decide,
  type ApproverFacts,
  type CommentFacts,
  type QuorumRequest,
} from '../../../actions/approval-gate/src/quorum.js';

const T0 = Date.UTC(2026, 0, 1, 12);
const iso = (offsetSeconds: number) => new Date(T0 + offsetSeconds * 1000).toISOString();
const GATE = 1;

const request: QuorumRequest = {
  createdAt: iso(0),
  gateUserId: GATE,
  requesters: ['Deployer'],
  allowSelfApproval: false,
  minimumApprovals: 2,
};

let nextId = 100;
function comment(
  login: string,
  userId: number,
  body: string,
  extra: Partial<CommentFacts> = {},
): CommentFacts {
  const id = nextId++;
  const at = iso(id);
  return {
    id,
    userId,
    login,
    userType: 'User',
    body,
    createdAt: at,
    updatedAt: at,
    url: `https://x/c/${id}`,
    ...extra,
  };
}

const facts = (entries: Record<string, Partial<ApproverFacts>>) =>
  new Map(
    Object.entries(entries).map(([login, f]) => [
      login.toLowerCase(),
      { listed: true, canWrite: true, ...f },
    ]),
  );

const approvers = facts({ alice: {}, bob: {}, carol: {}, deployer: {} });

describe('decide', () => {
  it('approves with two distinct approvers and lists them', () => {
    const verdict = decide(
      request,
      [comment('alice', 10, '/approve'), comment('bob', 11, '/approve ok')],
      approvers,
    );
    expect(verdict.decision).toBe('approved');
    expect(verdict.approvals.map((v) => v.login)).toEqual(['alice', 'bob']);
  });

  it('counts an approver once by user id, even under two logins', () => {
    const verdict = decide(
      request,
      [
        comment('alice', 10, '/approve'),
        comment('alice', 10, '/approve'),
        comment('Alice-renamed', 10, '/approve'),
      ],
      facts({ alice: {}, 'alice-renamed': {} }),
    );
    expect(verdict.decision).toBe('pending');
    expect(verdict.approvals).toHaveLength(1);
  });

  it('a deny from an approver denies even after a quorum of approvals', () => {
    const verdict = decide(
      request,
      [
        comment('alice', 10, '/approve'),
        comment('bob', 11, '/approve'),
        comment('carol', 12, '/reject broken'),
      ],
      approvers,
    );
    expect(verdict.decision).toBe('denied');
    expect(verdict.reason).toContain('carol');
    expect(verdict.reason).toContain('broken');
  });

  it('ignores bots, the gate, comments before the request, edited comments and non-approvers', () => {
    const verdict = decide(
      { ...request, minimumApprovals: 1 },
      [
        comment('github-actions[bot]', 5, '/approve', { userType: 'Bot' }),
        comment('gate', GATE, '/approve'),
        comment('alice', 10, '/approve', { createdAt: iso(-5), updatedAt: iso(-5) }),
        comment('bob', 11, '/approve', { updatedAt: iso(99_999) }),
        comment('mallory', 12, '/approve'),
        comment('eve', 13, '/approve'),
        comment('bot-deny', 14, '/deny', { userType: 'Bot' }),
      ],
      facts({ alice: {}, bob: {}, eve: { canWrite: false }, 'bot-deny': {} }),
    );
    expect(verdict.decision).toBe('pending');
    expect(verdict.ignored.map((i) => [i.comment.login, i.why]).sort()).toEqual([
      ['alice', 'before-request'],
      ['bob', 'edited'],
      ['bot-deny', 'bot'],
      ['eve', 'no-write-permission'],
      ['github-actions[bot]', 'bot'],
      ['mallory', 'not-an-approver'],
    ]);
    expect(verdict.edited.map((c) => c.login)).toEqual(['bob']);
  });

  it('counts a command posted in the same second as the request (timestamps have one-second resolution)', () => {
    // Found by the event-driven approval journey: approvers who answered within the second the issue
    // was opened were "posted before the request", and the deployment was never re-run.
    const sameSecond = { createdAt: iso(0), updatedAt: iso(0) };
    const verdict = decide(
      request,
      [comment('alice', 10, '/approve', sameSecond), comment('bob', 11, '/approve', sameSecond)],
      facts({ alice: {}, bob: {} }),
    );
    expect(verdict.ignored).toEqual([]);
    expect(verdict.decision).toBe('approved');
  });

  it('refuses self-approval unless allowed, case-insensitively', () => {
    const comments = [comment('deployer', 20, '/approve')];
    const one = { ...request, minimumApprovals: 1 };
    expect(decide(one, comments, approvers).ignored[0].why).toBe('self-approval');
    expect(decide({ ...one, allowSelfApproval: true }, comments, approvers).decision).toBe('approved');
  });

  it('lets the requester deny when they are an approver', () => {
    expect(decide(request, [comment('deployer', 20, '/deny')], approvers).decision).toBe('denied');
  });

  it('ignores comments after the request expired', () => {
    const verdict = decide(
      { ...request, minimumApprovals: 1, expiresAt: iso(150) },
      [comment('alice', 10, '/approve', { createdAt: iso(200), updatedAt: iso(200) })],
      approvers,
    );
    expect(verdict.decision).toBe('pending');
    expect(verdict.ignored[0].why).toBe('after-expiry');
  });

  it('fails closed for a commenter without facts', () => {
    const verdict = decide({ ...request, minimumApprovals: 1 }, [comment('zed', 30, '/approve')], new Map());
    expect(verdict.decision).toBe('pending');
    expect(verdict.ignored[0].why).toBe('not-an-approver');
  });
});

describe('decide: reactions and roles', () => {
  const reaction = (login: string, userId: number, content: string, at = 50) => ({
    id: 9000 + userId,
    userId,
    login,
    userType: 'User',
    content,
    createdAt: iso(at),
    url: 'https://x/issues/1',
  });

  it('a 👍 by an approver counts like /approve, once per person, and a 👎 denies', () => {
    const one = { ...request, minimumApprovals: 2 };
    const both = decide(one, [comment('alice', 10, '/approve')], approvers, [
      reaction('alice', 10, '+1'),
      reaction('bob', 11, '+1'),
    ]);
    expect(both.decision).toBe('approved');
    // alice's earlier 👍 is her vote; her later comment does not count twice.
    expect(both.approvals.map((v) => [v.login, v.via])).toEqual([
      ['alice', 'reaction'],
      ['bob', 'reaction'],
    ]);
    expect(decide(one, [], approvers, [reaction('carol', 12, '-1')]).decision).toBe('denied');
    // The requester's 👍 is self-approval; a 😄 is nothing; a reaction before the request is too early.
    const ignored = decide({ ...request, minimumApprovals: 1 }, [], approvers, [
      reaction('deployer', 20, '+1'),
      reaction('alice', 10, 'laugh'),
      reaction('bob', 11, '+1', -5),
    ]);
    expect(ignored.decision).toBe('pending');
    expect(ignored.ignored.map((i) => i.why).sort()).toEqual(['before-request', 'self-approval']);
  });

  it('one sign-off per role: an approver counts for one role, moved to free a slot when needed', () => {
    const roleFacts = new Map([
      ['carol', { listed: true, canWrite: true, roles: ['security', 'product'] }],
      ['alice', { listed: true, canWrite: true, roles: ['security'] }],
      ['bob', { listed: true, canWrite: true, roles: [] }],
    ]);
    const roles = { ...request, minimumApprovals: 2, roles: { security: 1, product: 1 } };
    // carol first takes security; alice then needs it, so carol moves to product.
    const verdict = decide(
      roles,
      [comment('carol', 12, '/approve'), comment('alice', 10, '/approve')],
      roleFacts,
    );
    expect(verdict.decision).toBe('approved');
    expect(verdict.approvals.map((v) => [v.login, v.role])).toEqual([
      ['carol', 'product'],
      ['alice', 'security'],
    ]);
    // Two approvals, but nobody for product: carol alone cannot hold both roles.
    const short = decide(
      roles,
      [comment('carol', 12, '/approve'), comment('bob', 11, '/approve')],
      roleFacts,
    );
    expect(short.decision).toBe('pending');
    expect(short.reason).toBe('2 of 2 approvals so far; roles: product 1 of 1, security 0 of 1');
  });
});

// ---------------------------------------------------------------------------------------------------
// Property: for random comment streams, decide() equals an independent reference model of the rules.
// The model does not use the parser: each generated body carries the command it is known to hold.

type Kind = 'approve' | 'deny' | 'none';
const BODIES: [string, Kind][] = [
  ['/approve', 'approve'],
  ['/APPROVE ship it', 'approve'],
  ['\n  /Approve\nthanks', 'approve'],
  ['/deny', 'deny'],
  ['/reject not today', 'deny'],
  ['/Deny', 'deny'],
  ["I won't /approve this", 'none'],
  ['> /approve', 'none'],
  ['```\n/approve\n```', 'none'],
  ['not /approve', 'none'],
  ['/approved', 'none'],
  ['LGTM', 'none'],
  ['    /deny', 'none'],
];

interface Person {
  userId: number;
  login: string;
  bot: boolean;
  listed: boolean;
  canWrite: boolean;
}
const PEOPLE: Person[] = [
  { userId: GATE, login: 'gate-bot', bot: false, listed: true, canWrite: true },
  { userId: 2, login: 'Alice', bot: false, listed: true, canWrite: true },
  { userId: 3, login: 'bob', bot: false, listed: true, canWrite: true },
  { userId: 4, login: 'carol', bot: false, listed: true, canWrite: false },
  { userId: 5, login: 'mallory', bot: false, listed: false, canWrite: true },
  { userId: 6, login: 'deployer', bot: false, listed: true, canWrite: true },
  { userId: 7, login: 'renovate[bot]', bot: true, listed: true, canWrite: true },
  { userId: 8, login: 'dave', bot: false, listed: true, canWrite: true },
];

interface Generated {
  person: number;
  body: number;
  offset: number;
  edited: boolean;
}

function reference(
  stream: Generated[],
  minimum: number,
  allowSelf: boolean,
  requesters: string[],
): { decision: string; approvers: number[]; deniers: number[] } {
  const approvers: number[] = [];
  const deniers: number[] = [];
  const ordered = stream
    .map((g, index) => ({ ...g, index }))
    .sort((a, b) => a.offset - b.offset || a.index - b.index);
  for (const g of ordered) {
    const person = PEOPLE[g.person];
    const kind = BODIES[g.body][1];
    const counts =
      kind !== 'none' &&
      person.userId !== GATE &&
      !person.bot &&
      g.offset >= 0 &&
      !g.edited &&
      person.listed &&
      person.canWrite &&
      (kind === 'deny' || allowSelf || !requesters.includes(person.login.toLowerCase()));
    if (!counts) continue;
    const list = kind === 'approve' ? approvers : deniers;
    if (!list.includes(person.userId)) list.push(person.userId);
  }
  const decision = deniers.length > 0 ? 'denied' : approvers.length >= minimum ? 'approved' : 'pending';
  return { decision, approvers, deniers };
}

describe('decide (property)', () => {
  it('equals the reference model for random comment streams', () => {
    const generated = fc.record({
      person: fc.integer({ min: 0, max: PEOPLE.length - 1 }),
      body: fc.integer({ min: 0, max: BODIES.length - 1 }),
      offset: fc.integer({ min: -3, max: 60 }),
      edited: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(generated, { maxLength: 25 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        fc.subarray(['deployer', 'alice', 'bob']),
        (stream, minimum, allowSelf, requesters) => {
          const comments: CommentFacts[] = stream.map((g, index) => {
            const person = PEOPLE[g.person];
            const at = iso(g.offset);
            return {
              id: 1000 + index,
              userId: person.userId,
              login: person.login,
              userType: person.bot ? 'Bot' : 'User',
              body: BODIES[g.body][0],
              createdAt: at,
              updatedAt: g.edited ? iso(g.offset + 30) : at,
              url: `u${index}`,
            };
          });
          const known = new Map(
            PEOPLE.map((p) => [p.login.toLowerCase(), { listed: p.listed, canWrite: p.canWrite }]),
          );
          const verdict = decide(
            {
              createdAt: iso(0),
              gateUserId: GATE,
              requesters: requesters.map((r) => (r === 'alice' ? 'ALICE' : r)),
              allowSelfApproval: allowSelf,
              minimumApprovals: minimum,
            },
            comments,
            known,
          );
          const expected = reference(stream, minimum, allowSelf, requesters);
          expect({
            decision: verdict.decision,
            approvers: verdict.approvals.map((v) => v.userId),
            deniers: verdict.denials.map((v) => v.userId),
          }).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
