import { createHash, createPublicKey, createVerify, type KeyObject } from 'node:crypto';
import type { User } from './state.js';

/**
 * The kinds of token GitHub issues, and what each one is. Which operations a token may call is in
 * rules.ts; this module only says who a token is, where it is valid and until when.
 */

export type Access = 'read' | 'write' | 'none';

/**
 * GitHub App / workflow permissions by name, as a workflow's `permissions:` spells them (`issues`,
 * `contents`, `pull-requests`, ...) plus the org permission `members` an App can hold.
 */
export type Permissions = Partial<Record<string, Access>>;

export type TokenKind =
  /** A user's token with every classic scope: the emulator's original `tokenFor`. */
  | 'user'
  /** A classic personal access token (`ghp_`), limited by its scopes. */
  | 'classic'
  /** A fine-grained personal access token (`github_pat_`), limited to repositories and permissions. */
  | 'fine-grained'
  /** The workflow token GITHUB_TOKEN (`ghs_`): an installation token of the github-actions App. */
  | 'workflow'
  /** A GitHub App installation token (`ghs_`). */
  | 'installation'
  /** A GitHub App's JWT (signed with the App's private key), for the /app endpoints only. */
  | 'app-jwt';

export interface Principal {
  kind: TokenKind;
  /** The identity the token acts as (a bot for workflow and installation tokens). */
  user: User;
  /** Classic scopes. */
  scopes?: Set<string>;
  /** Lower-cased owner/name of the repositories the token is valid on (undefined: all the user's). */
  repositories?: Set<string>;
  permissions?: Permissions;
  /** Epoch ms after which GitHub answers 401. */
  expiresAt?: number;
  /** The App, for installation tokens and JWTs. */
  app?: InstalledApp;
  /** The run a workflow token was minted for. */
  runId?: number;
}

export interface InstalledApp {
  slug: string;
  appId: number;
  installationId: number;
  /** The account the App is installed on (an org or user login). */
  owner: string;
  /** Lower-cased owner/name of the repositories it is installed on (undefined: all of the owner's). */
  repositories?: Set<string>;
  permissions: Permissions;
  publicKey: KeyObject;
}

/**
 * The workflow token's identity. "When you enable GitHub Actions, GitHub installs a GitHub App on your
 * repository. The GITHUB_TOKEN secret is a GitHub App installation access token."
 * https://docs.github.com/en/actions/concepts/security/github_token — every repository's workflow
 * tokens act as the same bot user, github-actions[bot] (id 41898282).
 */
export const workflowBot = { login: 'github-actions[bot]', id: 41898282 } as const;

/** Installation tokens last one hour. https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app */
export const installationTokenLifetimeMs = 60 * 60 * 1000;

/** Prefixes GitHub gives its tokens. https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/ */
const prefix: Record<Exclude<TokenKind, 'app-jwt'>, string> = {
  user: 'ghu_',
  classic: 'ghp_',
  'fine-grained': 'github_pat_',
  workflow: 'ghs_',
  installation: 'ghs_',
};

export class TokenRegistry {
  private readonly byToken = new Map<string, Principal>();
  private readonly apps = new Map<number, InstalledApp>();
  private serial = 0;

  /** A token for `principal`; the same seed gives the same token (tests may mint it twice). */
  mint(kind: Exclude<TokenKind, 'app-jwt'>, principal: Omit<Principal, 'kind'>, seed?: string): string {
    const material = seed ?? `${kind}:${principal.user.login}:${this.serial++}`;
    const token = `${prefix[kind]}${createHash('sha256').update(`emulator:${material}`).digest('hex').slice(0, 36)}`;
    this.byToken.set(token, { kind, ...principal });
    return token;
  }

  lookup(token: string): Principal | undefined {
    return this.byToken.get(token);
  }

  registerApp(app: InstalledApp): void {
    this.apps.set(app.appId, app);
  }

  appById(appId: number): InstalledApp | undefined {
    return this.apps.get(appId);
  }

  appByInstallation(installationId: number): InstalledApp | undefined {
    return [...this.apps.values()].find((a) => a.installationId === installationId);
  }

  appFor(owner: string, repo?: string): InstalledApp | undefined {
    return [...this.apps.values()].find(
      (a) =>
        a.owner.toLowerCase() === owner.toLowerCase() &&
        (!repo || !a.repositories || a.repositories.has(repo.toLowerCase())),
    );
  }

  /**
   * An App JWT: RS256, `iss` the App id, `exp` at most 10 minutes after `iat`.
   * https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app
   * Answers the App, or a reason the JWT is refused.
   */
  verifyJwt(jwt: string, nowMs: number): InstalledApp | string {
    const parts = jwt.split('.');
    if (parts.length !== 3) return 'not a JWT';
    let header: { alg?: string };
    let claims: { iss?: string | number; iat?: number; exp?: number };
    try {
      header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as typeof header;
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as typeof claims;
    } catch {
      return 'A JSON web token could not be decoded';
    }
    if (header.alg !== 'RS256') return "'alg' must be RS256";
    const app = this.appById(Number(claims.iss));
    if (!app) return "'Issuer' claim ('iss') must be an Integer";
    const verifier = createVerify('RSA-SHA256');
    verifier.update(`${parts[0]}.${parts[1]}`);
    if (!verifier.verify(app.publicKey, Buffer.from(parts[2], 'base64url')))
      return 'A JSON web token could not be decoded';
    const now = Math.floor(nowMs / 1000);
    if (typeof claims.exp !== 'number' || claims.exp < now)
      return "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires";
    if (typeof claims.iat !== 'number' || claims.exp - claims.iat > 600)
      return "'Expiration time' claim ('exp') is too far in the future";
    return app;
  }
}

export function publicKeyOf(privateKeyPem: string): KeyObject {
  return createPublicKey(privateKeyPem);
}

export function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token);
}
