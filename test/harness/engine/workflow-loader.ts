import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMapping } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';
import { parseFileReference } from '@actions/workflow-parser/workflows/file-reference';
import { repoRoot } from '../runner.js';
import type { EngineEmulator } from './emulator-port.js';
import { asString, evaluateToken } from './expressions.js';
import type { InputSpec } from './inputs.js';
import { OWN_REPOSITORY } from './job.js';
import {
  excess,
  parsePermissions,
  repositoryDefault,
  type DefaultPermissions,
  type Permissions,
} from './permissions.js';
import type { Compiled } from './run.js';
import { child, parseWorkflowFile, WorkflowError, type WorkflowSpec } from './workflow-file.js';

/**
 * Loads a workflow and every reusable workflow it calls, as GitHub does before a run starts, and
 * refuses what GitHub refuses at that point (an invalid file, a nested job asking for more
 * permissions than its caller has).
 */

export class StartupFailure extends Error {}

export class WorkflowLoader {
  constructor(
    private readonly emulator: EngineEmulator,
    private readonly repo: string,
    private readonly defaultPermissions: DefaultPermissions = 'restricted',
  ) {}

  readAt(repo: string, commit: string, file: string): string {
    const entry = this.emulator.repo(repo).git.readPath(commit, file);
    if (!entry) throw new WorkflowError(`${repo}@${commit.slice(0, 7)} has no ${file}`);
    return entry.content.toString('utf8');
  }

  /**
   * `uses:` of a reusable workflow: ours (`shipgate/shipgate/.github/workflows/<f>@<ref>`) from this
   * checkout, a local one (`./.github/workflows/<f>`) from the emulated repository at the run's commit.
   */
  calledWorkflow(uses: string, sha: string): { path: string; content: string } {
    const ref = parseFileReference(uses);
    if (!('owner' in ref)) return { path: ref.path, content: this.readAt(this.repo, sha, ref.path) };
    if (`${ref.owner}/${ref.repository}`.toLowerCase() !== OWN_REPOSITORY)
      throw new WorkflowError(
        `uses: ${uses}: only ${OWN_REPOSITORY} and local reusable workflows are available in the engine`,
      );
    return { path: ref.path, content: readFileSync(path.join(repoRoot, ref.path), 'utf8') };
  }

  /** Reads called workflows for the parser; it hides why a read failed, so `errors` keeps that. */
  fileProvider(sha: string, errors: string[]): FileProvider {
    return {
      getFileContent: (ref) => {
        const uses =
          'owner' in ref ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : `./${ref.path}`;
        try {
          const file = this.calledWorkflow(uses, sha);
          return Promise.resolve({ name: file.path, content: file.content });
        } catch (error) {
          errors.push((error as Error).message);
          throw error;
        }
      },
    };
  }

  async compile(file: string, sha: string, content?: string, depth = 0): Promise<Compiled> {
    // "You can connect a maximum of four levels of workflows"
    // https://docs.github.com/en/actions/sharing-automations/reusing-workflows#nesting-reusable-workflows
    if (depth > 3) throw new WorkflowError(`${file}: reusable workflows nest more than four levels deep`);
    const providerErrors: string[] = [];
    const spec = await parseWorkflowFile(
      file,
      content ?? this.readAt(this.repo, sha, file),
      this.fileProvider(sha, providerErrors),
    ).catch((error: Error) => {
      throw providerErrors.length > 0
        ? new WorkflowError(`${error.message}\n- ${providerErrors.join('\n- ')}`)
        : error;
    });
    const calls = new Map<string, Compiled>();
    const refs = new Map<string, string>();
    for (const job of spec.jobs) {
      // Keys the engine cannot honour fail the run up front rather than being ignored.
      for (const key of job.unsupported)
        throw new WorkflowError(`${file}: job ${job.id}: ${key} is not supported by the engine`);
      if (!job.uses) continue;
      const called = this.calledWorkflow(job.uses, sha);
      calls.set(job.id, await this.compile(called.path, sha, called.content, depth + 1));
      refs.set(job.id, job.uses);
    }
    return { spec, calls, refs };
  }

  /** The inputs a workflow declares for `event`, from the file (the parser's model drops number inputs). */
  declaredInputs(
    spec: WorkflowSpec,
    event: 'workflow_dispatch' | 'workflow_call',
  ): Record<string, InputSpec & { defaultToken?: TemplateToken }> {
    const token = event === 'workflow_call' ? spec.callInputs : spec.dispatchInputs;
    const specs: Record<string, InputSpec & { defaultToken?: TemplateToken }> = {};
    if (!token || !isMapping(token)) return specs;
    for (let i = 0; i < token.count; i++) {
      const pair = token.get(i);
      const def = pair.value;
      const literal = (key: string) => {
        const t = child(def, key);
        return t && !t.isExpression ? evaluateToken(t, {}) : undefined;
      };
      const defaultToken = child(def, 'default');
      specs[asString(evaluateToken(pair.key, {}))] = {
        type: asString(literal('type') ?? 'string'),
        required: literal('required') === true,
        options: literal('options') as string[] | undefined,
        default: defaultToken && !defaultToken.isExpression ? evaluateToken(defaultToken, {}) : undefined,
        defaultToken: defaultToken?.isExpression ? defaultToken : undefined,
      };
    }
    return specs;
  }

  /** Nested jobs asking for more than their caller allows make GitHub refuse the whole run. */
  checkPermissions(compiled: Compiled, allowed: Permissions | undefined, where: string): void {
    const { spec } = compiled;
    for (const job of spec.jobs) {
      const own = parsePermissions(job.permissions, {}) ?? parsePermissions(spec.permissions, {});
      const effective = own ?? allowed ?? repositoryDefault(this.defaultPermissions);
      if (allowed && own) {
        const over = excess(own, allowed);
        if (over)
          throw new StartupFailure(
            `The workflow is not valid. ${where}: Error calling workflow '${where}'. The nested job '${job.id}' is requesting '${over.asked}', but is only allowed '${over.allowed}'.`,
          );
      }
      const called = compiled.calls.get(job.id);
      if (called)
        this.checkPermissions(called, allowed && !own ? allowed : effective, compiled.refs.get(job.id)!);
    }
  }
}
