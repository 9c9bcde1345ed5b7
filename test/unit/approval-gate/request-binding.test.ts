import { describe, expect, it } from '@jest/globals';
import {
  bindingDigest,
  canonicalJson,
  contentDigest,
  decisionMarker,
  readDecision,
  readRequestKey,
  readRequestMarker,
  recordedDecision,
  requestKey,
  requestMarker,
  sameRequest,
  sealMarker,
  verifyRequest,
  type GateComment,
  type RequestBinding,
} from '../../../actions/approval-gate/src/request-binding.js';

const GATE = 41898282;
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

const T = '2026-01-01T12:00:00Z';
function request(b: RequestBinding = binding, title = 'Approve v1.2.3') {
  const body = `## Please approve\n\n${requestMarker(b)}`;
  const seal: GateComment = {
    id: 1,
    userId: GATE,
    body: `sealed\n${sealMarker({ binding: bindingDigest(b), content: contentDigest(title, body) })}`,
    createdAt: T,
    updatedAt: T,
  };
  return { issue: { title, body, authorId: GATE }, comments: [seal] };
}

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });
  it('gives one digest for the same binding whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(binding).reverse()) as unknown as RequestBinding;
    expect(bindingDigest(reordered)).toBe(bindingDigest(binding));
    expect(bindingDigest({ ...binding, sha: 'b'.repeat(40) })).not.toBe(bindingDigest(binding));
  });
});

describe('markers', () => {
  it('round-trip the binding, and values cannot close the HTML comment', () => {
    const nasty = { ...binding, version: 'v1 --> <img src=x> & "q"' };
    const marker = requestMarker(nasty);
    expect(marker.slice(4, -3)).not.toContain('-->');
    expect(marker).not.toMatch(/<img/);
    expect(readRequestMarker(`text\n${marker}\n`)).toEqual(nasty);
    // Only as the last line, where the gate writes it: text after it, or a marker inside a line, is not one.
    expect(readRequestMarker(`text\n${marker}\nmore`)).toBeUndefined();
    expect(readRequestMarker(`quote: ${marker}`)).toBeUndefined();
    expect(readRequestKey(marker)).toBe(requestKey(nasty));
  });
  it('ignore a malformed marker', () => {
    expect(readRequestMarker('<!-- shipgate:approval-request {"binding": nope} -->')).toBeUndefined();
    expect(readRequestMarker('<!-- shipgate:approval-request {"binding":{"v":2}} -->')).toBeUndefined();
  });
  it('round-trip a decision record', () => {
    const record = {
      decision: 'approved' as const,
      binding: 'x',
      approvedBy: ['a'],
      deniedBy: [],
      reason: 'ok',
    };
    expect(readDecision(decisionMarker(record))).toEqual(record);
  });
});

describe('verifyRequest', () => {
  it('accepts an untouched request', () => {
    const { issue, comments } = request();
    expect(verifyRequest(issue, comments, GATE)).toMatchObject({
      ok: true,
      binding,
      digest: bindingDigest(binding),
    });
  });

  it('detects an edited body, title, binding, seal, a missing seal and a foreign author', () => {
    const base = request();
    const cases: [string, ReturnType<typeof request>][] = [
      ['body', { ...base, issue: { ...base.issue, body: base.issue.body.replace('Please', 'Kindly') } }],
      ['title', { ...base, issue: { ...base.issue, title: 'Approve v9' } }],
      [
        'binding',
        {
          ...base,
          issue: {
            ...base.issue,
            body: base.issue.body.replace(
              requestMarker(binding),
              requestMarker({ ...binding, sha: 'c'.repeat(40) }),
            ),
          },
        },
      ],
      ['seal edited', { ...base, comments: [{ ...base.comments[0], updatedAt: '2026-01-01T12:05:00Z' }] }],
      ['seal deleted', { ...base, comments: [] }],
      ['seal by someone else', { ...base, comments: [{ ...base.comments[0], userId: 666 }] }],
      ['issue by someone else', { ...base, issue: { ...base.issue, authorId: 666 } }],
    ];
    for (const [name, { issue, comments }] of cases) {
      const result = verifyRequest(issue, comments, GATE);
      expect({ name, ok: result.ok, tampered: !result.ok && result.tampered }).toEqual({
        name,
        ok: false,
        tampered: true,
      });
    }
  });

  it('a forged later seal by the gate does not replace the first one', () => {
    const base = request();
    const forgedBody = base.issue.body.replace('Please', 'Kindly');
    const later: GateComment = {
      id: 2,
      userId: GATE,
      body: sealMarker({
        binding: bindingDigest(binding),
        content: contentDigest(base.issue.title, forgedBody),
      }),
      createdAt: '2026-01-01T12:01:00Z',
      updatedAt: '2026-01-01T12:01:00Z',
    };
    expect(verifyRequest({ ...base.issue, body: forgedBody }, [...base.comments, later], GATE).ok).toBe(
      false,
    );
  });

  it('says an ordinary issue is not a request (not tampering)', () => {
    expect(verifyRequest({ title: 't', body: 'hello', authorId: GATE }, [], GATE)).toMatchObject({
      ok: false,
      tampered: false,
    });
  });
});

describe('sameRequest', () => {
  it('matches a later attempt of the same run and nothing else', () => {
    expect(
      sameRequest(binding, { ...binding, runAttempt: '2', requesters: ['deployer', 'github-actions[bot]'] }),
    ).toBe(true);
    expect(sameRequest({ ...binding, runAttempt: '3' }, { ...binding, runAttempt: '2' })).toBe(false);
    for (const change of [
      { sha: 'b'.repeat(40) },
      { environment: 'staging' },
      { version: 'v2' },
      { runId: '1' },
      { requester: 'x' },
      { repository: 'o/other' },
    ])
      expect(sameRequest(binding, { ...binding, ...change })).toBe(false);
  });
});

describe('recordedDecision', () => {
  const record = {
    decision: 'approved' as const,
    binding: bindingDigest(binding),
    approvedBy: ['alice'],
    deniedBy: [],
    reason: 'ok',
  };
  const comment = (extra: Partial<GateComment>): GateComment => ({
    id: 9,
    userId: GATE,
    body: decisionMarker(record),
    createdAt: T,
    updatedAt: T,
    ...extra,
  });
  const issue = { title: 't', body: 'b', authorId: GATE };
  it('reads the gate’s own unedited record for this binding only', () => {
    expect(recordedDecision(issue, [comment({})], record.binding)).toEqual(record);
    expect(recordedDecision(issue, [comment({ userId: 5 })], record.binding)).toBeUndefined();
    expect(
      recordedDecision(issue, [comment({ updatedAt: '2026-01-02T00:00:00Z' })], record.binding),
    ).toBeUndefined();
    expect(recordedDecision(issue, [comment({})], 'other-digest')).toBeUndefined();
  });
});
