import * as core from '@actions/core';
import path from 'node:path';
import {
  CancelledError,
  GitHubClient,
  InputError,
  Notifier,
  Outputs,
  errorMessage,
  notificationsMarkdown,
  readNotifyTargets,
  formatDuration,
  runAction,
  writeJsonReport,
  writeSummary,
  type ActionContext,
  type Clock,
} from '@shipgate/core';
import { appAuthStrategy, readAppCredentials } from './app-auth.js';
import { ApproverDirectory, TeamAccessError, approverText } from './approvers.js';
import { IGNORED_TEXT, decisionComment, issueBody, issueTitle, jobSummary } from './issue-text.js';
import { readPolicy, ruleFromPolicy, type ApprovalRule } from './policy.js';
import type { Verdict } from './quorum.js';
import {
  bindingDigest,
  readRequestKey,
  readRequestMarker,
  requestKey,
  sameRequest,
  type DecisionRecord,
  type RecordedDecision,
  type RequestBinding,
} from './request-binding.js';
import {
  RequestIssue,
  findRequestIssues,
  gateIdentity,
  identityOf,
  isGate,
  type ApiIssue,
  type GateIdentity,
} from './request-issue.js';
import { announcedDecision, decidedEvent, requestedEvent } from './notifications.js';
import { judge, replyToEdited, type JudgeContext, type RequestState } from './request-state.js';
import { resumeRun } from './resume.js';
import { readRun, runMismatch, runRequesters } from './run-record.js';
import { issueNumberFromEvent, readSettings, requiredApprovals, type Settings } from './settings.js';
import { waitForDecision } from './wait.js';

type OutputName =
  | 'decision'
  | 'approved-by'
  | 'denied-by'
  | 'issue-number'
  | 'issue-url'
  | 'reason'
  | 'decided-at'
  | 'approvals';
type Decision = 'approved' | 'denied' | 'timed-out' | 'auto-approved' | 'pending';

/** What the gate concluded: outputs, the issue's closing record, whether the step fails. */
interface Outcome {
  decision: Decision;
  /** Recorded on the issue (closing comment, closed, locked); absent: leave the issue as it is. */
  record?: RecordedDecision;
  approvedBy: string[];
  deniedBy: string[];
  reason: string;
  verdict?: Verdict;
  fails: boolean;
  /** The step's error message when it is not `approval <decision>: <reason>` (bad input names the input). */
  failure?: string;
  /** Evaluate mode: the run to re-run once the approval is recorded. */
  resume?: RequestBinding;
}

export async function run(): Promise<void> {
  const outputs = new Outputs<OutputName>({
    decision: 'pending',
    'approved-by': '',
    'denied-by': '',
    'issue-number': '',
    'issue-url': '',
    reason: 'the approval gate stopped before deciding',
    'decided-at': '',
    approvals: '[]',
  });
  await runAction(outputs, async ({ inputs, context, clock, signal, github }) => {
    // Inputs: everything validated before the first request.
    const settings = readSettings(inputs, context);
    const app = readAppCredentials(inputs);
    const notifier = new Notifier(readNotifyTargets(inputs), {
      repository: settings.binding.repository,
      runUrl: context.runUrl,
      clock,
      signal,
    });
    if (settings.timeoutNote) core.warning(settings.timeoutNote);

    if (settings.mode !== 'evaluate' && settings.autoApproveTiers.includes(settings.riskTier)) {
      const reason = `risk tier ${settings.riskTier} is approved automatically (auto-approve-risk-tiers)`;
      outputs.set('decision', 'auto-approved');
      outputs.set('reason', reason);
      outputs.set('decided-at', new Date(clock.now()).toISOString());
      core.info(reason);
      notifier.notify(
        decidedEvent(settings.binding, 'auto-approved', {
          reason,
          approvedBy: [],
          deniedBy: [],
          issueUrl: '',
        }),
      );
      await writeSummary(
        jobSummary({
          decision: 'auto-approved',
          reason,
          issueUrl: '',
          issueNumber: '',
          minimumApprovals: 0,
          ruleSource: 'risk tier',
        }) + notificationsMarkdown(await notifier.settle()),
      );
      return;
    }

    // With app-id and app-private-key the gate is the App: it mints its installation token and renews
    // it in a long wait (installation tokens last an hour).
    const auth = app
      ? {
          token: '',
          authStrategy: appAuthStrategy(app, settings.issueRepository, {
            baseUrl: context.apiUrl,
            clock,
            log: core.info,
          }),
        }
      : { token: settings.token };
    const client = app
      ? new GitHubClient({
          ...auth,
          baseUrl: context.apiUrl,
          clock,
          signal,
          log: core.info,
          debug: core.debug,
        })
      : github(settings.token);
    // Cancellation aborts `client`; closing the issue afterwards needs a client of its own.
    const cleanupClient = new GitHubClient({
      ...auth,
      baseUrl: context.apiUrl,
      clock,
      log: core.info,
      requestTimeoutMs: 10_000,
      retries: 2,
    });
    const gate = new Gate(settings, context, client, cleanupClient, clock, signal, outputs, notifier);
    await gate.run();
  });
}

class Gate {
  private issue?: RequestIssue;
  private identity?: GateIdentity;
  private rule?: ApprovalRule;
  private digest?: string;
  /** The title and body this run wrote (wait mode): kept in memory, compared on every decision. */
  private wrote?: { title: string; body: string };
  /** Requesters GitHub's run record names (evaluate mode), counted as requesters besides the binding's. */
  private runRequesters: string[] = [];
  /** The repository being deployed: this run's, or in evaluate mode the one the request names. */
  private deployRepository: string;
  /** Whether this run opened the request issue (rather than finding an existing one). */
  private openedHere = false;
  /** The request being decided (evaluate mode reads it from the issue), for the notifications. */
  private request?: RequestBinding;

  constructor(
    private readonly settings: Settings,
    private readonly context: ActionContext,
    private readonly client: GitHubClient,
    private readonly cleanupClient: GitHubClient,
    private readonly clock: Clock,
    private readonly signal: AbortSignal,
    private readonly outputs: Outputs<OutputName>,
    private readonly notifier: Notifier,
  ) {
    this.deployRepository = settings.binding.repository;
  }

  async run(): Promise<void> {
    let outcome: Outcome;
    try {
      // A wait that opens its own issue learns its identity from that issue's author; otherwise ask.
      if (this.settings.mode !== 'wait' || this.settings.issueNumber !== undefined)
        this.identity = await gateIdentity(this.client);
      const emergency = this.settings.emergencyReason ? await this.emergencySkip() : undefined;
      outcome = emergency
        ? emergency
        : this.settings.mode === 'wait'
          ? await this.waitMode()
          : this.settings.mode === 'request'
            ? await this.requestMode()
            : await this.evaluateMode();
    } catch (error) {
      // Cancellation, a persistent API error, a token that cannot read teams: never a pass. A request
      // this run opened is closed with the reason; a configuration error (bad policy file, a token that
      // cannot read teams) leaves an existing request alone, for a fixed workflow to decide.
      const cancelled = error instanceof CancelledError || this.signal.aborted;
      const configuration = error instanceof InputError || error instanceof TeamAccessError;
      outcome = {
        decision: 'pending',
        record:
          this.issue && (this.openedHere || !configuration)
            ? cancelled
              ? 'cancelled'
              : 'failed'
            : undefined,
        approvedBy: [],
        deniedBy: [],
        reason: cancelled ? `cancelled: ${errorMessage(error)}` : errorMessage(error),
        fails: true,
        failure: error instanceof InputError ? error.message : undefined,
      };
    }
    await this.finish(outcome);
  }

  /**
   * An emergency change (emergency-reason) skips approval only when the policy's rule for the
   * environment says so (`emergency: { skip-approval: true, by: [...] }`) and everyone who started
   * this run (actor and, for a re-run, the triggering actor) is one of `by` with write access, checked
   * now. Otherwise it is asked for like any other change (undefined), with a warning saying why.
   */
  private async emergencySkip(): Promise<Outcome | undefined> {
    const { settings, context } = this;
    const rule = await this.ruleFor(settings.environment);
    const reason = settings.emergencyReason!;
    if (!rule.emergency?.skipApproval) {
      core.warning(
        `emergency change: ${rule.source} does not let an emergency skip approval; asking for approval`,
      );
      return undefined;
    }
    const [owner, repo] = this.deployRepository.split('/');
    const directory = new ApproverDirectory(this.client, rule.emergency.by, { owner, repo });
    await directory.checkTeamsReadable();
    const people = [
      ...new Set([context.actor, context.triggeringActor].filter(Boolean).map((l) => l.toLowerCase())),
    ];
    const facts = await directory.facts(people);
    const refused = people.filter((login) => !(facts.get(login)?.listed && facts.get(login)?.canWrite));
    if (refused.length > 0) {
      core.warning(
        `emergency change: ${refused.join(', ')} may not skip approval (${rule.source} allows ` +
          `${rule.emergency.by.map(approverText).join(', ')} with write access); asking for approval`,
      );
      return undefined;
    }
    this.outputs.set('decided-at', new Date(this.clock.now()).toISOString());
    return {
      decision: 'auto-approved',
      approvedBy: [],
      deniedBy: [],
      reason: `emergency change by ${people.join(', ')}, approval skipped as ${rule.source} allows: ${reason}`,
      fails: false,
    };
  }

  /** The approvers and minimum for an environment: the policy file from the default branch wins. */
  private async ruleFor(environment: string): Promise<ApprovalRule> {
    const { settings } = this;
    let rule: ApprovalRule = {
      approvers: settings.approvers,
      minimumApprovals: settings.minimumApprovals,
      roles: settings.roles,
      source: 'inputs',
    };
    if (settings.policyFile) {
      const [owner, repo] = this.deployRepository.split('/');
      const { text } = await readPolicy(this.client, { owner, repo }, settings.policyFile);
      rule = await ruleFromPolicy(text, settings.policyFile, environment);
    }
    const minimumApprovals = requiredApprovals(rule.minimumApprovals, settings.riskTier);
    this.rule = { ...rule, minimumApprovals };
    const [owner, repo] = this.deployRepository.split('/');
    await new ApproverDirectory(
      this.client,
      rule.approvers,
      { owner, repo },
      rule.roles,
    ).checkTeamsReadable();
    core.info(
      `approvers (${rule.source}): ${rule.approvers.map(approverText).join(', ')}; ${minimumApprovals} approval(s) needed` +
        rule.roles
          .map((r) => `; role ${r.role}: ${r.needed} of ${r.holders.map(approverText).join(', ')}`)
          .join(''),
    );
    return this.rule;
  }

  private judgeContext(
    rule: ApprovalRule,
    gateUserId: number,
    accepts?: JudgeContext['accepts'],
  ): JudgeContext {
    const [owner, repo] = this.deployRepository.split('/');
    return {
      gateUserId,
      accepts,
      wrote: this.wrote,
      serverUrl: this.context.serverUrl,
      directory: new ApproverDirectory(this.client, rule.approvers, { owner, repo }, rule.roles),
      minimumApprovals: rule.minimumApprovals,
      roles: Object.fromEntries(rule.roles.map((r) => [r.role, r.needed])),
      allowSelfApproval: this.settings.allowSelfApproval,
      // In evaluate mode this run's actor is whoever commented: the requesters are the request's.
      requesters: [
        ...(this.settings.mode === 'evaluate' ? [] : this.settings.binding.requesters),
        ...this.runRequesters,
      ],
      timeoutMs: this.settings.timeoutMs,
    };
  }

  private useIssue(data: ApiIssue): RequestIssue {
    this.issue = new RequestIssue(this.client, this.settings.issueRepository, data.number);
    this.outputs.set('issue-number', data.number);
    this.outputs.set('issue-url', data.html_url);
    return this.issue;
  }

  /** Opens the request issue; in wait mode its title and body are kept in memory to compare. */
  private async openRequest(rule: ApprovalRule): Promise<{ issue: RequestIssue; data: ApiIssue }> {
    const { settings, context } = this;
    const title = issueTitle(settings.binding, settings.issueTitle);
    const body = issueBody({
      binding: settings.binding,
      approvers: rule.approvers,
      minimumApprovals: rule.minimumApprovals,
      roles: rule.roles,
      riskTier: settings.riskTier,
      serverUrl: context.serverUrl,
      extraBody: settings.issueBody,
      checksReport: settings.checksReport,
      allowSelfApproval: settings.allowSelfApproval,
      reactions: settings.reactions,
      timeoutText: settings.mode === 'wait' ? formatDuration(settings.timeoutMs) : undefined,
    });
    const opened = await RequestIssue.open(this.client, settings.issueRepository, {
      title,
      body,
      labels: settings.labels,
    });
    const issue = this.useIssue(opened.data);
    this.identity ??= identityOf(opened.data);
    this.openedHere = true;
    this.digest = bindingDigest(settings.binding);
    if (settings.mode === 'wait') this.wrote = { title, body };
    core.info(`opened request issue #${opened.data.number}: ${opened.data.html_url}`);
    this.notifier.notify(
      requestedEvent(
        settings.binding,
        { number: opened.data.number, url: opened.data.html_url },
        { minimumApprovals: rule.minimumApprovals, approvers: rule.approvers.map(approverText) },
      ),
    );
    return { issue, data: opened.data };
  }

  private gateUserIdOf(data: ApiIssue): number | undefined {
    return isGate(this.identity!, data.user) ? data.user!.id : undefined;
  }

  /** An existing issue named by issue-number, or found by this run's request key (re-run attempts). */
  private async existingRequest(): Promise<ApiIssue | undefined> {
    const { settings } = this;
    if (settings.issueNumber !== undefined) {
      const { data } = await this.client.api.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
        ...settings.issueRepository,
        issue_number: settings.issueNumber,
      });
      return data as ApiIssue;
    }
    const key = requestKey(settings.binding);
    const found = await findRequestIssues(
      this.client,
      settings.issueRepository,
      settings.labels[0],
      this.identity!.login,
      (issue) => readRequestKey(issue.body) === key && this.gateUserIdOf(issue) !== undefined,
    );
    return found[0];
  }

  private accepts = (binding: RequestBinding) =>
    this.digest ? bindingDigest(binding) === this.digest : sameRequest(binding, this.settings.binding);

  /**
   * An issue this run did not open is trusted as a request only if GitHub's record of the run it names
   * agrees with its binding (commit, requester, created before the issue). Returns why not, if not.
   */
  private async checkRunRecord(data: ApiIssue): Promise<string | undefined> {
    const binding = readRequestMarker(data.body);
    if (!binding) return undefined; // judge() says it is not a request
    const run = await readRun(this.client, binding);
    this.runRequesters = runRequesters(run);
    return runMismatch(binding, run, data.created_at);
  }

  private untrusted(data: ApiIssue, problem: string): Outcome {
    return {
      decision: 'pending',
      approvedBy: [],
      deniedBy: [],
      reason: `issue #${data.number} is not trusted as a request: ${problem}`,
      fails: true,
    };
  }

  private async waitMode(): Promise<Outcome> {
    const rule = await this.ruleFor(this.settings.environment);
    let data: ApiIssue;
    let issue: RequestIssue;
    if (this.settings.issueNumber !== undefined) {
      data = (await this.existingRequest())!;
      issue = this.useIssue(data);
    } else ({ issue, data } = await this.openRequest(rule));
    const gateUserId = this.gateUserIdOf(data);
    if (gateUserId === undefined) return this.notOurs(data);
    if (!this.openedHere) {
      const problem = await this.checkRunRecord(data);
      if (problem) return this.untrusted(data, problem);
    }
    const { result } = await waitForDecision({
      issue,
      client: this.client,
      reactions: this.settings.reactions,
      judgeContext: this.judgeContext(rule, gateUserId, this.accepts),
      clock: this.clock,
      signal: this.signal,
      timeoutMs: this.settings.timeoutMs,
      pollIntervalMs: this.settings.pollIntervalMs,
      log: core.info,
    });
    if (result.kind === 'timed-out') {
      if (result.state && 'digest' in result.state) this.digest = result.state.digest;
      return {
        decision: 'timed-out',
        record: 'timed-out',
        approvedBy: [],
        deniedBy: [],
        reason: `no decision within ${formatDuration(this.settings.timeoutMs)}${
          result.state?.kind === 'open' ? ` (${result.state.verdict.reason})` : ''
        }`,
        verdict: result.state?.kind === 'open' ? result.state.verdict : undefined,
        fails: true,
      };
    }
    return this.outcomeOf(result);
  }

  private async requestMode(): Promise<Outcome> {
    const rule = await this.ruleFor(this.settings.environment);
    const existing = await this.existingRequest();
    if (!existing) {
      await this.openRequest(rule);
      return {
        decision: 'pending',
        approvedBy: [],
        deniedBy: [],
        reason: 'approval requested; an issue_comment workflow in evaluate mode decides it',
        fails: false,
      };
    }
    const issue = this.useIssue(existing);
    const gateUserId = this.gateUserIdOf(existing);
    if (gateUserId === undefined) return this.notOurs(existing);
    core.info(`found request issue #${existing.number} for this run`);
    const problem = await this.checkRunRecord(existing);
    if (problem) return this.untrusted(existing, problem);
    return this.judgeOnce(issue, gateUserId, rule, this.accepts);
  }

  private async evaluateMode(): Promise<Outcome> {
    const number = this.settings.issueNumber ?? issueNumberFromEvent(this.context.event)!;
    const { data } = await this.client.api.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      ...this.settings.issueRepository,
      issue_number: number,
    });
    const issue = this.useIssue(data as ApiIssue);
    const gateUserId = this.gateUserIdOf(data as ApiIssue);
    if (gateUserId === undefined) {
      if (readRequestKey(data.body) === undefined) return this.notARequest(number);
      return this.notOurs(data as ApiIssue);
    }
    // The binding says which environment's rule applies and which run to resume; it is only text, so
    // GitHub's record of that run must agree with it before anything is decided or re-run.
    const binding = readRequestMarker((data as ApiIssue).body);
    if (!binding) return this.notARequest(number);
    this.deployRepository = binding.repository;
    this.request = binding;
    const problem = await this.checkRunRecord(data as ApiIssue);
    if (problem) return this.untrusted(data as ApiIssue, problem);
    // A caller that knows the commit being deployed (the `sha` input) accepts only a request for it.
    const expected = this.settings.expectedSha;
    if (expected && binding.sha.toLowerCase() !== expected)
      return this.untrusted(
        data as ApiIssue,
        `it asks to approve commit ${binding.sha.slice(0, 12)}, but sha is ${expected.slice(0, 12)}: an approval of one commit never approves another`,
      );
    const rule = await this.ruleFor(binding.environment);
    const wasOpen = (data as ApiIssue).state === 'open';
    const outcome = await this.judgeOnce(issue, gateUserId, rule);
    if (outcome.decision === 'approved' && wasOpen && outcome.record) outcome.resume = binding;
    return outcome;
  }

  /** Decides an existing request once (request and evaluate modes). */
  private async judgeOnce(
    issue: RequestIssue,
    gateUserId: number,
    rule: ApprovalRule,
    accepts?: JudgeContext['accepts'],
  ): Promise<Outcome> {
    const snapshot = await issue.snapshot({ reactions: this.settings.reactions });
    const state = await judge(snapshot, this.judgeContext(rule, gateUserId, accepts));
    if ('digest' in state) this.digest = state.digest;
    if (state.kind === 'closed' && this.expired(snapshot.issue))
      return {
        decision: 'timed-out',
        approvedBy: [],
        deniedBy: [],
        reason: `the request expired: no decision within ${formatDuration(this.settings.timeoutMs)} of ${snapshot.issue.created_at} (${state.verdict.reason})`,
        verdict: state.verdict,
        fails: true,
      };
    if (state.kind === 'open' && state.verdict.decision === 'pending' && this.expired(snapshot.issue)) {
      return {
        decision: 'timed-out',
        record: 'timed-out',
        approvedBy: [],
        deniedBy: [],
        reason: `the request expired: no decision within ${formatDuration(this.settings.timeoutMs)} of ${snapshot.issue.created_at} (${state.verdict.reason})`,
        verdict: state.verdict,
        fails: true,
      };
    }
    if (state.kind === 'open' && state.verdict.decision === 'pending') {
      await replyToEdited(issue, snapshot, state.verdict, gateUserId, new Set());
      return {
        decision: 'pending',
        approvedBy: state.verdict.approvals.map((v) => v.login),
        deniedBy: [],
        reason: state.verdict.reason,
        verdict: state.verdict,
        fails: false,
      };
    }
    return this.outcomeOf(state);
  }

  /** A request left undecided for `timeout` expires (request and evaluate modes). */
  private expired(issue: ApiIssue): boolean {
    return this.clock.now() > Date.parse(issue.created_at) + this.settings.timeoutMs;
  }

  private outcomeOf(state: RequestState): Outcome {
    if ('digest' in state) this.digest = state.digest;
    const none = { approvedBy: [], deniedBy: [] };
    switch (state.kind) {
      case 'not-a-request':
        return { ...none, decision: 'pending', reason: state.problem, fails: true };
      case 'tampered':
        return {
          ...none,
          decision: 'pending',
          record: 'failed',
          reason: `the request was tampered with: ${state.problem}`,
          fails: true,
        };
      case 'other-request':
        return {
          ...none,
          decision: 'pending',
          reason: `issue #${this.issue?.number} is the request of run ${state.binding.runId} (${state.binding.sha.slice(0, 12)}, ${state.binding.environment || 'no environment'}), not of this run: an approval of one request never approves another`,
          fails: true,
        };
      case 'closed': {
        if (state.byGate)
          return {
            ...none,
            decision: 'pending',
            reason: `the request issue was closed by the gate's identity (${state.by}) without a decision by approvers (${state.verdict.reason})`,
            verdict: state.verdict,
            fails: true,
          };
        return {
          ...none,
          decision: 'denied',
          record: 'denied',
          deniedBy: [state.by],
          reason: `the request issue was closed by ${state.by} without a decision`,
          verdict: state.verdict,
          fails: true,
        };
      }
      case 'open': {
        const { verdict } = state;
        return {
          decision: verdict.decision,
          // An issue already closed (an earlier attempt recorded it) is not recorded again.
          record: verdict.decision === 'pending' || state.closedBy ? undefined : verdict.decision,
          approvedBy: verdict.approvals.map((v) => v.login),
          deniedBy: verdict.denials.map((v) => v.login),
          reason: verdict.reason,
          verdict,
          fails: verdict.decision !== 'approved',
        };
      }
    }
  }

  private notOurs(data: ApiIssue): Outcome {
    return {
      decision: 'pending',
      approvedBy: [],
      deniedBy: [],
      reason: `issue #${data.number} was not opened by the gate's identity (${this.identity?.login ?? 'the token user'}), so it is not trusted as a request`,
      fails: true,
    };
  }

  private notARequest(number: number): Outcome {
    return {
      decision: 'pending',
      approvedBy: [],
      deniedBy: [],
      reason: `issue #${number} is not an approval request of this gate; nothing to do`,
      fails: false,
    };
  }

  /** Effects and outputs: the closing record on the issue, the job summary, the report, the step result. */
  private async finish(outcome: Outcome): Promise<void> {
    if (outcome.record && this.issue) {
      const record: DecisionRecord = {
        decision: outcome.record,
        binding: this.digest ?? bindingDigest(this.settings.binding),
        approvedBy: outcome.approvedBy,
        deniedBy: outcome.deniedBy,
        reason: outcome.reason,
      };
      const issue = this.issue.via(this.signal.aborted ? this.cleanupClient : this.client);
      try {
        await this.recordOn(issue, record, outcome.verdict);
      } catch (error) {
        // Could not record: the step fails, whatever was decided (never fail open).
        outcome.fails = true;
        outcome.reason += `; recording the decision on issue #${this.issue.number} failed: ${errorMessage(error)}`;
        outcome.resume = undefined;
      }
    }
    // The decision is on the issue before the waiting run is re-run, so the re-run finds it decided.
    if (outcome.resume) {
      const resumed = await resumeRun(this.client, outcome.resume, {
        clock: this.clock,
        signal: this.signal,
        log: core.info,
      });
      outcome.reason += `; ${resumed.message}`;
      if (!resumed.ok) outcome.fails = true;
    }
    const { outputs } = this;
    outputs.set('decision', outcome.decision);
    outputs.set('approved-by', outcome.approvedBy.join(','));
    outputs.set('denied-by', outcome.deniedBy.join(','));
    outputs.set('reason', outcome.reason);
    const announced = announcedDecision(outcome.decision, outcome.record);
    if (announced)
      this.notifier.notify(
        decidedEvent(this.request ?? this.settings.binding, announced, {
          reason: outcome.reason,
          approvedBy: outcome.approvedBy,
          deniedBy: outcome.deniedBy,
          issueUrl: outputs.get('issue-url'),
        }),
      );
    // Bounded (timeout × attempts); a failed notification is reported, never a failed step.
    const deliveries = await this.notifier.settle();
    // auto-approved reaches here only as an emergency skip (emergencySkip), which sets its own time.
    const decided = ['approved', 'denied', 'timed-out'].includes(outcome.decision);
    if (outcome.decision !== 'auto-approved')
      outputs.set('decided-at', decided ? new Date(this.clock.now()).toISOString() : '');
    outputs.set(
      'approvals',
      JSON.stringify(
        (outcome.verdict?.approvals ?? []).map((vote) => ({
          login: vote.login,
          id: vote.userId,
          at: vote.at,
          ...(vote.role ? { role: vote.role } : {}),
        })),
      ),
    );
    await writeSummary(
      jobSummary({
        decision: outcome.decision,
        reason: outcome.reason,
        issueUrl: outputs.get('issue-url'),
        issueNumber: outputs.get('issue-number'),
        minimumApprovals: this.rule?.minimumApprovals ?? 0,
        ruleSource: this.rule?.source ?? '',
        verdict: outcome.verdict,
      }) + notificationsMarkdown(deliveries),
    );
    const report = await writeJsonReport(path.join(this.context.runnerTemp, 'shipgate-approval-gate.json'), {
      decision: outcome.decision,
      reason: outcome.reason,
      approvedBy: outcome.approvedBy,
      deniedBy: outcome.deniedBy,
      issue: { number: outputs.get('issue-number'), url: outputs.get('issue-url') },
      request: this.settings.binding,
      requests: this.client.stats,
      notifications: deliveries,
    });
    // Why a command did not count is the first thing an approver asks; say it in the log too.
    for (const { comment, why } of outcome.verdict?.ignored ?? [])
      core.info(`not counted: ${comment.login} at ${comment.createdAt}: ${IGNORED_TEXT[why] ?? why}`);
    core.info(`decision: ${outcome.decision}: ${outcome.reason} (report: ${report})`);
    if (outcome.fails) core.setFailed(outcome.failure ?? `approval ${outcome.decision}: ${outcome.reason}`);
  }

  /** The closing comment (its marker is the record the next attempt reads), then close and lock. */
  private async recordOn(issue: RequestIssue, record: DecisionRecord, verdict?: Verdict): Promise<void> {
    await issue.comment(decisionComment(record, verdict, this.context.runUrl));
    await issue.close(record.decision === 'approved' ? 'completed' : 'not_planned');
    await issue.lock();
  }
}
