import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GitHubClient, VirtualClock } from '../../../packages/core/src/index.js';
import { startEmulator, type GitHubEmulator } from '../../harness/emulator/index.js';
import {
  ApproverDirectory,
  TeamAccessError,
  parseApprovers,
} from '../../../actions/approval-gate/src/approvers.js';
import { gateIdentity, isGate } from '../../../actions/approval-gate/src/request-issue.js';
import { assertValid } from '../../e2e/approval-gate/helpers.js';

const REPO = { owner: 'octo-org', repo: 'service' };
const REPO_NAME = 'octo-org/service';
let emulator: GitHubEmulator;
const client = (login: string) =>
  new GitHubClient({
    token: emulator.tokenFor(login),
    baseUrl: emulator.url,
    clock: new VirtualClock(),
    retries: 1,
  });

beforeAll(async () => {
  emulator = await startEmulator();
  emulator.addUser('gate', { canReadOrg: true });
  emulator.addUser('outsider');
  for (const login of ['admin-al', 'maint-mo', 'write-wu', 'triage-ty', 'read-ro', 'none-ni', 'team-tam'])
    emulator.addUser(login);
  emulator.addRepo('octo-org/service');
  emulator.setPermission('octo-org/service', 'admin-al', 'admin');
  emulator.setPermission('octo-org/service', 'maint-mo', 'maintain');
  emulator.setPermission('octo-org/service', 'write-wu', 'write');
  emulator.setPermission('octo-org/service', 'triage-ty', 'triage');
  emulator.setPermission('octo-org/service', 'read-ro', 'read');
  emulator.setPermission('octo-org/service', 'team-tam', 'write');
  emulator.addTeam('octo-org', 'sre', ['team-tam', 'read-ro']);
});
afterAll(async () => {
  assertValid(emulator);
  await emulator.stop();
});

describe('ApproverDirectory', () => {
  const everyone = ['admin-al', 'maint-mo', 'write-wu', 'triage-ty', 'read-ro', 'none-ni'];

  it('counts admin, maintain and write; not triage, read or none', async () => {
    const directory = new ApproverDirectory(client('gate'), parseApprovers(everyone, 'approvers'), REPO);
    const facts = await directory.facts(everyone);
    expect(Object.fromEntries([...facts].map(([login, f]) => [login, f.canWrite]))).toEqual({
      'admin-al': true,
      'maint-mo': true,
      'write-wu': true,
      'triage-ty': false,
      'read-ro': false,
      'none-ni': false,
    });
    expect([...facts.values()].every((f) => f.listed)).toBe(true);
  });

  it('lists team members at decision time, case-insensitively', async () => {
    const directory = new ApproverDirectory(
      client('gate'),
      parseApprovers(['Octo-Org/SRE'], 'approvers'),
      REPO,
    );
    const facts = await directory.facts(['Team-Tam', 'write-wu']);
    expect(facts.get('team-tam')).toEqual({ listed: true, canWrite: true, roles: [] });
    expect(facts.get('write-wu')).toEqual({ listed: false, canWrite: false, roles: [] });
  });

  it('a token that cannot read org members is an error saying so, never "not a member"', async () => {
    const directory = new ApproverDirectory(
      client('outsider'),
      parseApprovers(['octo-org/sre'], 'approvers'),
      REPO,
    );
    await expect(directory.facts(['team-tam'])).rejects.toThrow(TeamAccessError);
    await expect(directory.checkTeamsReadable()).rejects.toThrow(
      /team octo-org\/sre \(HTTP 404\).*lacks the organization permission Members: read.*read:org/,
    );
  });

  it('a failing permission lookup throws (fails closed) instead of answering no or yes', async () => {
    emulator.injectFault({ method: 'GET', path: /\/permission$/, status: 500, times: 10 });
    const directory = new ApproverDirectory(client('gate'), parseApprovers(['write-wu'], 'approvers'), REPO);
    await expect(directory.facts(['write-wu'])).rejects.toMatchObject({ status: 500 });
    emulator.clearFaults();
  });
});

describe('gateIdentity', () => {
  it('is the token user, matched by id', async () => {
    const identity = await gateIdentity(client('gate'));
    expect(identity).toMatchObject({ login: 'gate' });
    expect(isGate(identity, { id: identity.id!, login: 'renamed' })).toBe(true);
    expect(isGate(identity, { id: identity.id! + 1, login: 'gate' })).toBe(false);
  });

  it('comes from the token itself for every kind: user, workflow and App installation tokens', async () => {
    const workflow = emulator.workflowToken(REPO_NAME, { permissions: { issues: 'write' } });
    const app = emulator.appInstallationToken('shipgate-approvals', {
      repositories: [REPO_NAME],
      permissions: { issues: 'write' },
    });
    const as = (token: string) => new GitHubClient({ token, baseUrl: emulator.url, retries: 0 });
    expect(await gateIdentity(as(workflow))).toEqual({ id: 41898282, login: 'github-actions[bot]' });
    const bot = await gateIdentity(as(app.token));
    expect(bot.login).toBe('shipgate-approvals[bot]');
    expect(bot.id).toBeGreaterThan(0);
    expect(isGate(bot, { id: 41898282, login: 'github-actions[bot]', type: 'Bot' })).toBe(false);
  });
});
