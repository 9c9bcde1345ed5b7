/**
 * A simulated approver: a separate async task that behaves as a person would through GitHub's API. It
 * polls the open approval issues with its own token, waits until the gate has opened and sealed the
 * request for the expected version, reads it for a moment, and comments `/approve` (or `/deny`).
 */
export interface ApproverOptions {
  apiUrl: string;
  repository: string;
  login: string;
  token: string;
  /** Only an issue whose title contains this (the version) is answered. */
  titleContains: string;
  command: '/approve' | '/deny';
  reason: string;
  /** Real milliseconds to "read" the issue before commenting. */
  readingMs: number;
  /** Real milliseconds after which the approver gives up. */
  giveUpAfterMs: number;
  signal: AbortSignal;
}

export interface ApproverResult {
  issueNumber: number;
  commentUrl: string;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new Error('approver stopped'));
      },
      { once: true },
    );
  });

export async function simulateApprover(options: ApproverOptions): Promise<ApproverResult> {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${options.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `token ${options.token}`,
        accept: 'application/vnd.github+json',
        'content-type': 'application/json',
        'user-agent': `demo-approver-${options.login}`,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
    });
    if (!response.ok) throw new Error(`${method} ${path} as ${options.login}: HTTP ${response.status}`);
    return (await response.json()) as unknown;
  };
  const deadline = Date.now() + options.giveUpAfterMs;
  while (Date.now() < deadline) {
    const issues = (await call(
      'GET',
      `/repos/${options.repository}/issues?state=open&labels=deployment-approval&per_page=100`,
    )) as { number: number; title: string }[];
    const issue = issues.find((i) => i.title.includes(options.titleContains));
    if (issue) {
      // A person reads the request before answering; only comments after the request count.
      await sleep(options.readingMs, options.signal);
      const comment = (await call('POST', `/repos/${options.repository}/issues/${issue.number}/comments`, {
        body: `${options.command} ${options.reason}`,
      })) as { html_url: string };
      return { issueNumber: issue.number, commentUrl: comment.html_url };
    }
    await sleep(200, options.signal);
  }
  throw new Error(`${options.login} found no approval issue for ${options.titleContains}`);
}
