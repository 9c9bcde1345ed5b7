import { describe, expect, it } from '@jest/globals';
// @ts-expect-error: a plain .mjs script shared with `npm run docs`
import { actionsWithDocs, expectedReadme } from '../../scripts/action-docs.mjs';

describe('action READMEs', () => {
  const actions: string[] = actionsWithDocs();
  it.each(actions)('%s documents exactly the inputs and outputs of its action.yml', (action) => {
    const result = expectedReadme(action) as { error?: string; readme?: string; next?: string };
    expect(result.error).toBeUndefined();
    expect(result.readme).toBe(result.next);
  });
});
