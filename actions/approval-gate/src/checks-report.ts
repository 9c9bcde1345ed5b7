import { InputError } from '@shipgate/core';

/** The part of pre-deploy-checks' JSON report (its `report` output) an approver needs to judge. */
export interface ChecksReport {
  result: string;
  checks: { check: string; result: string; detail: string }[];
}

const EXPECTED =
  'the `report` output of pre-deploy-checks, such as ${{ steps.checks.outputs.report }} ' +
  '({"result":"passed","checks":[{"check":"semver","result":"passed","detail":"v1.2.3"}]})';

/** Parses the checks-report input; empty means none. Errors name the input. */
export function parseChecksReport(text: string | undefined): ChecksReport | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError('checks-report', 'is not JSON', EXPECTED);
  }
  const report = data as { result?: unknown; checks?: unknown };
  if (typeof report !== 'object' || report === null || typeof report.result !== 'string')
    throw new InputError('checks-report', 'has no `result`', EXPECTED);
  if (!Array.isArray(report.checks)) throw new InputError('checks-report', 'has no `checks` list', EXPECTED);
  const checks = report.checks.map((item: unknown, index: number) => {
    const c = item as { check?: unknown; result?: unknown; detail?: unknown };
    if (typeof c !== 'object' || c === null || typeof c.check !== 'string' || typeof c.result !== 'string')
      throw new InputError('checks-report', `check ${index + 1} has no \`check\` and \`result\``, EXPECTED);
    return { check: c.check, result: c.result, detail: typeof c.detail === 'string' ? c.detail : '' };
  });
  return { result: report.result, checks };
}
