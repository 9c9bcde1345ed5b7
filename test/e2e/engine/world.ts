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
    stop: async () => {
      await engine.close();
      await emulator.stop();
    },
  };
}
