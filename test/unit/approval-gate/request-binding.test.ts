import { describe, expect, it } from '@jest/globals';
import {
  bindingDigest,
  canonicalJson,
  decisionMarker,
  readDecision,
  readRequestKey,
  readRequestMarker,
  requestKey,
  requestMarker,
  sameRequest,
  type RequestBinding,
} from '../../../actions/approval-gate/src/request-binding.js';

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
