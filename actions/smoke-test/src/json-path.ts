import { JSONPathEnvironment, type JSONPathQuery } from 'json-p3';

/**
 * JSONPath per RFC 9535 (https://www.rfc-editor.org/rfc/rfc9535), through json-p3, which passes
 * the whole JSONPath Compliance Test Suite (test/unit/smoke-test/json-path-cts.test.ts runs it
 * through this module). Names, indexes (negative from the end), wildcards `*`, slices `[1:3]`,
 * descendants `..`, unions and filters such as `$.checks[?@.name=='db'].status`, with the standard
 * functions length(), count(), match(), search() and value().
 */
const rfc9535 = new JSONPathEnvironment({ strict: true });

export interface JsonPath {
  text: string;
  query: JSONPathQuery;
  /**
   * A singular query (RFC 9535 §2.3.5.1: names and indexes only) points at one place: its value, or
   * missing. Any other query selects a list of nodes (possibly empty).
   */
  singular: boolean;
}

/** Compiles a JSONPath; throws an Error saying what is wrong and where. */
export function parseJsonPath(text: string): JsonPath {
  try {
    const query = rfc9535.compile(text);
    return { text, query, singular: query.singularQuery() };
  } catch (error) {
    // json-p3 says "<problem> ('<query>':<offset>)"; the offset is 0-based.
    const message = (error as Error).message;
    const at = /^(.*) \('.*':(\d+)\)$/s.exec(message);
    throw new Error(
      at
        ? `'${text}' is not RFC 9535 JSONPath: ${at[1]} at position ${Number(at[2]) + 1}`
        : `'${text}': ${message}`,
    );
  }
}

export interface JsonPathNode {
  /** The normalized path of the node (RFC 9535 §2.7), e.g. $['checks'][0]['status']. */
  path: string;
  value: unknown;
}

/** The nodes the query selects from `data`, in document order. */
export function queryJsonPath(data: unknown, path: JsonPath): JsonPathNode[] {
  return path.query.query(data as never).nodes.map((node) => ({ path: node.path, value: node.value }));
}

/** For a singular query: the value at the path, or `found: false` when nothing is there. */
export function readJsonPath(data: unknown, path: JsonPath): { found: boolean; value?: unknown } {
  const [node] = queryJsonPath(data, path);
  return node ? { found: true, value: node.value } : { found: false };
}
