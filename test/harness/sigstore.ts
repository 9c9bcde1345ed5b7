// A private Sigstore instance for tests, on 127.0.0.1 only: @sigstore/mock's Fulcio (with a CT log) and
// Rekor handlers behind a small HTTP server, plus an endpoint that mimics the Actions runner's
// ACTIONS_ID_TOKEN_REQUEST_URL. The trusted_root.json is built by hand from the mock CA's root
// certificate and the mock logs' public keys, as an operator of a private Sigstore would publish it.
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, rekorHandler } from '@sigstore/mock';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface IdentityClaims {
  /** Becomes the certificate's SAN (URI), as Fulcio does with a GitHub workflow's job_workflow_ref. */
  sub: string;
  iss: string;
  [claim: string]: string;
}

export interface TokenRequest {
  audience: string | null;
  authorized: boolean;
}

export interface MockSigstore {
  fulcioURL: string;
  rekorURL: string;
  /** Environment a job with `id-token: write` gets. */
  idTokenEnv: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** The trusted_root.json of this instance. */
  trustedRoot: Record<string, unknown>;
  writeTrustedRoot(dir: string): string;
  /** Claims of the identity tokens handed out from now on. */
  identity: IdentityClaims;
  /** The last identity token handed out (to check it is masked). */
  lastToken: string | undefined;
  tokenRequests: TokenRequest[];
  requests: { fulcio: number; rekor: number };
  stop(): Promise<void>;
}

/** An unsigned-looking JWT: the mock Fulcio decodes the claims and does not check the signature. */
export function identityToken(claims: IdentityClaims): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return [
    part({ alg: 'RS256', typ: 'JWT', kid: 'mock' }),
    part({ aud: 'sigstore', iat: now, nbf: now, exp: now + 600, ...claims }),
    randomBytes(32).toString('base64url'),
  ].join('.');
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Rekor does not log a proposed `dsse` entry as sent: it keeps the hashes of the envelope and payload
 * and the signatures with their verifiers, and verifiers check that body. The mock logs what it gets,
 * so the harness turns the proposal into the body real Rekor would store (dsse v0.0.1) first.
 */
function asRekorStoresIt(body: string): string {
  const proposed = JSON.parse(body) as {
    kind?: string;
    apiVersion?: string;
    spec?: { proposedContent?: { envelope: string; verifiers: string[] } };
  };
  const content = proposed.spec?.proposedContent;
  if (proposed.kind !== 'dsse' || !content) return body;
  const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] };
  const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
  return JSON.stringify({
    apiVersion: proposed.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((s, i) => ({
        signature: s.sig,
        verifier: content.verifiers[i] ?? content.verifiers[0],
      })),
    },
  });
}

const p256 = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const b64 = (bytes: ArrayBufferView | ArrayBuffer) =>
  Buffer.from(bytes instanceof ArrayBuffer ? bytes : bytes.buffer).toString('base64');

export async function startMockSigstore(identity: IdentityClaims): Promise<MockSigstore> {
  const requestToken = randomBytes(16).toString('hex');
  // Set once the server's address (which the Rekor log names) is known.
  const handlers: { fulcio?: ReturnType<typeof fulcioHandler>; rekor?: ReturnType<typeof rekorHandler> } = {};
  const state = {
    identity,
    lastToken: undefined as string | undefined,
    tokenRequests: [] as TokenRequest[],
    requests: { fulcio: 0, rekor: 0 },
  };
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (request.method === 'GET' && url.pathname === '/oidc/token') {
        const authorized = request.headers.authorization === `Bearer ${requestToken}`;
        state.tokenRequests.push({ audience: url.searchParams.get('audience'), authorized });
        if (!authorized) {
          response.writeHead(401).end('{"message":"bad request token"}');
          return;
        }
        state.lastToken = identityToken(state.identity);
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ value: state.lastToken }));
        return;
      }
      const handler =
        url.pathname === `/fulcio${handlers.fulcio?.path}`
          ? handlers.fulcio
          : url.pathname === `/rekor${handlers.rekor?.path}`
            ? handlers.rekor
            : undefined;
      if (request.method !== 'POST' || !handler) {
        response.writeHead(404).end('not found');
        return;
      }
      if (handler === handlers.fulcio) state.requests.fulcio++;
      else state.requests.rekor++;
      const body = await readBody(request);
      const result = await handler.fn(handler === handlers.rekor ? asRekorStoresIt(body) : body);
      response
        .writeHead(result.statusCode, { 'content-type': result.contentType ?? 'text/plain' })
        .end(typeof result.response === 'string' ? result.response : Buffer.from(result.response.buffer));
    })().catch((error: Error) => {
      response.writeHead(500).end(error.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fulcioURL = `${base}/fulcio`;
  const rekorURL = `${base}/rekor`;

  const caKeys = p256();
  const ctKeys = p256();
  const tlogKeys = p256();
  const ctlog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(caKeys, ctlog);
  const tlog = await initializeTLog(rekorURL, tlogKeys);
  handlers.fulcio = fulcioHandler(ca);
  handlers.rekor = rekorHandler(tlog);

  const start = '2020-01-01T00:00:00Z';
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: rekorURL,
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: b64(tlog.publicKey),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: { start },
        },
        logId: { keyId: createHash('sha256').update(tlog.publicKey).digest('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'shipgate.test', commonName: 'mock fulcio' },
        uri: fulcioURL,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: `${base}/ct`,
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: b64(ctlog.publicKey),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: { start },
        },
        logId: { keyId: b64(ctlog.logID) },
      },
    ],
    timestampAuthorities: [],
  };

  return {
    fulcioURL,
    rekorURL,
    idTokenEnv: {
      // As on GitHub, the URL already has a query: the client appends &audience=…
      ACTIONS_ID_TOKEN_REQUEST_URL: `${base}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    trustedRoot,
    writeTrustedRoot(dir) {
      const file = path.join(dir, 'trusted_root.json');
      writeFileSync(file, JSON.stringify(trustedRoot, null, 2));
      return file;
    },
    get identity() {
      return state.identity;
    },
    set identity(claims) {
      state.identity = claims;
    },
    get lastToken() {
      return state.lastToken;
    },
    tokenRequests: state.tokenRequests,
    requests: state.requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
