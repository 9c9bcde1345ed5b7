import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The outputs an action declares, each with the value it has when the action ends early. They are
 * written once, at the end, whatever happened, so callers can always read them.
 */
export class Outputs<Name extends string> {
  private readonly values: Record<string, string>;
  private flushed = false;

  constructor(defaults: Record<Name, string>) {
    this.values = { ...defaults };
  }

  set(name: Name, value: string | number | boolean | undefined): void {
    this.values[name] = value === undefined ? '' : String(value);
  }

  get(name: Name): string {
    return this.values[name];
  }

  flush(): void {
    if (this.flushed) return;
    this.flushed = true;
    for (const [name, value] of Object.entries(this.values)) core.setOutput(name, value);
  }
}

export type Cell = string | number | boolean | undefined | null;

/** A Markdown table; cell text is escaped so a value cannot break the table or inject markup. */
export function markdownTable(headers: string[], rows: Cell[][]): string {
  const line = (cells: Cell[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

export function escapeCell(cell: Cell): string {
  if (cell === undefined || cell === null || cell === '') return '—';
  return String(cell)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}

/** Appends Markdown to the job summary; a no-op outside a runner (no GITHUB_STEP_SUMMARY). */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

/** Writes a machine-readable report, creating its folder; returns the absolute path. */
export async function writeJsonReport(file: string, data: unknown): Promise<string> {
  const absolute = path.resolve(file);
  await fs.mkdir(path.dirname(absolute), { recursive: true });
  await fs.writeFile(absolute, `${JSON.stringify(data, null, 2)}\n`);
  return absolute;
}
