import { createHash } from 'node:crypto';

/**
 * What an approval is for. The binding is written, canonically serialised, into a hidden HTML
 * comment of the issue body; its SHA-256 and the SHA-256 of the issue's title and body are written
 * into the gate's first comment. Anyone with write access can edit the body or that comment, but an
 * edit of the body no longer matches the recorded digest, and an edited comment shows it
 * (updated_at after created_at): either is tampering, and the gate fails closed.
 */
export interface RequestBinding {
  v: 1;
  /** owner/name of the repository being deployed. */
  repository: string;
  sha: string;
  environment: string;
  version: string;
  runId: string;
  runAttempt: string;
  /** GITHUB_ACTOR of the requesting run. */
  requester: string;
  /** Everyone who counts as the requester: actor, triggering actor, pull request author (lower case). */
  requesters: string[];
}

/** JSON with object keys sorted at every level and no whitespace: one text for one value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function bindingDigest(binding: RequestBinding): string {
  return sha256(canonicalJson(binding));
}

/** The same deployment across re-run attempts: everything but the attempt and who re-ran it. */
export function requestKey(binding: RequestBinding): string {
  const { repository, sha, environment, version, runId, requester } = binding;
  return sha256(canonicalJson({ repository, sha, environment, version, runId, requester }));
}

/** Digest of what an approver reads: the title and body, line endings normalised. */
export function contentDigest(title: string, body: string): string {
  return sha256(canonicalJson({ title, body: body.replace(/\r\n?/g, '\n') }));
}

// JSON inside an HTML comment: escape what could close the comment or open markup.
const htmlSafe = (json: string) =>
  json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/--/g, '-\\u002d');

const marker = (name: string, data: unknown) => `<!-- shipgate:${name} ${htmlSafe(canonicalJson(data))} -->`;

/** A marker counts only as the last line of the text, where the gate writes it. */
function readMarker(name: string, text: string | null | undefined): unknown {
  const match = new RegExp(`(?:^|\\n)<!-- shipgate:${name} (\\{[^\\n]*\\}) -->\\s*$`).exec(text ?? '');
  if (!match) return undefined;
  try {
    return JSON.parse(match[1]);
  } catch {
    return undefined;
  }
}

export const requestMarker = (binding: RequestBinding) =>
  marker('approval-request', { binding, key: requestKey(binding) });

export interface SealRecord {
  binding: string;
  content: string;
}
export const sealMarker = (seal: SealRecord) => marker('approval-seal', seal);

export type RecordedDecision = 'approved' | 'denied' | 'timed-out' | 'cancelled' | 'failed';
export interface DecisionRecord {
  decision: RecordedDecision;
  binding: string;
  approvedBy: string[];
  deniedBy: string[];
  reason: string;
}
export const decisionMarker = (record: DecisionRecord) => marker('approval-decision', record);
export const editedReplyMarker = (commentId: number) => marker('edited-reply', { comment: commentId });

export function readRequestMarker(body: string | null | undefined): RequestBinding | undefined {
  const data = readMarker('approval-request', body) as { binding?: RequestBinding } | undefined;
  return isBinding(data?.binding) ? data.binding : undefined;
}

/** The request key of an issue body, for finding the issue again (not trusted: verify afterwards). */
export function readRequestKey(body: string | null | undefined): string | undefined {
  const data = readMarker('approval-request', body) as { key?: unknown } | undefined;
  return typeof data?.key === 'string' ? data.key : undefined;
}

export function readSeal(body: string | null | undefined): SealRecord | undefined {
  const data = readMarker('approval-seal', body) as Partial<SealRecord> | undefined;
  return typeof data?.binding === 'string' && typeof data.content === 'string'
    ? { binding: data.binding, content: data.content }
    : undefined;
}

export function readDecision(body: string | null | undefined): DecisionRecord | undefined {
  const data = readMarker('approval-decision', body) as Partial<DecisionRecord> | undefined;
  if (!data || typeof data.decision !== 'string' || typeof data.binding !== 'string') return undefined;
  return {
    decision: data.decision as RecordedDecision,
    binding: data.binding,
    approvedBy: Array.isArray(data.approvedBy) ? data.approvedBy.map(String) : [],
    deniedBy: Array.isArray(data.deniedBy) ? data.deniedBy.map(String) : [],
    reason: typeof data.reason === 'string' ? data.reason : '',
  };
}

export function readEditedReply(body: string | null | undefined): number | undefined {
  const data = readMarker('edited-reply', body) as { comment?: unknown } | undefined;
  return typeof data?.comment === 'number' ? data.comment : undefined;
}

function isBinding(value: unknown): value is RequestBinding {
  const b = value as Partial<RequestBinding> | undefined;
  return (
    !!b &&
    b.v === 1 &&
    ['repository', 'sha', 'environment', 'version', 'runId', 'runAttempt', 'requester'].every(
      (key) => typeof (b as Record<string, unknown>)[key] === 'string',
    ) &&
    Array.isArray(b.requesters) &&
    b.requesters.every((item) => typeof item === 'string')
  );
}

/** The issue and its comments, reduced to what verification needs. */
export interface IssueFacts {
  title: string;
  body: string;
  authorId: number;
}
export interface GateComment {
  id: number;
  userId: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export type Verification =
  | { ok: true; binding: RequestBinding; digest: string; sealCommentId: number }
  | { ok: false; tampered: boolean; problem: string };

/**
 * Checks that an issue is an untampered request: opened by the gate's own identity, its body carries
 * a binding, and the gate's first seal comment (never edited) seals the binding and the title and body.
 */
export function verifyRequest(issue: IssueFacts, comments: GateComment[], gateUserId: number): Verification {
  const binding = readRequestMarker(issue.body);
  if (!binding)
    return {
      ok: false,
      tampered: readRequestKey(issue.body) !== undefined,
      problem: 'the issue is not a shipgate approval request (no request binding in its body)',
    };
  if (issue.authorId !== gateUserId)
    return {
      ok: false,
      tampered: true,
      problem: "the issue was not opened by the gate's identity (the token's user)",
    };
  const sealComment = [...comments]
    .filter((comment) => comment.userId === issue.authorId && readSeal(comment.body))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id)[0];
  if (!sealComment)
    return { ok: false, tampered: true, problem: "the gate's seal comment is missing (deleted?)" };
  if (Date.parse(sealComment.updatedAt) !== Date.parse(sealComment.createdAt))
    return { ok: false, tampered: true, problem: "the gate's seal comment was edited" };
  const seal = readSeal(sealComment.body)!;
  const digest = bindingDigest(binding);
  if (seal.binding !== digest)
    return { ok: false, tampered: true, problem: 'the request binding in the issue body was changed' };
  if (seal.content !== contentDigest(issue.title, issue.body))
    return { ok: false, tampered: true, problem: 'the issue title or body was edited after the request' };
  return { ok: true, binding, digest, sealCommentId: sealComment.id };
}

/** Whether an issue's binding is this run's request, or an earlier attempt of the same run. */
export function sameRequest(recorded: RequestBinding, current: RequestBinding): boolean {
  return (
    requestKey(recorded) === requestKey(current) && Number(recorded.runAttempt) <= Number(current.runAttempt)
  );
}

/**
 * The decision the gate recorded on the issue, if any: only from the issue author's own unedited
 * comments, and only for this binding.
 */
export function recordedDecision(
  issue: IssueFacts,
  comments: GateComment[],
  digest: string,
): DecisionRecord | undefined {
  for (const comment of comments) {
    if (comment.userId !== issue.authorId) continue;
    if (Date.parse(comment.updatedAt) !== Date.parse(comment.createdAt)) continue;
    const record = readDecision(comment.body);
    if (record && record.binding === digest) return record;
  }
  return undefined;
}
