// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Staff tokens from a real OpenID provider (oidc-provider, started here): JWT access tokens got
 * through the authorization-code flow with PKCE are accepted and scoped to the claims in them; a
 * token for another audience, from another issuer (with the same keys) or expired is refused. The
 * API finds the provider's keys through its discovery document. /inlogconfiguratie tells the app
 * the public client, never a secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFor, DATABASES, seedTenants } from './test-support/harness.js';
import { codeFlow, signingKeys, startProvider } from './test-support/oidc-provider.js';

const API = 'urn:zorghub:api';
const OTHER = 'urn:ander:api';
// Only a name the provider must see again: nothing listens there (the API's tests take no browser).
const REDIRECT = 'http://127.0.0.1:9/app/';
const accounts = {
  'zorg-a1': { role: 'zorgorganisatie', org: 'OZ-A1', hub: 'HUB-A' },
  'planner-b': { role: 'planner', org: 'HUB-B', hub: 'HUB-B' },
};

describe.each(DATABASES)('OIDC tokens from a real provider on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let idp: Awaited<ReturnType<typeof startProvider>>;
  let impostor: Awaited<ReturnType<typeof startProvider>>;
  beforeAll(async () => {
    const jwks = await signingKeys();
    const base = { redirectUri: REDIRECT, resources: [API, OTHER], accounts, jwks };
    // Ports the system picks: a fixed port can be held by another program's connection.
    idp = await startProvider({ ...base, shortLivedClientId: 'kort' });
    // Same keys, another issuer: only the `iss` check can tell its tokens apart.
    impostor = await startProvider(base);
    ctx = await appFor(kind, 'oidc', {
      oidc: { issuer: idp.issuer, audience: API, clientId: 'zorghub-app', scope: 'openid zorghub' },
      rateLimit: false,
    });
    await seedTenants(ctx.app);
  });
  afterAll(async () => {
    await ctx?.close();
    await idp?.close();
    await impostor?.close();
  });

  // A 503 says the provider's keys could not be fetched in time (a loaded machine): the API asks
  // clients to retry then, and so does this test, a few times; a refusal is a 401 and is not retried.
  const get = async (token: unknown, url = '/api/v1/clienten') => {
    for (let attempt = 1; ; attempt += 1) {
      const r = await ctx.app.inject({
        url,
        headers: { authorization: `Bearer ${String(token)}` },
      });
      if (r.statusCode !== 503 || attempt === 3) return r;
    }
  };
  const flow = (login: string, extra: { resource?: string; clientId?: string } = {}) =>
    codeFlow(
      { issuer: idp.issuer, clientId: extra.clientId ?? idp.clientId },
      { login, redirectUri: REDIRECT, resource: extra.resource ?? API },
    );

  it('accepts its access token and scopes the caller to the organisation and role in it', async () => {
    const tokens = await flow('zorg-a1');
    expect(String(tokens.access_token).split('.')).toHaveLength(3);
    const r = await get(tokens.access_token);
    expect(r.statusCode).toBe(200);
    expect(r.json().resultaten.map((c: { id: string }) => c.id)).toEqual(['CL-A1']);
    const who = await get(tokens.access_token, '/api/v1/sessie');
    expect(who.json()).toEqual({ rol: 'zorgorganisatie', organisatieId: 'OZ-A1', hubId: 'HUB-A' });
    const planner = await flow('planner-b');
    expect((await get(planner.access_token, '/api/v1/sessie')).json()).toMatchObject({
      rol: 'planner',
      hubId: 'HUB-B',
    });
  });

  it('refuses the ID token: it is for the app (aud = client id), not for the API', async () => {
    const tokens = await flow('zorg-a1');
    const r = await get(tokens.id_token);
    expect(r.statusCode).toBe(401);
    expect(r.json().detail).toMatch(/ERR_JWT_CLAIM_VALIDATION_FAILED/);
  });

  it('refuses a token for another audience, from another issuer, and an expired one', async () => {
    const otherAudience = await flow('zorg-a1', { resource: OTHER });
    const foreign = await codeFlow(
      { issuer: impostor.issuer, clientId: impostor.clientId },
      { login: 'zorg-a1', redirectUri: REDIRECT, resource: API },
    );
    const short = await flow('zorg-a1', { clientId: 'kort' });
    // A token from the impostor carries the same keys: it is only its issuer that is wrong.
    expect(
      (await get(foreign.access_token)).json().detail,
      'the impostor shares the signing key',
    ).toMatch(/ERR_JWT_CLAIM_VALIDATION_FAILED/);
    const exp = JSON.parse(
      Buffer.from(String(short.access_token).split('.')[1]!, 'base64url').toString(),
    ).exp as number;
    while (Date.now() / 1000 <= exp + 1) await new Promise((r) => setTimeout(r, 250));
    for (const [why, token, code] of [
      ['audience', otherAudience.access_token, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
      ['issuer', foreign.access_token, 'ERR_JWT_CLAIM_VALIDATION_FAILED'],
      ['expired', short.access_token, 'ERR_JWT_EXPIRED'],
    ] as const) {
      const r = await get(token);
      expect(r.statusCode, why).toBe(401);
      expect(r.headers['content-type'], why).toMatch(/problem\+json/);
      expect(r.json().detail, why).toContain(code);
    }
  });

  it('tells the app its public client at /inlogconfiguratie, without a credential', async () => {
    const r = await ctx.app.inject({ url: '/api/v1/inlogconfiguratie' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({
      apiSleutel: true,
      oidc: { issuer: idp.issuer, clientId: 'zorghub-app', scope: 'openid zorghub' },
    });
    expect(r.body).not.toMatch(/secret|geheim/i);
  });
});

describe('/inlogconfiguratie without OIDC', () => {
  it('offers API keys only', async () => {
    const ctx = await appFor('pglite', 'oidc-none', { rateLimit: false });
    try {
      const r = await ctx.app.inject({ url: '/api/v1/inlogconfiguratie' });
      expect(r.json()).toEqual({ apiSleutel: true });
    } finally {
      await ctx.close();
    }
  });
});
