import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scaledClock } from '../../../packages/core/src/clock.js';
import { BranchStore, GitHubClient } from '../../../packages/core/src/index.js';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { ActionsEngine, type EngineOptions } from '../../harness/engine/index.js';
import { repoRoot, type TestClock } from '../../harness/runner.js';

/**
 * The user's side of a journey: a repository on (emulated) GitHub set up as an example's header says
 * (workflows copied from examples/, config files, secrets, people and teams), and the engine that runs
 * its workflows. Examples are adapted only where a user must adapt them: hostnames (to loopback
 * services) and secret values.
 */

export const SHOP = 'octo-org/shop';

/** How many times faster than real time a journey's clock runs (unless a journey sets its own). */
export const JOURNEY_FACTOR = 10;

/** Tuesday 10 November 2026, 10:00 in Berlin: inside the examples' deploy windows, outside freezes. */
export const OFFICE_HOURS = Date.UTC(2026, 10, 10, 9, 0, 0);

export interface Journey {
  emulator: GitHubEmulator;
  engine: ActionsEngine;
  clock: TestClock;
  auditKey: { privatePem: string; publicPem: string };
  /** The emulated time (the clock shared by the emulator, the engine and the bundles). */
  now(): number;
  stop(): Promise<void>;
}

/** An example from examples/, with `replacements` applied (literal text → text). */
export function example(name: string, replacements: Record<string, string> = {}): string {
  let text = readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
  for (const [from, to] of Object.entries(replacements)) {
    if (!text.includes(from)) throw new Error(`examples/${name} no longer contains ${JSON.stringify(from)}`);
    text = text.split(from).join(to);
  }
  return text;
}

export function exampleConfig(name: string): string {
  return readFileSync(path.join(repoRoot, 'examples', 'config', name), 'utf8');
}

export async function journey(options: {
  files: Record<string, string>;
  secrets?: (emulator: GitHubEmulator, auditPem: string) => Record<string, string>;
  vars?: Record<string, string>;
  factor?: number;
  startMs?: number;
  engine?: Partial<Omit<EngineOptions, 'emulator' | 'repo'>>;
}): Promise<Journey> {
  // The journey's clock starts at `startMs` (office hours by default) and runs `factor` times faster.
  // A journey waits on the examples' own timings (canary stages of 10 s checks, approval polls, smoke
  // retries), so the factor sets how long it takes. The real parts must keep up: at 10 a 10 s check is one
  // every second, and Prometheus scrapes every 250 ms (deploy-stack.ts), so each check sees four fresh
  // scrapes. At 20 with one-second scrapes, a fresh canary's series could be missing from three checks in
  // a row, and the examples' max-inconclusive-rounds 3 then rolled back 2 of 15 journeys on a fresh clone.
  const clock: TestClock = {
    epochMs: Date.now(),
    factor: options.factor ?? JOURNEY_FACTOR,
    startMs: options.startMs ?? OFFICE_HOURS,
  };
  const shared = scaledClock(clock.epochMs, clock.factor, clock.startMs);
  const emulator = await startEmulator({ clock: shared });
  // People: a maintainer who deploys, two approvers in the SRE team, a developer.
  for (const login of ['mona', 'alice', 'bob', 'dev']) emulator.addUser(login);
  emulator.addRepo(SHOP, { private: true, files: options.files });
  for (const login of ['mona', 'alice', 'bob', 'dev']) emulator.setPermission(SHOP, login, 'write');
  emulator.addTeam('octo-org', 'sre', ['alice', 'bob']);
  emulator.addTeam('octo-org', 'release-managers', ['alice', 'bob']);
  emulator.addTeam('octo-org', 'developers', ['dev']);
  const keys = generateKeyPairSync('ed25519');
  const auditKey = {
    privatePem: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
  const engine = new ActionsEngine({
    clock,
    ...options.engine,
    emulator,
    repo: SHOP,
    secrets: options.secrets?.(emulator, auditKey.privatePem) ?? {},
    vars: options.vars ?? {},
  });
  return {
    emulator,
    engine,
    clock,
    auditKey,
    now: () => shared.now(),
    stop: async () => {
      await engine.close();
      await emulator.stop();
      if (engine.errors.length > 0)
        throw new Error(`engine errors:\n${engine.errors.map((e) => e.message).join('\n')}`);
      emulator.assertValid();
    },
  };
}

/**
 * An App installation token for the approval gate, as the examples recommend: it can see teams (org
 * permission members: read), which the workflow token cannot.
 */
export function approvalAppToken(emulator: GitHubEmulator): string {
  return emulator.appInstallationToken('shipgate-approvals', {
    repositories: [SHOP],
    permissions: { issues: 'write', contents: 'read', members: 'read', actions: 'write' },
    lifetimeMs: 24 * 60 * 60 * 1000,
  }).token;
}

/** Approvers who comment `/approve` (as people, through the API) on each approval issue opened. */
export function approveWhenAsked(
  emulator: GitHubEmulator,
  approvers: string[],
  command = '/approve',
): () => void {
  return emulator.onEvent((event) => {
    if (event.name !== 'issues' || event.action !== 'opened') return;
    const issue = event.payload.issue as { number: number; labels: { name: string }[] };
    if (!issue.labels.some((l) => l.name === 'deployment-approval')) return;
    // A person takes a moment to read the request.
    setTimeout(() => {
      for (const login of approvers) emulator.addComment(SHOP, issue.number, { user: login, body: command });
    }, 200);
  });
}

/** The SLA data the SLA workflow would have written: a fresh status.json with budget left. */
export async function seedSlaStatus(
  emulator: GitHubEmulator,
  now: number,
  services: Record<string, { environment: string; budget: number }>,
) {
  const client = new GitHubClient({ token: emulator.tokenFor('mona'), baseUrl: emulator.url });
  const store = new BranchStore({ client, owner: 'octo-org', repo: 'shop', branch: 'sla-data' });
  const at = new Date(now).toISOString();
  const status = {
    schema: 1,
    'generated-at': at,
    services: Object.fromEntries(
      Object.entries(services).map(([name, s]) => [
        name,
        {
          environment: s.environment,
          status: 'up',
          slo: { uptime: 99.9, 'latency-p95-ms': 300, 'error-rate': 1, 'window-days': 30 },
          coverage: 100,
          samples: 8640,
          'budget-state': 'known',
          uptime: 99.95,
          'error-budget-remaining': s.budget,
          'budget-exhausted': s.budget <= 0,
          'updated-at': at,
        },
      ]),
    ),
  };
  await store.update('seed status.json', async () => ({
    changes: { 'status.json': `${JSON.stringify(status, null, 2)}\n` },
    result: undefined,
  }));
}

/** Check runs of the required checks, green on the default branch's head. */
export function greenChecks(emulator: GitHubEmulator, names: string[]): string {
  const sha = emulator.ref(SHOP, 'heads/main')!;
  for (const name of names)
    emulator.addCheckRun(SHOP, sha, { name, status: 'completed', conclusion: 'success', app: 'ci-app' });
  return sha;
}
