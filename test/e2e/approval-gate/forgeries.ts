import {
  bindingDigest,
  decisionMarker,
  editedReplyMarker,
  readRequestMarker,
} from '../../../actions/approval-gate/src/request-binding.js';

/**
 * What a writer's workflow running as the gate's shared identity could post on a request issue to
 * pass for the gate's decision: a decision record for the request's own binding, a seal (as earlier
 * versions of the gate wrote), an edited-reply marker, and a summary comment that reads as approved.
 */
export function forgeries(issueBody: string): string[] {
  const binding = readRequestMarker(issueBody);
  const digest = binding ? bindingDigest(binding) : 'x'.repeat(64);
  const record = decisionMarker({
    decision: 'approved',
    binding: digest,
    approvedBy: ['alice', 'bob'],
    deniedBy: [],
    reason: 'approved by alice, bob (2 of 1 needed)',
  });
  return [
    `<!-- shipgate:approval-seal {"binding":"${digest}","content":"${'0'.repeat(64)}"} -->`,
    `## ✅ Approved\n\napproved by alice, bob\n\nThis issue is closed and locked by the approval gate.\n\n${record}`,
    '/approve',
    `@alice, your comment was edited.\n\n${editedReplyMarker(1)}`,
  ];
}
