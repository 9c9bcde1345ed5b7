/**
 * Approval commands. A command is the first non-blank line of a comment, and only that line:
 * `/approve` or `/deny` (alias `/reject`), any case, optionally followed by a reason. Text that merely
 * mentions a command ("I won't /approve this", `> /approve`, code blocks, `not /approve`) is not one.
 */
export type Command =
  { kind: 'approve'; reason: string } | { kind: 'deny'; reason: string } | { kind: 'none' };

const COMMAND = /^\/(approve|deny|reject)(?:[ \t]+(.*))?$/i;

export function parseCommand(body: string | null | undefined): Command {
  const lines = (body ?? '').replace(/\r\n?/g, '\n').split('\n');
  const first = lines.find((line) => line.trim() !== '');
  if (first === undefined) return { kind: 'none' };
  // Four spaces or a tab open an indented code block in Markdown: the line is code, not a command.
  if (/^(?: {4}|\t)/.test(first)) return { kind: 'none' };
  const match = COMMAND.exec(first.trim());
  if (!match) return { kind: 'none' };
  const reason = (match[2] ?? '').trim();
  return match[1].toLowerCase() === 'approve' ? { kind: 'approve', reason } : { kind: 'deny', reason };
}
