import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import type {
  EventsConfig,
  WorkflowJob,
  WorkflowTemplate,
} from '@actions/workflow-parser/model/workflow-template';
import { isMapping, isSequence, isString } from '@actions/workflow-parser';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';

/**
 * A workflow file parsed and converted by GitHub's own parser (@actions/workflow-parser, the one the
 * Actions VS Code extension uses). Its model leaves out keys the engine needs (permissions,
 * timeout-minutes, defaults, a step's with/shell/working-directory), so those are read from the
 * parsed template tokens, which have been schema-checked all the same.
 */

export class WorkflowError extends Error {}

export interface StepSpec {
  id: string;
  /** true when the id was given in the file (only those are in the steps context). */
  explicitId: boolean;
  name?: TemplateToken;
  if: string;
  uses?: string;
  run?: TemplateToken;
  with?: TemplateToken;
  env?: TemplateToken;
  shell?: string;
  workingDirectory?: TemplateToken;
  continueOnError?: TemplateToken | boolean;
  timeoutMinutes?: TemplateToken;
}

export interface JobSpec {
  id: string;
  name?: TemplateToken;
  needs: string[];
  if: string;
  permissions?: TemplateToken;
  concurrency?: TemplateToken;
  environment?: TemplateToken;
  timeoutMinutes?: TemplateToken;
  continueOnError?: TemplateToken;
  env?: TemplateToken;
  defaults?: TemplateToken;
  outputs?: TemplateToken;
  strategy?: TemplateToken;
  runsOn?: TemplateToken;
  steps: StepSpec[];
  /** A reusable-workflow call (`uses:` at job level). */
  uses?: string;
  with?: TemplateToken;
  secrets?: TemplateToken;
  inheritSecrets: boolean;
  /** Keys present that the engine does not run (strategy.matrix, services, container). */
  unsupported: string[];
}

export interface WorkflowSpec {
  path: string;
  name: string;
  events: EventsConfig;
  /** on.workflow_call.outputs, which the parser's model does not carry. */
  callOutputs?: TemplateToken;
  callInputs?: TemplateToken;
  dispatchInputs?: TemplateToken;
  permissions?: TemplateToken;
  concurrency?: TemplateToken;
  env?: TemplateToken;
  defaults?: TemplateToken;
  jobs: JobSpec[];
}

export function child(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!token || !isMapping(token)) return undefined;
  for (let i = 0; i < token.count; i++) {
    const pair = token.get(i);
    if (isString(pair.key) && pair.key.value === key) return pair.value;
  }
  return undefined;
}

function literal(token: TemplateToken | undefined): string | undefined {
  return token && isString(token) ? token.value : undefined;
}

function steps(raw: TemplateToken | undefined, converted: WorkflowJob): StepSpec[] {
  if (converted.type !== 'job') return [];
  const rawSteps = child(raw, 'steps');
  return converted.steps.map((step, index) => {
    const source = rawSteps && isSequence(rawSteps) ? rawSteps.get(index) : undefined;
    const idGiven = literal(child(source, 'id'));
    return {
      id: step.id,
      explicitId: idGiven !== undefined,
      name: step.name,
      if: 'if' in step && step.if ? step.if.expression : 'success()',
      uses: 'uses' in step ? step.uses.value : undefined,
      run: 'run' in step ? step.run : undefined,
      with: child(source, 'with'),
      env: child(source, 'env'),
      shell: literal(child(source, 'shell')),
      workingDirectory: child(source, 'working-directory'),
      continueOnError: step['continue-on-error'],
      timeoutMinutes: child(source, 'timeout-minutes'),
    };
  });
}

function jobs(template: WorkflowTemplate, root: MappingToken): JobSpec[] {
  const rawJobs = child(root, 'jobs');
  return template.jobs.map((job) => {
    const raw = child(rawJobs, job.id.value);
    return {
      id: job.id.value,
      name: child(raw, 'name'),
      needs: (job.needs ?? []).map((n) => n.value),
      if: job.if.expression,
      permissions: child(raw, 'permissions'),
      concurrency: job.concurrency,
      environment: job.type === 'job' ? job.environment : undefined,
      timeoutMinutes: child(raw, 'timeout-minutes'),
      continueOnError: child(raw, 'continue-on-error'),
      env: job.type === 'job' ? job.env : undefined,
      defaults: child(raw, 'defaults'),
      outputs: job.type === 'job' ? job.outputs : undefined,
      strategy: job.strategy,
      runsOn: child(raw, 'runs-on'),
      steps: steps(raw, job),
      uses: job.type === 'reusableWorkflowJob' ? job.ref.value : undefined,
      with: job.type === 'reusableWorkflowJob' ? job['input-values'] : undefined,
      secrets: job.type === 'reusableWorkflowJob' ? job['secret-values'] : undefined,
      inheritSecrets: job.type === 'reusableWorkflowJob' && job['inherit-secrets'] === true,
      unsupported: [
        ...(child(job.strategy, 'matrix') ? ['strategy.matrix'] : []),
        ...['services', 'container'].filter((key) => child(raw, key) !== undefined),
      ],
    };
  });
}

/**
 * Parses `content` as GitHub does; schema errors, bad expressions, unknown `needs` and (with a file
 * provider) calls that pass undeclared or miss required inputs/secrets all throw a WorkflowError
 * listing GitHub's messages.
 */
export async function parseWorkflowFile(
  path: string,
  content: string,
  fileProvider?: FileProvider,
): Promise<WorkflowSpec> {
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  const fail = (messages: string[]) => {
    throw new WorkflowError(`invalid workflow file ${path}:\n- ${messages.join('\n- ')}`);
  };
  const parseErrors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parseErrors.length > 0 || !parsed.value) fail(parseErrors.length ? parseErrors : ['empty workflow']);
  const root = parsed.value!.assertMapping('workflow root');
  const template = await convertWorkflowTemplate(parsed.context, root, fileProvider, {
    fetchReusableWorkflowDepth: fileProvider ? 1 : 0,
  });
  const errors = (template.errors ?? []).map((e) => e.Message);
  if (errors.length > 0) fail(errors);
  const on = child(root, 'on');
  return {
    path,
    name: literal(child(root, 'name')) ?? path,
    events: template.events,
    callOutputs: child(child(on, 'workflow_call'), 'outputs'),
    callInputs: child(child(on, 'workflow_call'), 'inputs'),
    dispatchInputs: child(child(on, 'workflow_dispatch'), 'inputs'),
    permissions: child(root, 'permissions'),
    concurrency: child(root, 'concurrency'),
    env: child(root, 'env'),
    defaults: child(root, 'defaults'),
    jobs: jobs(template, root),
  };
}
