/**
 * Commands are written like shell commands but never run by a shell: this splits the text into an
 * argument vector with shell-like quoting and NO expansion ($VAR, globs, ~, `…`, ;, | and > stay literal
 * characters), then fills the {weight} and {stage} placeholders inside the arguments.
 */

export class CommandSyntaxError extends Error {}

export const PLACEHOLDERS = ['weight', 'stage'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Splits a command line into arguments: '…' is literal, "…" allows \" \\ \$ \` escapes, \x escapes x. */
export function parseCommand(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArgument = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else current += char;
      continue;
    }
    if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
        if (text[i + 1] !== '\n') current += text[i + 1];
        i++;
      } else current += char;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      inArgument = true;
    } else if (char === '\\') {
      if (i + 1 >= text.length) throw new CommandSyntaxError('ends with a lone backslash');
      if (text[i + 1] !== '\n') {
        current += text[i + 1];
        inArgument = true;
      }
      i++;
    } else if (/\s/.test(char)) {
      if (inArgument) args.push(current);
      current = '';
      inArgument = false;
    } else {
      current += char;
      inArgument = true;
    }
  }
  if (quote) throw new CommandSyntaxError(`has an unterminated ${quote === '"' ? 'double' : 'single'} quote`);
  if (inArgument) args.push(current);
  if (args.length === 0) throw new CommandSyntaxError('is empty');
  return args;
}

/** Placeholder-looking words ({lowercase}) in the arguments that are not {weight} or {stage}. */
export function unknownPlaceholders(args: string[]): string[] {
  const unknown = new Set<string>();
  for (const arg of args) {
    for (const [, name] of arg.matchAll(/\{([a-z][a-z_-]*)\}/g))
      if (!(PLACEHOLDERS as readonly string[]).includes(name)) unknown.add(`{${name}}`);
  }
  return [...unknown];
}

export function usesPlaceholder(args: string[], name: Placeholder): boolean {
  return args.some((arg) => arg.includes(`{${name}}`));
}

/** Replaces {weight} and {stage} inside each argument; the number of arguments never changes. */
export function fillPlaceholders(args: string[], values: Record<Placeholder, string | number>): string[] {
  return args.map((arg) =>
    arg.replace(/\{(weight|stage)\}/g, (_, name: Placeholder) => String(values[name])),
  );
}
