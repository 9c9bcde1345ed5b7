import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { world, type World } from './world.js';

// Each test starts processes (bash, Node 24 bundles, gh) on a machine shared with other suites.
jest.setTimeout(30_000);

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

const called = `
on:
  workflow_call:
    inputs:
      environment:
        type: string
        required: true
      replicas:
        type: number
        default: 2
      dry-run:
        type: boolean
        default: false
      label:
        type: string
        default: \${{ github.event_name }}-deploy
    secrets:
      deploy-key:
        required: true
      optional-token:
        required: false
    outputs:
      url:
        description: where it went
        value: \${{ jobs.deploy.outputs.url }}
      verdict:
        value: \${{ jobs.verify.outputs.verdict || 'none' }}
jobs:
  deploy:
    runs-on: ubuntu-latest
    outputs:
      url: https://\${{ inputs.environment }}.example/\${{ inputs.replicas }}
    steps:
      - name: inputs and secrets as the called workflow sees them
        env:
          KEY: \${{ secrets.deploy-key }}
          OPTIONAL: \${{ secrets.optional-token }}
          UNDECLARED: \${{ secrets.REPO_ONLY }}
          DRY: \${{ inputs.dry-run }}
          DRY_IS_BOOLEAN: \${{ inputs.dry-run == false }}
          REPLICAS_PLUS: \${{ inputs.replicas > 1 }}
          LABEL: \${{ inputs.label }}
        run: |
          echo "key=[$KEY] optional=[$OPTIONAL] undeclared=[$UNDECLARED]"
          echo "dry=$DRY boolean=$DRY_IS_BOOLEAN more-than-one=$REPLICAS_PLUS label=$LABEL"
  verify:
    needs: deploy
    runs-on: ubuntu-latest
    outputs:
      verdict: \${{ steps.v.outputs.verdict }}
    steps:
      - id: v
        run: echo "verdict=healthy" >> "$GITHUB_OUTPUT"
`;

const caller = `
on: workflow_dispatch
jobs:
  deploy:
    uses: ./.github/workflows/called.yml
    with:
      environment: staging
    secrets:
      deploy-key: \${{ secrets.DEPLOY_KEY }}
  after:
    needs: deploy
    runs-on: ubuntu-latest
    steps:
      - run: echo "url=$URL verdict=$VERDICT result=$RESULT"
        env:
          URL: \${{ needs.deploy.outputs.url }}
          VERDICT: \${{ needs.deploy.outputs.verdict }}
          RESULT: \${{ needs.deploy.result }}
`;

describe('reusable workflows', () => {
  it('types and defaults workflow_call inputs, passes only declared secrets, and maps outputs from its jobs', async () => {
    // https://docs.github.com/en/actions/sharing-automations/reusing-workflows#using-outputs-from-a-reusable-workflow
    // "Reusable workflows may generate data that you want to use in the caller workflow. To use
    // those outputs, you must specify them as the outputs of the reusable workflow."
    // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idsecrets
    // "When a job is used to call a reusable workflow, you can use secrets to provide a map of
    // secrets that are passed to the called workflow." A repository secret the caller does not map
    // is empty inside.
    w = await world(
      { 'called.yml': called, 'caller.yml': caller },
      { secrets: { DEPLOY_KEY: 'k3y-value', REPO_ONLY: 'not-for-the-callee' } },
    );
    const run = await w.engine.dispatch('.github/workflows/caller.yml', { actor: 'deployer' });
    await run.completed;
    run.assertSuccess();
    const log = run.job('deploy/deploy').steps[0].log;
    // The secret reached the job and is masked in its log; the unmapped one did not reach it.
    expect(log).toContain('key=[***] optional=[] undeclared=[]');
    expect(log).toContain('dry=false boolean=true more-than-one=true label=workflow_dispatch-deploy');
    expect(run.job('deploy').outputs).toEqual({ url: 'https://staging.example/2', verdict: 'healthy' });
    expect(run.job('after').steps[0].log).toContain(
      'url=https://staging.example/2 verdict=healthy result=success',
    );
  });

  it('passes every secret of the caller with secrets: inherit', async () => {
    // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idsecretsinherit
    // "Use the inherit keyword to pass all the calling workflow's secrets to the called workflow."
    w = await world(
      {
        'called.yml': called,
        'caller.yml': caller.replace(
          '    secrets:\n      deploy-key: ${{ secrets.DEPLOY_KEY }}\n',
          '    secrets: inherit\n',
        ),
      },
      { secrets: { 'deploy-key': 'k3y-value', REPO_ONLY: 'also-inherited' } },
    );
    const run = await w.engine.dispatch('.github/workflows/caller.yml', { actor: 'deployer' });
    await run.completed;
    run.assertSuccess();
    expect(run.job('deploy/deploy').steps[0].log).toContain('key=[***] optional=[] undeclared=[***]');
  });

  it('refuses to start when a required input or secret is missing, naming it', async () => {
    w = await world({
      'called.yml': called,
      'caller.yml': caller.replace('      environment: staging\n', '      replicas: 3\n'),
    });
    await expect(w.engine.dispatch('.github/workflows/caller.yml', { actor: 'deployer' })).rejects.toThrow(
      /Input environment is required, but not provided while calling/,
    );
  });

  it('fails the run before any job when a called job asks for more permissions than its caller has', async () => {
    // https://docs.github.com/en/actions/sharing-automations/reusing-workflows#access-and-permissions
    // "The GITHUB_TOKEN permissions passed from the caller workflow can be only downgraded (not
    // elevated) by the called workflow." GitHub refuses such a run with "The nested job 'X' is
    // requesting 'Y: write', but is only allowed 'Y: read'" (actions/runner#4151).
    w = await world({
      'greedy.yml': `
on: workflow_call
permissions: {}
jobs:
  write:
    runs-on: ubuntu-latest
    permissions:
      issues: write
    steps:
      - run: echo should not run
`,
      'caller.yml': `
on: workflow_dispatch
jobs:
  call:
    uses: ./.github/workflows/greedy.yml
    permissions:
      issues: read
`,
    });
    const run = await w.engine.dispatch('.github/workflows/caller.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.conclusion).toBe('failure');
    expect(run.error).toContain(
      "The nested job 'write' is requesting 'issues: write', but is only allowed 'issues: read'",
    );
    expect(run.jobs).toEqual({});
  });
});
