import type { CheckResult } from './run-checks.js';

/** Text safe inside XML content and attributes: escaped, and without characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/** JUnit XML (the schema Jenkins, GitLab and test-reporter actions read): one test case per check. */
export function renderJUnit(
  results: CheckResult[],
  suiteName: string,
  timestamp: string,
  redact: (s: string) => string,
): string {
  const failures = results.filter((r) => !r.passed).length;
  const total = results.reduce((sum, r) => sum + r.durationMs, 0);
  const cases = results.map((r) => {
    const head = `    <testcase classname="${xmlEscape(suiteName)}" name="${xmlEscape(redact(r.name))}" time="${seconds(r.durationMs)}">`;
    if (r.passed) return `${head}</testcase>`;
    const message = redact(r.reasons[0] ?? 'failed');
    const detail = redact(
      [
        `${r.method} ${r.url}`,
        ...r.attempts.map(
          (a) =>
            `attempt ${a.attempt}: ${a.status ?? 'no answer'} in ${a.latencyMs} ms${a.reasons.length ? `: ${a.reasons.join('; ')}` : ''}`,
        ),
        ...r.reasons.slice(-1),
      ].join('\n'),
    );
    return `${head}\n      <failure message="${xmlEscape(message)}" type="SmokeCheckFailure">${xmlEscape(detail)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlEscape(suiteName)}" tests="${results.length}" failures="${failures}" errors="0" time="${seconds(total)}">`,
    `  <testsuite name="${xmlEscape(suiteName)}" tests="${results.length}" failures="${failures}" errors="0" skipped="0" time="${seconds(total)}" timestamp="${timestamp}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
