/** SemVer 2.0.0 (https://semver.org), with an optional leading `v` as tags are often written. */
const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export interface VersionCheck {
  ok: boolean;
  detail: string;
}

export function checkVersion(version: string): VersionCheck {
  const match = SEMVER.exec(version);
  if (!match)
    return {
      ok: false,
      detail: `'${version}' is not SemVer 2.0 (MAJOR.MINOR.PATCH[-pre][+build], such as 1.4.2)`,
    };
  const [, major, minor, patch, pre] = match;
  return {
    ok: true,
    detail: `${major}.${minor}.${patch}${pre ? `-${pre}` : ''}${pre ? ' (pre-release)' : ''}`,
  };
}
