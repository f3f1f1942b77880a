// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A real OpenID provider for the tests (`oidc-provider` by panva, the certified Node.js one), not a
 * stub: a public client with PKCE, JWT access tokens for the API through resource indicators
 * (RFC 8707), the Zorghub claims from `findAccount` put into the access token, and the provider's
 * own development login and consent pages (the app's browser tests fill those in; the API's
 * tests use `codeFlow`). `codeFlow` walks those pages over HTTP as a browser
 * would, so a test gets tokens through the real authorization-code flow.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type ClientMetadata, errors } from 'oidc-provider';

export interface TestAccount {
  role: string;
  org: string;
  hub?: string;
  participant?: string;
  /** Further claims for its access tokens (a household claim, say). */
  extra?: Record<string, string>;
}

export interface ProviderOptions {
  /** Left out: a port the system picks (a fixed one can be taken by another connection). */
  port?: number;
  /** Where the client's codes go (the app's address). */
  redirectUri: string;
  /** Resource indicator → audience of its JWT access tokens. */
  resources: string[];
  accounts: Record<string, TestAccount>;
  clientId?: string;
  /** A second public client whose access tokens live one second (for the expiry test). */
  shortLivedClientId?: string;
  /** Signing keys (private JWKs); a fresh RS256 key when left out. */
  jwks?: { keys: JWK[] };
}

export async function signingKeys(): Promise<{ keys: JWK[] }> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomBytes(6).toString('hex');
  return { keys: [{ ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' }] };
}

/**
 * The provider's address, bound before the provider exists: a test whose redirect URI is only
 * known once the app listens (the app needs the issuer first) binds here, starts the app, then
 * calls `start` with the app's address. Until then requests get a 503.
 */
export async function bindProvider(port = 0) {
  const server = createServer((_req, res) => {
    res.statusCode = 503;
    res.end('provider not started yet');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    start: (options: Omit<ProviderOptions, 'port'>) => mountProvider(server, issuer, options),
  };
}

export async function startProvider(options: ProviderOptions) {
  return (await bindProvider(options.port)).start(options);
}

async function mountProvider(
  server: Server,
  issuer: string,
  options: Omit<ProviderOptions, 'port'>,
) {
  const clientId = options.clientId ?? 'zorghub-app';
  const jwks = options.jwks ?? (await signingKeys());
  const claimsOf = (accountId: string) => {
    const a = options.accounts[accountId];
    if (!a) return undefined;
    return {
      zorghub_role: a.role,
      zorghub_org: a.org,
      ...(a.hub ? { zorghub_hub: a.hub } : {}),
      ...(a.participant ? { zorghub_deelnemer: a.participant } : {}),
      ...a.extra,
    };
  };
  const client = (id: string): ClientMetadata => ({
    client_id: id,
    token_endpoint_auth_method: 'none',
    redirect_uris: [options.redirectUri],
    post_logout_redirect_uris: [options.redirectUri],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  });
  const provider = new Provider(issuer, {
    clients: [
      client(clientId),
      ...(options.shortLivedClientId ? [client(options.shortLivedClientId)] : []),
    ],
    jwks,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.resources[0]!,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator, c) => {
          if (!options.resources.includes(indicator)) throw new errors.InvalidTarget();
          return {
            scope: 'zorghub',
            audience: indicator,
            accessTokenFormat: 'jwt',
            accessTokenTTL: c.clientId === options.shortLivedClientId ? 1 : 300,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    scopes: ['openid', 'offline_access', 'zorghub'],
    findAccount: async (_ctx, sub) =>
      options.accounts[sub] ? { accountId: sub, claims: async () => ({ sub }) } : undefined,
    extraTokenClaims: async (_ctx, token) =>
      token.kind === 'AccessToken' && token.accountId ? claimsOf(token.accountId) : undefined,
    // Refresh tokens without offline_access: the app refreshes while the provider session lasts.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  });
  provider.on('server_error', (_ctx, error) => console.error('oidc-provider', error));
  server.removeAllListeners('request');
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    jwks,
    provider,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A cookie jar and fetch without following redirects: the way a browser walks the pages. */
function browserLike() {
  const jar = new Map<string, string>();
  return async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return res;
  };
}

/**
 * The authorization-code flow with PKCE (S256) for `login`, through the provider's login and
 * consent pages; returns the token response (access_token, id_token, refresh_token).
 */
export async function codeFlow(
  p: { issuer: string; clientId: string },
  input: { login: string; redirectUri: string; resource?: string; scope?: string },
): Promise<Record<string, string | number>> {
  const go = browserLike();
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const auth = new URL(`${p.issuer}/auth`);
  const params: Record<string, string> = {
    client_id: p.clientId,
    response_type: 'code',
    redirect_uri: input.redirectUri,
    scope: input.scope ?? 'openid zorghub',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    ...(input.resource ? { resource: input.resource } : {}),
  };
  for (const [k, v] of Object.entries(params)) auth.searchParams.set(k, v);
  let res = await go(auth.href);
  for (let step = 0; step < 10; step += 1) {
    const location = res.headers.get('location');
    if (res.status === 303 || res.status === 302) {
      const next = new URL(location!, p.issuer);
      if (next.href.startsWith(input.redirectUri)) {
        const code = next.searchParams.get('code');
        if (!code) throw new Error(`no code: ${next.search}`);
        const token = await fetch(`${p.issuer}/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'authorization_code',
            code,
            redirect_uri: input.redirectUri,
            client_id: p.clientId,
            code_verifier: verifier,
            ...(input.resource ? { resource: input.resource } : {}),
          }),
        });
        const body = (await token.json()) as Record<string, string | number>;
        if (!token.ok) throw new Error(`token endpoint: ${JSON.stringify(body)}`);
        return body;
      }
      res = await go(next.href);
      continue;
    }
    const html = await res.text();
    const action = /action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected page ${res.status}: ${html.slice(0, 200)}`);
    const form = new URLSearchParams({ prompt });
    if (prompt === 'login') {
      form.set('login', input.login);
      form.set('password', 'geheim');
    }
    res = await go(new URL(action, p.issuer).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
  }
  throw new Error('the provider did not come back to the redirect URI');
}
