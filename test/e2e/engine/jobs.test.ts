import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { world, type World } from './world.js';

// Each test starts processes (bash, Node 24 bundles, gh) on a machine shared with other suites.
jest.setTimeout(30_000);

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

describe('jobs ordered by needs, with GitHub skipping rules', () => {
  it('skips the jobs that need a failed job, transitively, unless their if uses a status function', async () => {
    // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idneeds
    // "If a job fails or is skipped, all jobs that need it are skipped unless the jobs use a
    // conditional expression that causes the job to continue."
    w = await world({
      'ci.yml': `
on: workflow_dispatch
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: exit 3
  test:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo test
  package:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - run: echo package
  report:
    needs: package
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "package was $PACKAGE"
        env:
          PACKAGE: \${{ needs.package.result }}
`,
    });
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.conclusion).toBe('failure');
    expect(run.job('build').result).toBe('failure');
    expect(run.job('build').steps[0].exitCode).toBe(3);
    expect(run.job('test').result).toBe('skipped');
    expect(run.job('package').result).toBe('skipped');
    expect(run.job('report').result).toBe('success');
    expect(run.job('report').steps[0].log).toContain('package was skipped');
  });

  it('skips a job whose need was skipped by its own condition, even though nothing failed', async () => {
    // The job-level if defaults to success(): "A default status check of success() is applied
    // unless you include one of these functions."
    // https://docs.github.com/en/actions/reference/evaluate-expressions-in-workflows-and-actions#status-check-functions
    w = await world({
      'ci.yml': `
on: workflow_dispatch
jobs:
  optional:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  after:
    needs: optional
    runs-on: ubuntu-latest
    steps:
      - run: echo after
  regardless:
    needs: optional
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    steps:
      - run: echo regardless
`,
    });
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.job('optional').result).toBe('skipped');
    expect(run.job('after').result).toBe('skipped');
    expect(run.job('regardless').result).toBe('success');
    expect(run.conclusion).toBe('success');
  });

  it('answers failure() for any failed ancestor and success() only when all succeeded', async () => {
    // https://docs.github.com/en/actions/reference/evaluate-expressions-in-workflows-and-actions#failure
    // "If you have a chain of dependent jobs, failure() returns true if any ancestor job fails."
    w = await world({
      'ci.yml': `
on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: exit 1
  b:
    needs: a
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo b
  on-failure:
    needs: b
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo cleaning up
  on-success:
    needs: b
    if: success()
    runs-on: ubuntu-latest
    steps:
      - run: echo shipping
`,
    });
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.job('b').result).toBe('success');
    expect(run.job('on-failure').result).toBe('success');
    expect(run.job('on-success').result).toBe('skipped');
  });

  it('passes job outputs through needs and runs steps by their status functions', async () => {
    // https://docs.github.com/en/actions/reference/evaluate-expressions-in-workflows-and-actions#status-check-functions
    // "continue-on-error: Prevents a job from failing when a step fails."
    // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstepscontinue-on-error
    w = await world({
      'ci.yml': `
on: workflow_dispatch
jobs:
  produce:
    runs-on: ubuntu-latest
    outputs:
      version: \${{ steps.v.outputs.version }}
      flaky: \${{ steps.flaky.outcome }}/\${{ steps.flaky.conclusion }}
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 1
      - id: v
        run: |
          echo "version=1.2.3" >> "$GITHUB_OUTPUT"
          echo "NOTES<<EOF" >> "$GITHUB_ENV"
          echo "line one" >> "$GITHUB_ENV"
          echo "line two" >> "$GITHUB_ENV"
          echo "EOF" >> "$GITHUB_ENV"
      - name: sees the env file
        run: test "$NOTES" = "$(printf 'line one\\nline two')"
      - id: broken
        run: exit 2
      - name: skipped after a failure
        run: echo not me
      - name: runs on failure
        if: failure() && steps.broken.outcome == 'failure'
        run: echo "cleanup after $VERSION"
        env:
          VERSION: \${{ steps.v.outputs.version }}
  consume:
    needs: produce
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "got $V $F $R"
        env:
          V: \${{ needs.produce.outputs.version }}
          F: \${{ needs.produce.outputs.flaky }}
          R: \${{ needs.produce.result }}
`,
    });
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    const produce = run.job('produce');
    expect(produce.steps.map((s) => [s.outcome, s.conclusion])).toEqual([
      ['failure', 'success'],
      ['success', 'success'],
      ['success', 'success'],
      ['failure', 'failure'],
      ['skipped', 'skipped'],
      ['success', 'success'],
    ]);
    expect(produce.steps[5].log).toContain('cleanup after 1.2.3');
    expect(produce.result).toBe('failure');
    expect(run.job('consume').steps[0].log).toContain('got 1.2.3 failure/success failure');
  });
});
