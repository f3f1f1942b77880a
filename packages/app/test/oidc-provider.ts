// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A real OpenID provider for the tests (`oidc-provider` by panva, the certified Node.js one), not a
 * stub: a public client with PKCE, JWT access tokens for the API through resource indicators
 * (RFC 8707), the Zorghub claims from `findAccount` put into the access token, and the provider's
 * own development login and consent pages, which the browser tests fill in. (The API's tests have
 * the same set-up in packages/api/src/test-support/oidc-provider.ts; packages share no test code.)
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type ClientMetadata, errors } from 'oidc-provider';

export interface TestAccount {
  role: string;
  org: string;
  hub?: string;
  participant?: string;
}

export interface ProviderOptions {
  port: number;
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

export async function startProvider(options: ProviderOptions) {
  const issuer = `http://127.0.0.1:${options.port}`;
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
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(options.port, '127.0.0.1', () => resolve(s));
  });
  return {
    issuer,
    clientId,
    jwks,
    provider,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
