import { InputError } from '@shipgate/core';

const EXPECTED = 'a relative path of an .html file on the data branch, such as dashboard/index.html';
/** Paths the SLA data itself uses: the dashboard must not overwrite them. */
const RESERVED = /^(samples|rollups)(\/|$)|^status\.json$/;

/** The dashboard's path on the data branch: relative, inside the branch, not over the SLA data. */
export function dataBranchPath(value: string): string {
  const parts = value.split('/');
  const problem =
    value.startsWith('/') || /^[A-Za-z]:/.test(value)
      ? 'is absolute'
      : parts.some((p) => p === '..')
        ? 'leaves the branch'
        : parts.some((p) => p === '' || p === '.') || /[\\\0]/.test(value)
          ? 'is not a clean path'
          : parts[0] === '.git'
            ? 'is inside .git'
            : RESERVED.test(value)
              ? 'would overwrite the SLA data'
              : !value.endsWith('.html')
                ? 'is not an .html file'
                : undefined;
  if (problem) throw new InputError('dashboard-file', `'${value}' ${problem}`, EXPECTED);
  return value;
}
