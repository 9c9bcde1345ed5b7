import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REPO, world, type World } from './world.js';

// Each test starts processes (bash, Node 24 bundles, gh) on a machine shared with other suites.
jest.setTimeout(30_000);

let w: World | undefined;
let server: Server | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8';
const UPLOAD = 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02';

async function service(): Promise<string> {
  server = createServer((req, res) => {
    if (req.url === '/healthz') res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    else res.writeHead(404).end('no');
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('steps', () => {
  it('runs our action bundles with inputs and defaults, after a checkout of the repository, and uploads artifacts', async () => {
    const url = await service();
    w = await world(
      {
        'smoke.yml': `
on: workflow_dispatch
permissions:
  contents: read
jobs:
  smoke:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          sparse-checkout: .github/smoke
      - run: test -f .github/smoke/checks.yml && test ! -e docs/big.md && test -f README.md
      - id: smoke
        uses: shipgate/shipgate/actions/smoke-test@v1
        with:
          checks-file: .github/smoke/checks.yml
          base-url: \${{ vars.BASE_URL }}
          retries: 0
          report-file: smoke.json
      - uses: ${UPLOAD}
        with:
          name: smoke-report
          path: smoke.json
    outputs:
      result: \${{ steps.smoke.outputs.result }}
      passed: \${{ steps.smoke.outputs.passed }}
`,
      },
      {
        vars: { BASE_URL: url },
        files: {
          'README.md': '# service\n',
          'docs/big.md': 'not checked out\n',
          '.github/smoke/checks.yml': '- name: health\n  url: /healthz\n  expect:\n    status: 200\n',
        },
      },
    );
    const run = await w.engine.dispatch('.github/workflows/smoke.yml', { actor: 'deployer' });
    await run.completed;
    run.assertSuccess();
    expect(run.job('smoke').outputs).toEqual({ result: 'passed', passed: '1' });
    expect(run.job('smoke').summary).toContain('health');
    const report = JSON.parse(
      run.artifacts.get('smoke-report')!.get('smoke.json')!.toString('utf8'),
    ) as unknown;
    expect(report).toMatchObject({ result: 'passed' });
  });

  it('fails a step that uses an action the engine does not provide, saying so', async () => {
    w = await world({
      'ci.yml': `
on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: someone/something@v1
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
  c:
    runs-on: ubuntu-latest
    steps:
      - uses: shipgate/shipgate/actions/no-such-action@v1
`,
    });
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    expect(run.conclusion).toBe('failure');
    expect(run.job('a').steps[0].log).toMatch(
      /uses: someone\/something@v1 is not available in the shipgate test engine/,
    );
    expect(run.job('b').steps[0].log).toMatch(/must be pinned to a full-length commit SHA/);
    expect(run.job('c').steps[0].log).toMatch(/has no action 'no-such-action'/);
    expect(run.job('a').steps[0].annotations).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringContaining('someone/something@v1') }),
    ]);
    expect(run.explain()).toContain('someone/something@v1 is not available');
  });

  it('masks secrets and ::add-mask:: values, and sets GITHUB_TOKEN only where a step passes it', async () => {
    // https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#using-the-github_token-in-a-workflow
    // "You can use the GITHUB_TOKEN by using the standard syntax for referencing secrets:
    // ${{ secrets.GITHUB_TOKEN }}." — it is not in a step's environment unless passed.
    w = await world(
      {
        'ci.yml': `
on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "token env [\${GITHUB_TOKEN:-unset}]"
          echo "::add-mask::generated-s3cret"
          echo "the generated value is generated-s3cret"
          echo "the repo secret is $SECRET"
        env:
          SECRET: \${{ secrets.API_KEY }}
      - run: test -n "$GITHUB_TOKEN" && test "$GITHUB_TOKEN" = "$SAME" && echo "token [$GITHUB_TOKEN]"
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
          SAME: \${{ github.token }}
`,
      },
      { secrets: { API_KEY: 'sup3r-secret-key' } },
    );
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    run.assertSuccess();
    const [first, second] = run.job('a').steps;
    expect(first.log).toContain('token env [unset]');
    expect(first.log).toContain('the generated value is ***');
    expect(first.log).toContain('the repo secret is ***');
    expect(first.log).not.toContain('add-mask');
    expect(second.log).toContain('token [***]');
    expect(run.log()).not.toMatch(/sup3r-secret-key|generated-s3cret/);
  });

  it('gives run steps a gh api that speaks to the emulator and fails on HTTP errors and other subcommands', async () => {
    w = await world({
      'ci.yml': `
on: workflow_dispatch
permissions:
  issues: write
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: \${{ github.token }}
    steps:
      - id: create
        env:
          GH_TOKEN: \${{ secrets.DEPLOYER_TOKEN }}
        run: |
          number=$(gh api "repos/$GITHUB_REPOSITORY/issues" -f title="from gh" -f 'labels[]=one' -f 'labels[]=two' --jq .number)
          echo "number=$number" >> "$GITHUB_OUTPUT"
      - run: |
          gh api "repos/{owner}/{repo}/issues/$NUMBER" --jq '[.title, (.labels | map(.name) | join("+"))] | join(" ")'
        env:
          NUMBER: \${{ steps.create.outputs.number }}
      - id: missing
        continue-on-error: true
        run: gh api "repos/$GITHUB_REPOSITORY/issues/999"
      - id: other
        continue-on-error: true
        run: gh pr list
      - id: untokened
        continue-on-error: true
        run: GH_TOKEN= gh api /rate_limit
`,
    });
    // A personal token in a secret, as a user would store one (labels need triage access).
    w.engine.secrets.DEPLOYER_TOKEN = w.emulator.tokenFor('deployer');
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    run.assertSuccess();
    const steps = run.job('a').steps;
    const number = Number(steps[0].outputs.number);
    expect(w.emulator.issue(REPO, number)).toMatchObject({ title: 'from gh', labels: ['one', 'two'] });
    expect(steps[1].log.trim()).toBe('from gh one+two');
    expect(steps[2]).toMatchObject({ outcome: 'failure', exitCode: 1 });
    expect(steps[2].log).toContain('gh: Not Found (HTTP 404)');
    expect(steps[3].log).toContain("only 'gh api' is emulated");
    expect(steps[4].log).toContain('set the GH_TOKEN environment variable');
  });

  it('runs the gh api calls of deploy.yml as written: typed fields, an empty array, pagination', async () => {
    w = await world({
      'ci.yml': `
on: workflow_dispatch
permissions:
  deployments: write
  issues: read
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: \${{ github.token }}
      REPOSITORY: \${{ github.repository }}
      SHA: \${{ github.sha }}
    steps:
      - id: deployment
        run: |
          id=$(gh api "repos/$REPOSITORY/deployments" -X POST \\
            -f ref="$SHA" -f environment="staging" -f description="shipgate: 1.2.3" \\
            -F auto_merge=false -f 'required_contexts[]' --jq .id)
          echo "id=$id" >> "$GITHUB_OUTPUT"
      - run: |
          gh api "repos/$REPOSITORY/deployments/$ID/statuses" -X POST -f state=failure -f description="rolled back" >/dev/null
        env:
          ID: \${{ steps.deployment.outputs.id }}
      - run: gh api "repos/$REPOSITORY/issues?state=all&per_page=20" --paginate --jq 'length'
`,
    });
    for (let i = 0; i < 45; i++) w.emulator.addIssue(REPO, { title: `issue ${i}`, user: 'alice' });
    const run = await w.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer' });
    await run.completed;
    run.assertSuccess();
    const deployment = w.emulator.repo(REPO).deployments[0];
    expect(deployment).toMatchObject({ environment: 'staging', sha: w.emulator.ref(REPO, 'heads/main') });
    expect(String(deployment.id)).toBe(run.step('a', 'deployment').outputs.id);
    // One line per page of 20: 20, 20, 5.
    expect(run.job('a').steps[2].log.trim().split('\n')).toEqual(['20', '20', '5']);
  });

  it('checks workflow_dispatch inputs as GitHub does and types them in the inputs context', async () => {
    // https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#onworkflow_dispatchinputs
    // "The inputs context preserves Boolean values as Booleans instead of converting them to strings."
    w = await world({
      'ci.yml': `
on:
  workflow_dispatch:
    inputs:
      tier:
        type: choice
        options: [low, high]
        default: low
      dry-run:
        type: boolean
        default: true
      version:
        type: string
        required: true
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "tier=$T dry=$D typed=$TYPED event=$E version=$V"
        env:
          T: \${{ inputs.tier }}
          D: \${{ inputs.dry-run }}
          TYPED: \${{ inputs.dry-run == true }}
          E: \${{ github.event.inputs.dry-run == 'true' }}
          V: \${{ inputs.version }}
`,
    });
    const dispatch = (inputs: Record<string, string>) =>
      w!.engine.dispatch('.github/workflows/ci.yml', { actor: 'deployer', inputs });
    await expect(dispatch({})).rejects.toThrow("Required input 'version' not provided");
    await expect(dispatch({ version: '1', tier: 'medium' })).rejects.toThrow(
      "Provided value 'medium' for input 'tier' not in the list of allowed values",
    );
    await expect(dispatch({ version: '1', 'dry-run': 'yes' })).rejects.toThrow(/not a boolean/);
    await expect(dispatch({ version: '1', color: 'red' })).rejects.toThrow(
      'Unexpected inputs provided: ["color"]',
    );
    const run = await dispatch({ version: '1.2.3' });
    await run.completed;
    expect(run.job('a').steps[0].log).toContain('tier=low dry=true typed=true event=true version=1.2.3');
  });
});
