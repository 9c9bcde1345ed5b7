import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot, runAction, parseFileCommands } from '../harness/runner.js';

const fixture = path.join(repoRoot, 'test', 'fixtures', 'echo-action');

beforeAll(() => {
  // Bundled the same way as the real actions, so the core wrapper is tested as shipped.
  execFileSync(process.execPath, [
    path.join(repoRoot, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    path.join(fixture, 'src/index.ts'),
    '--out',
    path.join(fixture, 'dist'),
    '--quiet',
  ]);
}, 120_000);

describe('runner emulation and the core action wrapper', () => {
  it('passes inputs with their defaults and collects outputs and the job summary', async () => {
    const result = await runAction(fixture, { inputs: { count: 7 } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({ result: 'ok', count: '7' });
    expect(result.summary).toContain('| ok | 7 |');
    expect(result.secretsMasked).toContain('ghs_harness_token');
  });

  it('fails a bad input with a message naming it, and still sets every output', async () => {
    const result = await runAction(fixture, { inputs: { count: 0 } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: "input 'count': 0 is out of range; expected a whole number from 1 to 10",
      }),
    );
    expect(result.outputs).toEqual({ result: 'failed', count: '' });
  });

  it('turns an unexpected error into a failed step, with outputs set and the token masked', async () => {
    const result = await runAction(fixture, { inputs: { mode: 'crash' } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.result).toBe('failed');
    // The runner masks registered secrets in the log; the action registered the token before the error.
    const maskIndex = result.log.indexOf('::add-mask::ghs_harness_token');
    const errorIndex = result.log.indexOf('::error::boom with');
    expect(maskIndex).toBeGreaterThanOrEqual(0);
    expect(errorIndex).toBeGreaterThan(maskIndex);
  });

  it('delivers SIGTERM as cancellation, lets the action clean up, and fails the step', async () => {
    const result = await runAction(fixture, {
      inputs: { mode: 'wait' },
      cancel: { when: (log) => log.includes('waiting'), signal: 'SIGTERM' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.result).toBe('cleaned-up');
    expect(result.annotations.map((a) => a.message)).toContain('the run was cancelled (SIGTERM)');
  });

  it('refuses an input that action.yml does not declare', async () => {
    await expect(runAction(fixture, { inputs: { colour: 'red' } })).rejects.toThrow(/does not declare/);
  });

  it('reads file commands, heredocs included', () => {
    expect(parseFileCommands('a=1\nb<<EOF\nline 1\nline 2\nEOF\nc=x=y\n')).toEqual({
      a: '1',
      b: 'line 1\nline 2',
      c: 'x=y',
    });
  });
});
