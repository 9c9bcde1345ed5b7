import { createHash } from 'node:crypto';

/**
 * What an approval is for. The binding is written, canonically serialised, into a hidden HTML
 * comment of the issue body. It is text anyone with write access can write (the gate's identity may
 * be shared), so it is never trusted by itself: it must match this run's own context (request mode),
 * the facts GitHub records about the run it names (evaluate mode, run-record.ts), and the table an
 * approver reads must be the gate's rendering of it (request-check.ts).
 */
export interface RequestBinding {
  v: 1;
  /** owner/name of the repository being deployed. */
  repository: string;
  /** The commit deployed and approved (the gate's `sha` input, default GITHUB_SHA). */
  sha: string;
  /**
   * The run's own commit (GITHUB_SHA) when it is not the one deployed: a pull request's merge commit, or
   * the branch head of a run that deploys an explicit `ref`. Absent when they are the same.
   */
  runSha?: string;
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

/**
 * The decision the gate writes in its closing comment: for people, and to avoid recording or resuming
 * twice. Never read as a decision: anyone running a workflow as the gate's identity can write one.
 */
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
    (b.runSha === undefined || typeof b.runSha === 'string') &&
    Array.isArray(b.requesters) &&
    b.requesters.every((item) => typeof item === 'string')
  );
}

/** The issue, reduced to what verification needs. */
export interface IssueFacts {
  title: string;
  body: string;
  authorId: number;
}

/** Whether an issue's binding is this run's request, or an earlier attempt of the same run. */
export function sameRequest(recorded: RequestBinding, current: RequestBinding): boolean {
  return (
    requestKey(recorded) === requestKey(current) && Number(recorded.runAttempt) <= Number(current.runAttempt)
  );
}
