/**
 * Reading what a workflow passes as a deployment record's `details`, for both the writer (audit-sign)
 * and the reader (audit-verify's compliance report), so the two never disagree. deploy.yml passes
 * `override-reason` and the approval gate's `approvals`; older callers passed `toJSON(needs.<job>)`,
 * whose outputs are strings (`approvals` a JSON array in a string), or `override: true`.
 */

type Json = Record<string, unknown>;

/** A value read as a JSON object: itself when it is one, otherwise an empty object. */
export const jsonObject = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
/** A value read as text: a string, trimmed; anything else ''. */
export const trimmedText = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
/** A value read as a string: '' for undefined or null, otherwise String(value). */
export const stringOf = (value: unknown): string =>
  value === undefined || value === null ? '' : String(value);

const obj = jsonObject;
const text = trimmedText;
const str = stringOf;

/** The break-glass reason of an override, or '' when the deployment was not overridden. */
export function overrideReason(details: Json): string {
  return (
    text(details['override-reason']) ||
    text(details.override) ||
    // toJSON(needs.checks): the pre-deploy checks job's `override-reason` output.
    text(obj(obj(details.checks).outputs)['override-reason'])
  );
}

/** An emergency change: marked as one, or a break-glass override (its reason given or not). */
export function isEmergency(details: Json): boolean {
  return details.emergency === true || details.override === true || overrideReason(details) !== '';
}

/** Why an emergency change was made, as the record says: a reason, a justification or the override's. */
export function emergencyReason(details: Json): string {
  return (
    text(details.emergencyReason) ||
    text(details.reason) ||
    text(details.justification) ||
    overrideReason(details)
  );
}

/**
 * A list of approvers as a workflow passes it: an array, a JSON array in a string (a job output such
 * as the approval gate's `approvals`), or logins separated by commas or white space.
 */
export function approverItems(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const s = text(value);
  if (s === '') return [];
  if (s.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // Not JSON after all: read it as a list of logins.
    }
  }
  return s.split(/[,\s]+/).filter(Boolean);
}

/**
 * Each approval the details name, by user id and login, with its time: the approval gate's `approvals`
 * carry each comment's time (`at`); logins alone, or an approval without a time, get `fallbackTime`.
 */
export function approvalsOf(
  details: Json,
  fallbackTime: string,
): { id: string; login: string; time: string }[] {
  const items =
    [details.approvals, details.approvers, details['approved-by']]
      .map(approverItems)
      .find((list) => list.length > 0) ?? [];
  return items.map((item) => {
    if (typeof item === 'string') return { id: '', login: item, time: fallbackTime };
    const a = obj(item);
    return {
      id: str(a.id),
      login: str(a.login ?? a.user),
      time: str(a.time ?? a.approvedAt ?? a.at) || fallbackTime,
    };
  });
}
