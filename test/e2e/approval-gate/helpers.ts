import { scaledClock } from '../../../packages/core/src/clock.js';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { runAction, type RunOptions, type RunResult } from '../../harness/runner.js';

export const REPO = 'octo-org/service';

/** A clock 600 times faster than real time, shared by the emulator and the bundle. */
export function fastClock(factor = 600) {
  const epochMs = Date.now();
  return { spec: { epochMs, factor }, clock: scaledClock(epochMs, factor) };
}

export interface World {
  emulator: GitHubEmulator;
  clockSpec: { epochMs: number; factor: number };
  gateToken: string;
  gateId: number;
  /** Runs the gate bundle against this world. */
  gate(inputs: RunOptions['inputs'], options?: Omit<RunOptions, 'inputs'>): Promise<RunResult>;
  /** Posts a comment as a user through the API, as GitHub would record it now. */
  say(issue: number, login: string, body: string): number;
  /** Resolves once the gate has opened its request issue. */
  opened(number?: number): Promise<number>;
}

/**
 * A repository with approvers alice, bob (write), carol (maintain), dave (team sre member with
 * write), mallory (no write), a bot with write, the requester `deployer`, and the gate's own user.
 */
export async function world(
  options: { factor?: number; files?: Record<string, string>; gateReadsOrg?: boolean } = {},
): Promise<World> {
  const { spec, clock } = fastClock(options.factor);
  const emulator = await startEmulator({ clock });
  const gateUser = emulator.addUser('shipgate-bot', {
    type: 'Bot',
    canReadOrg: options.gateReadsOrg ?? true,
  });
  for (const login of [
    'alice',
    'bob',
    'carol',
    'dave',
    'erin',
    'mallory',
    'deployer',
    'rerunner',
    'pr-author',
  ])
    emulator.addUser(login);
  // A bot account (type Bot). Named without `[bot]`: the emulator renders such logins into invalid URLs.
  emulator.addUser('renovate-bot', { type: 'Bot' });
  emulator.addRepo(REPO, { files: options.files });
  for (const login of [
    'alice',
    'bob',
    'dave',
    'erin',
    'deployer',
    'pr-author',
    'renovate-bot',
    'shipgate-bot',
  ])
    emulator.setPermission(REPO, login, 'write');
  emulator.setPermission(REPO, 'carol', 'maintain');
  emulator.addTeam('octo-org', 'sre', ['dave', 'erin', 'mallory']);
  const gateToken = emulator.tokenFor('shipgate-bot');
  return {
    emulator,
    clockSpec: spec,
    gateToken,
    gateId: gateUser.id,
    gate: (inputs, extra = {}) =>
      runAction('approval-gate', {
        apiUrl: emulator.url,
        token: gateToken,
        repository: REPO,
        actor: 'deployer',
        clock: spec,
        killAfterMs: 60_000,
        ...extra,
        inputs: { 'github-token': gateToken, ...inputs },
      }),
    say: (issue, login, body) => emulator.addComment(REPO, issue, { user: login, body }).id,
    opened: async (number = 1) => {
      // A hang guard, well inside the test's own limit: starting the bundle can take seconds when busy.
      for (const deadline = Date.now() + 40_000; Date.now() < deadline;) {
        if (emulator.issue(REPO, number)) {
          // One more scaled second, so later comments are strictly after the request.
          await new Promise((resolve) => setTimeout(resolve, Math.ceil(2000 / spec.factor) + 5));
          return number;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error(`issue #${number} was never opened`);
    },
  };
}

/** Calls the API as a user (e.g. to close or edit an issue by hand). */
export async function asUser(
  emulator: GitHubEmulator,
  login: string,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: {
      authorization: `token ${emulator.tokenFor(login)}`,
      'content-type': 'application/json',
      accept: 'application/vnd.github+json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path} as ${login}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

export const until = async (condition: () => boolean, what: string) => {
  for (let i = 0; i < 2000; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
};

/** Every request and response of the run was one GitHub's description allows. */
export function assertValid(emulator: GitHubEmulator): void {
  emulator.assertValid();
}
