import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, type RunOptions } from '../../harness/runner.js';
import { keyPair } from '../../unit/audit/fixture.js';

export const ed25519 = keyPair('ed25519');
export const p256 = keyPair('p256');

export function tempDir(prefix = 'audit-e2e-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sign(inputs: Record<string, string>, options: Omit<RunOptions, 'inputs'> = {}) {
  return runAction('audit-sign', { inputs: { 'signing-key': ed25519.privatePem, ...inputs }, ...options });
}

export function verify(inputs: Record<string, string>, options: Omit<RunOptions, 'inputs'> = {}) {
  return runAction('audit-verify', { inputs: { 'public-keys': ed25519.publicPem, ...inputs }, ...options });
}

/** Every file of a folder with its content, to show that a failed run changed nothing. */
export function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

export function logLines(dir: string, stem = 'audit'): string[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${stem}.`) && f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean));
}

export function records(dir: string): Record<string, unknown>[] {
  return logLines(dir).map((line) => (JSON.parse(line) as { record: Record<string, unknown> }).record);
}

export function writeLines(dir: string, lines: string[]): void {
  writeFileSync(path.join(dir, 'audit.000000.jsonl'), lines.map((l) => `${l}\n`).join(''));
}
