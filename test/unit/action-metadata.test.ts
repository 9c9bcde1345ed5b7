import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NOTIFY_INPUTS } from '../../packages/core/src/notify/notifier.js';
import { readActionMetadata, repoRoot } from '../harness/runner.js';

const actionsDir = path.join(repoRoot, 'actions');
const actions = readdirSync(actionsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Every input is read through the core Inputs object, always named `inputs`, so reads can be found.
const READ =
  /\binputs\.(?:string|optionalString|enum|integer|number|optionalNumber|boolean|duration|list|numberList|url|optionalUrl|repository|raw|has)\(\s*'([^']+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

export function inputsReadBy(action: string): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles(path.join(actionsDir, action, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(READ)) names.add(match[1]);
    // The shared notification inputs are read in core, by the one call every notifying action makes.
    if (/\breadNotifyTargets\(inputs\)/.test(text)) NOTIFY_INPUTS.forEach((name) => names.add(name));
  }
  return names;
}

it('every action folder has its metadata', () => {
  expect(actions.length).toBeGreaterThan(0);
  for (const action of actions) expect(existsSync(path.join(actionsDir, action, 'action.yml'))).toBe(true);
});

describe.each(actions)('action %s', (action) => {
  const meta = readActionMetadata(action);

  it('runs on node24 from its committed bundle', () => {
    expect(meta.runs.using).toBe('node24');
    expect(meta.runs.main).toBe(`../../dist/${action}/index.js`);
    expect(existsSync(path.resolve(actionsDir, action, meta.runs.main))).toBe(true);
  });

  it('has a name, a description, and a description on every input and output', () => {
    expect(meta.name).toBeTruthy();
    expect(meta.description).toBeTruthy();
    for (const [name, spec] of Object.entries({ ...meta.inputs, ...meta.outputs })) {
      expect({ name, description: (spec?.description ?? '').trim().length > 0 }).toEqual({
        name,
        description: true,
      });
    }
  });

  it('declares every input it reads and reads every input it declares', () => {
    const declared = Object.keys(meta.inputs ?? {}).sort();
    const read = [...inputsReadBy(action)].sort();
    expect(read).toEqual(declared);
  });

  it('uses kebab-case for inputs and outputs', () => {
    for (const name of Object.keys({ ...meta.inputs, ...meta.outputs }))
      expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });
});
