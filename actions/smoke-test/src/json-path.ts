/**
 * A small JSONPath subset, enough to point at one value: `$`, `.name`, `['name']` / `["name"]`,
 * `[0]` and `[-1]` (from the end). `$.items[0].id`, `$['x-y'].z`.
 */
export type PathSegment = string | number;

export function parseJsonPath(path: string): PathSegment[] {
  const text = path.trim();
  if (!text.startsWith('$')) throw new Error(`'${path}' does not start with $`);
  const segments: PathSegment[] = [];
  let i = 1;
  while (i < text.length) {
    if (text[i] === '.') {
      const match = /^[A-Za-z_$][\w$-]*/.exec(text.slice(i + 1));
      if (!match) throw new Error(`'${path}': expected a name after '.' at position ${i + 1}`);
      segments.push(match[0]);
      i += 1 + match[0].length;
    } else if (text[i] === '[') {
      const rest = text.slice(i);
      const index = /^\[\s*(-?\d+)\s*\]/.exec(rest);
      const quoted = /^\[\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*\]/.exec(rest);
      if (index) {
        segments.push(Number(index[1]));
        i += index[0].length;
      } else if (quoted) {
        segments.push((quoted[1] ?? quoted[2]).replace(/\\(.)/g, '$1'));
        i += quoted[0].length;
      } else throw new Error(`'${path}': expected [<index>] or ['<name>'] at position ${i + 1}`);
    } else throw new Error(`'${path}': unexpected '${text[i]}' at position ${i + 1}`);
  }
  return segments;
}

/** The value at the path, or `found: false` when any step is missing. */
export function readJsonPath(data: unknown, segments: PathSegment[]): { found: boolean; value?: unknown } {
  let current: unknown = data;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return { found: false };
      const index = segment < 0 ? current.length + segment : segment;
      if (index < 0 || index >= current.length) return { found: false };
      current = current[index];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return { found: false };
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return { found: false };
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return { found: true, value: current };
}
