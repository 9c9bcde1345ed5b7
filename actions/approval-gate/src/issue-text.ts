import { markdownTable } from '@shipgate/core';
import { approverText, type Approver } from './approvers.js';
import type { Verdict, Vote } from './quorum.js';
import type { ChecksReport } from './checks-report.js';
import {
  decisionMarker,
  editedReplyMarker,
  requestMarker,
  type DecisionRecord,
  type RequestBinding,
} from './request-binding.js';

/** Everything the gate writes on an issue, as text. Pure. */

export interface RequestView {
  binding: RequestBinding;
  approvers: Approver[];
  minimumApprovals: number;
  /** Sign-offs per role and who holds each role. */
  roles?: { role: string; needed: number; holders: Approver[] }[];
  riskTier: string;
  serverUrl: string;
  /** The requester's notes (the issue-body input). */
  extraBody?: string;
  checksReport?: ChecksReport;
  allowSelfApproval: boolean;
  reactions: boolean;
  timeoutText?: string;
}

export function issueTitle(binding: RequestBinding, custom?: string): string {
  if (custom) return custom;
  const what = binding.version ? ` ${binding.version}` : '';
  const where = binding.environment ? ` to ${binding.environment}` : '';
  return `Approve deployment of ${binding.repository}${what}${where}`;
}

/**
 * User-supplied text (a reason in a comment) as one inert line: no markup, no HTML comment that could
 * pass for one of the gate's markers, bounded length.
 */
export function inline(text: string, max = 300): string {
  const flat = text
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

const code = (text: string) => (text ? `\`${text.replace(/[`|]/g, "'")}\`` : '—');

/** The run a binding names, on the web. */
export const runLink = (serverUrl: string, b: RequestBinding) =>
  `${serverUrl}/${b.repository}/actions/runs/${b.runId}`;

/**
 * What is being approved, rendered from the binding alone: the gate checks that a request's body shows
 * exactly this block for the binding it carries, so the table an approver reads is what is bound.
 */
export function factsBlock(binding: RequestBinding, serverUrl: string): string {
  const b = binding;
  const rows: [string, string][] = [
    ['Repository', code(b.repository)],
    ['Commit', `${code(b.sha)} ([view](${serverUrl}/${b.repository}/commit/${b.sha}))`],
    ...(b.runSha
      ? ([['Run commit', `${code(b.runSha)} (GITHUB_SHA of the run; not deployed)`]] as [string, string][])
      : []),
    ['Environment', code(b.environment)],
    ['Version', code(b.version)],
    ['Requested by', `@${b.requester}`],
    ['Run', `[${b.runId} attempt ${b.runAttempt}](${runLink(serverUrl, b)})`],
  ];
  return ['| | |', '| --- | --- |', ...rows.map(([name, value]) => `| ${name} | ${value} |`)].join('\n');
}

const mention = (a: Approver) => (a.kind === 'team' ? `@${approverText(a)}` : `@${a.login}`);

function checksSection(report: ChecksReport): string[] {
  return [
    '',
    `### Pre-deploy checks: ${inline(report.result, 40)}`,
    '',
    report.checks.length === 0
      ? 'No check was configured.'
      : markdownTable(
          ['check', 'result', 'detail'],
          report.checks.map((c) => [inline(c.check, 120), inline(c.result, 40), inline(c.detail, 300)]),
        ),
  ];
}

export function issueBody(view: RequestView): string {
  const rule: [string, string][] = [
    ['Risk tier', view.riskTier],
    ['Approvals needed', String(view.minimumApprovals)],
    ['Approvers', view.approvers.map(mention).join(', ')],
    ...(view.roles ?? []).map((r): [string, string] => [
      `Role ${code(r.role)}`,
      `${r.needed} sign-off(s) from ${r.holders.map(mention).join(', ')}`,
    ]),
  ];
  if (view.timeoutText) rule.push(['Waits for', view.timeoutText]);
  return [
    '## Deployment approval requested',
    '',
    factsBlock(view.binding, view.serverUrl),
    '',
    '| Rule | |',
    '| --- | --- |',
    ...rule.map(([name, value]) => `| ${name} | ${value} |`),
    '',
    'To decide, an approver comments with one of these as the **first line** of a new comment:',
    '',
    '- `/approve` (optionally followed by a reason)',
    '- `/deny` or `/reject` (optionally followed by a reason): one valid denial denies',
    ...(view.reactions ? ['', 'or reacts to this issue with 👍 (approve) or 👎 (deny).'] : []),
    '',
    'Edited comments, comments by bots' +
      (view.allowSelfApproval ? '' : ', approvals by the requester') +
      ' and comments by people without write access do not count.' +
      (view.roles?.length ? ' Each approver signs off for one role at most.' : ''),
    ...(view.checksReport ? checksSection(view.checksReport) : []),
    ...(view.extraBody ? ['', '### Notes from the requester', '', view.extraBody] : []),
    '',
    requestMarker(view.binding),
  ].join('\n');
}

export function editedReply(login: string, commentId: number, commentUrl: string): string {
  return [
    `@${login}, your [comment](${commentUrl}) was edited after it was posted, so it does not count.`,
    'Please post a new comment with your command.',
    '',
    editedReplyMarker(commentId),
  ].join('\n');
}

const voteList = (votes: Vote[]) =>
  votes.map(
    (v) =>
      `@${v.login} at ${v.at} (${v.via === 'reaction' ? 'reaction on the issue' : `[comment](${v.url})`})` +
      `${v.role ? ` for role ${code(v.role)}` : ''}${v.reason ? `: ${inline(v.reason)}` : ''}`,
  );

const TITLES: Record<DecisionRecord['decision'], string> = {
  approved: '✅ Approved',
  denied: '❌ Denied',
  'timed-out': '⌛ Timed out',
  cancelled: '🛑 Cancelled',
  failed: '⚠️ Stopped',
};

/** The closing comment: decision, who, when, links, and the machine-readable record. */
export function decisionComment(
  record: DecisionRecord,
  verdict: Verdict | undefined,
  runUrl: string,
): string {
  const lines = [`## ${TITLES[record.decision]}`, '', inline(record.reason, 1000), ''];
  if (verdict?.approvals.length)
    lines.push('Approved by:', ...voteList(verdict.approvals).map((l) => `- ${l}`), '');
  if (verdict?.denials.length)
    lines.push('Denied by:', ...voteList(verdict.denials).map((l) => `- ${l}`), '');
  if (runUrl) lines.push(`Decided in [this run](${runUrl}).`, '');
  lines.push('This issue is closed and locked by the approval gate.', '', decisionMarker(record));
  return lines.join('\n');
}

export const IGNORED_TEXT: Record<string, string> = {
  bot: 'bots never count',
  'before-request': 'posted before the request',
  'after-expiry': 'posted after the request expired',
  edited: 'edited after it was posted',
  'self-approval': 'the requester cannot approve',
  'not-an-approver': 'not a listed approver',
  'no-write-permission': 'no write permission on the repository',
};

/** The job summary: the same facts as the closing comment, as tables. */
export function jobSummary(facts: {
  decision: string;
  reason: string;
  issueUrl: string;
  issueNumber: string;
  minimumApprovals: number;
  ruleSource: string;
  verdict?: Verdict;
}): string {
  const parts = [
    '## Deployment approval',
    '',
    markdownTable(
      ['decision', 'reason', 'issue', 'approvals needed', 'rule from'],
      [
        [
          facts.decision,
          facts.reason,
          facts.issueNumber ? `#${facts.issueNumber}` : '',
          facts.minimumApprovals,
          facts.ruleSource,
        ],
      ],
    ),
  ];
  if (facts.issueUrl) parts.push('', `Issue: ${facts.issueUrl}`);
  const v = facts.verdict;
  if (v && v.approvals.length + v.denials.length > 0)
    parts.push(
      '',
      '### Counted',
      '',
      markdownTable(
        ['approver', 'command', 'role', 'at', 'via'],
        [
          ...v.approvals.map((a) => [
            a.login,
            'approve',
            a.role ?? '',
            a.at,
            a.via === 'reaction' ? 'reaction' : a.url,
          ]),
          ...v.denials.map((d) => [d.login, 'deny', '', d.at, d.via === 'reaction' ? 'reaction' : d.url]),
        ],
      ),
    );
  if (v && v.ignored.length > 0)
    parts.push(
      '',
      '### Not counted',
      '',
      markdownTable(
        ['login', 'why', 'comment'],
        v.ignored.map(({ comment, why }) => [comment.login, IGNORED_TEXT[why] ?? why, comment.url]),
      ),
    );
  return parts.join('\n');
}
