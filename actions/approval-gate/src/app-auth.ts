import { createPrivateKey } from 'node:crypto';
import * as core from '@actions/core';
import { createAppAuth } from '@octokit/auth-app';
import { GitHubClient, InputError, type Clock, type Inputs } from '@shipgate/core';

/** A GitHub App the gate authenticates as, minting its own installation tokens. */
export interface AppCredentials {
  appId: number;
  privateKey: string;
}

const KEY_EXPECTED =
  "the App's private key as GitHub generated it, a PEM block from -----BEGIN RSA PRIVATE KEY----- to " +
  '-----END RSA PRIVATE KEY----- (pass it as a secret: ${{ secrets.APPROVAL_APP_KEY }})';

/** Reads app-id and app-private-key: both or neither; the key must parse as a PEM private key. */
export function readAppCredentials(inputs: Inputs): AppCredentials | undefined {
  const id = inputs.optionalString('app-id');
  const key = inputs.optionalString('app-private-key');
  if (key) for (const line of [key, ...key.split(/\r?\n/)]) if (line.trim()) core.setSecret(line.trim());
  if (!id && !key) return undefined;
  if (!id)
    throw new InputError(
      'app-id',
      'is empty but app-private-key is given',
      "the App's numeric id, such as 123456",
    );
  if (!/^\d{1,12}$/.test(id.trim()) || Number(id) < 1)
    throw new InputError('app-id', `'${id}' is not an App id`, "the App's numeric id, such as 123456");
  if (!key) throw new InputError('app-private-key', 'is empty but app-id is given', KEY_EXPECTED);
  // Secrets often arrive with literal \n instead of line breaks.
  const pem = key.includes('\\n') && !key.includes('\n') ? key.replace(/\\n/g, '\n') : key;
  try {
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) throw new Error('no PEM header');
    createPrivateKey(pem);
  } catch {
    throw new InputError('app-private-key', 'is not a PEM private key', KEY_EXPECTED);
  }
  return { appId: Number(id), privateKey: pem };
}

/** Renew this long before an installation token expires (they last one hour). */
const RENEW_BEFORE_MS = 5 * 60_000;

/**
 * An Octokit auth strategy that mints an installation token of the App for `repository` and renews it
 * before it expires, on the run's clock (a wait can outlast the token's hour). The JWT is timed by the
 * same clock. https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app
 */
export function appAuthStrategy(
  credentials: AppCredentials,
  repository: { owner: string; repo: string },
  options: { baseUrl: string; clock: Clock; log: (line: string) => void },
) {
  // A client without a token of its own, for the App's JWT requests.
  const plain = new GitHubClient({ token: '', baseUrl: options.baseUrl, clock: options.clock, retries: 2 });
  let current: { token: string; expiresAt: number } | undefined;
  let installationId: number | undefined;
  let pending: Promise<string> | undefined;
  const app = () =>
    createAppAuth({
      appId: credentials.appId,
      privateKey: credentials.privateKey,
      request: plain.api.request,
      timeDifference: Math.round((options.clock.now() - Date.now()) / 1000),
    });
  const mint = async (): Promise<string> => {
    const auth = app();
    if (installationId === undefined) {
      const { token: jwt } = await auth({ type: 'app' });
      const { data } = await plain.api.request('GET /repos/{owner}/{repo}/installation', {
        ...repository,
        headers: { authorization: `bearer ${jwt}` },
      });
      installationId = data.id;
    }
    const minted = await auth({ type: 'installation', installationId, refresh: true });
    core.setSecret(minted.token);
    current = { token: minted.token, expiresAt: Date.parse(minted.expiresAt) };
    options.log(`minted an installation token of App ${credentials.appId}, valid until ${minted.expiresAt}`);
    return minted.token;
  };
  const token = async (): Promise<string> => {
    if (current && options.clock.now() < current.expiresAt - RENEW_BEFORE_MS) return current.token;
    pending ??= mint().finally(() => (pending = undefined));
    return pending;
  };
  return () => {
    const auth = async () => ({ type: 'token', tokenType: 'installation', token: await token() });
    auth.hook = async (
      request: { endpoint: { merge: (route: unknown, params: unknown) => Record<string, unknown> } } & ((
        options: unknown,
      ) => Promise<unknown>),
      route: unknown,
      parameters: unknown,
    ) => {
      const endpoint = request.endpoint.merge(route, parameters) as { headers: Record<string, string> };
      endpoint.headers.authorization = `token ${await token()}`;
      return request(endpoint);
    };
    return auth;
  };
}
