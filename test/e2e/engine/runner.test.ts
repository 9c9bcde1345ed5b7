import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { world, type World } from './world.js';

// Each test starts processes (bash, Node 24 bundles, gh) on a machine shared with other suites.
jest.setTimeout(30_000);

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

describe('the emulated hosted runner', () => {
  it('runs scripts with the shell GitHub picks: no pipefail unless `shell: bash` is given', async () => {
    // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsshell
    // Unspecified on Linux is `bash -e {0}`; `bash` is `bash --noprofile --norc -eo pipefail {0}`.
    w = await world({
      'ci.yml': `
on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: implicit
        run: false | cat
      - id: explicit
        continue-on-error: true
        shell: bash
        run: false | cat
  b:
    runs-on: ubuntu-latest
    defaults:
      run:
        shell: bash
        working-directory: sub
    steps:
      - run: mkdir -p "$GITHUB_WORKSPACE/sub/bin" && printf '#!/bin/sh\\necho tool ran\\n' > "$GITHUB_WORKSPACE/sub/bin/tool" && chmod +x "$GITHUB_WORKSPACE/sub/bin/tool"
        working-directory: .
      - run: |
          echo "cwd=$(basename "$PWD")"
          echo "$GITHUB_WORKSPACE/sub/bin" >> "$GITHUB_PATH"
      - run: tool
      - id: piped
        continue-on-error: true
        run: false | cat
`,
    });
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.step('a', 'implicit').outcome).toBe('success');
    expect(run.step('a', 'explicit').outcome).toBe('failure');
    const b = run.job('b').steps;
    expect(b[1].log).toContain('cwd=sub');
    expect(b[2].log).toContain('tool ran');
    expect(run.step('b', 'piped').outcome).toBe('failure');
  });

  it('keeps the default GITHUB_* variables whatever env: says, and lets others be set', async () => {
    // https://docs.github.com/en/actions/reference/variables-reference#default-environment-variables
    // "You can't overwrite the value of default environment variables named GITHUB_* and RUNNER_*."
    w = await world({
      'ci.yml': `
on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      GITHUB_REPOSITORY: someone/else
      RUNNER_OS: Windows
      GITHUB_TOKEN: passed-on-purpose
    steps:
      - run: echo "$GITHUB_REPOSITORY $RUNNER_OS $GITHUB_TOKEN"
`,
    });
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.job('a').steps[0].log).toContain('octo-org/service Linux passed-on-purpose');
  });

  it('offers an OIDC token request only to jobs with id-token: write', async () => {
    // https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings
    // "You won't be able to request the OIDC JWT ID token if the permissions for id-token is not
    // set to write"
    w = await world({
      'ci.yml': `
on: workflow_dispatch
jobs:
  signer:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - run: echo "url=\${ACTIONS_ID_TOKEN_REQUEST_URL:+set} token=\${ACTIONS_ID_TOKEN_REQUEST_TOKEN:+set}"
  plain:
    runs-on: ubuntu-latest
    steps:
      - run: echo "url=\${ACTIONS_ID_TOKEN_REQUEST_URL:-unset}"
`,
    });
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.job('signer').steps[0].log).toContain('url=set token=set');
    expect(run.job('plain').steps[0].log).toContain('url=unset');
  });

  it('records the environment with its url, and a protection rule can refuse the job', async () => {
    // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idenvironment
    // "You can provide the environment as only the environment name, or as an environment object
    // with the name and url."
    const asked: string[] = [];
    w = await world(
      {
        'ci.yml': `
on: workflow_dispatch
jobs:
  staging:
    runs-on: ubuntu-latest
    environment:
      name: staging
      url: \${{ steps.deploy.outputs.url }}
    steps:
      - id: deploy
        run: echo "url=https://staging.example" >> "$GITHUB_OUTPUT"
  production:
    needs: staging
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: echo deploying to production
`,
      },
      {
        environmentGate: (environment, job) => {
          asked.push(`${job}@${environment}`);
          return environment !== 'production';
        },
      },
    );
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    expect(asked).toEqual(['staging@staging', 'production@production']);
    expect(run.job('staging').environment).toEqual({ name: 'staging', url: 'https://staging.example' });
    expect(run.job('production')).toMatchObject({ result: 'failure', steps: [] });
    expect(run.job('production').error).toContain('rejected');
  });

  it('does not pass on a job output that holds a secret', async () => {
    // https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/passing-information-between-jobs
    // "Outputs containing secrets are redacted on the runner and not sent to GitHub Actions."
    w = await world(
      {
        'ci.yml': `
on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      leak: \${{ steps.s.outputs.leak }}
      fine: \${{ steps.s.outputs.fine }}
    steps:
      - id: s
        env:
          KEY: \${{ secrets.KEY }}
        run: |
          echo "leak=key is $KEY" >> "$GITHUB_OUTPUT"
          echo "fine=plain" >> "$GITHUB_OUTPUT"
`,
      },
      { secrets: { KEY: 'hunter2-hunter2' } },
    );
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.job('a').outputs).toEqual({ fine: 'plain' });
  });

  it('limits a hosted job to 6 hours, whatever timeout-minutes asks for', async () => {
    // https://docs.github.com/en/actions/reference/limits
    // "Each job in a workflow can run for up to 6 hours of execution time."
    w = await world(
      {
        'ci.yml': `
on: workflow_dispatch
jobs:
  long:
    runs-on: ubuntu-latest
    timeout-minutes: 1440
    steps:
      - run: sleep 3600
`,
      },
      // 6 hours pass in 0.6 s.
      { factor: 36_000 },
    );
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.job('long').error).toBe('The job has exceeded the maximum execution time of 360 minutes.');
  });
});
