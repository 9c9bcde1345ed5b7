import { scaledClock } from '../../../packages/core/src/clock.js';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import { ActionsEngine, type EngineOptions } from '../../harness/engine/index.js';

export const REPO = 'octo-org/service';

export interface World {
  emulator: GitHubEmulator;
  engine: ActionsEngine;
  clock: { epochMs: number; factor: number };
  stop(): Promise<void>;
}

/**
 * An emulated repository holding `workflows` (file name → YAML under .github/workflows) and
 * `files`, users deployer (write) and alice, and an engine on it.
 */
export async function world(
  workflows: Record<string, string>,
  options: Omit<EngineOptions, 'emulator' | 'repo'> & {
    files?: Record<string, string>;
    factor?: number;
  } = {},
): Promise<World> {
  const clock = { epochMs: Date.now(), factor: options.factor ?? 60 };
  const emulator = await startEmulator({ clock: scaledClock(clock.epochMs, clock.factor) });
  for (const login of ['deployer', 'alice']) emulator.addUser(login);
  const files = { ...options.files };
  for (const [name, yaml] of Object.entries(workflows)) files[`.github/workflows/${name}`] = yaml;
  emulator.addRepo(REPO, { files });
  emulator.setPermission(REPO, 'deployer', 'write');
  const engine = new ActionsEngine({ clock, ...options, emulator, repo: REPO });
  return {
    emulator,
    engine,
    clock,
    // Stopping also checks that nothing went wrong unseen: runs started by events that failed to
    // start, or requests and responses GitHub's OpenAPI description would reject.
    stop: async () => {
      await engine.close();
      await emulator.stop();
      if (engine.errors.length > 0)
        throw new Error(`engine errors:\n${engine.errors.map((e) => e.message).join('\n')}`);
      emulator.assertValid();
    },
  };
}
