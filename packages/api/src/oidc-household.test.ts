// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Households signing in through OIDC (issue 17) against a real OpenID provider (oidc-provider,
 * started here): an access token with role particulier and the household claim (its name set in
 * the API's OIDC options, as a DigiD broker or the region's own sign-in service would name it) is
 * scoped to that one household; a particulier token without the claim is refused, and the claim
 * is ignored for staff roles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFor, DATABASES, seedTenants } from './test-support/harness.js';
import { codeFlow, startProvider } from './test-support/oidc-provider.js';

const API = 'urn:zorghub:api';
// Only a name the provider must see again: nothing listens there (the API's tests take no browser).
const REDIRECT = 'http://127.0.0.1:9/app/';
const CLAIM = 'huishouden_id';
const accounts = {
  'huishouden-a': { role: 'particulier', org: 'HH-PA', hub: 'HUB-A', extra: { [CLAIM]: 'HH-PA' } },
  'huishouden-zonder': { role: 'particulier', org: 'HH-PA', hub: 'HUB-A' },
  'planner-a': { role: 'planner', org: 'HUB-A', hub: 'HUB-A', extra: { [CLAIM]: 'HH-PA' } },
};

describe.each(DATABASES)('households signing in by OIDC on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let idp: Awaited<ReturnType<typeof startProvider>>;
  beforeAll(async () => {
    idp = await startProvider({
      redirectUri: REDIRECT,
      resources: [API],
      accounts,
    });
    ctx = await appFor(kind, 'oidc_household', {
      oidc: { issuer: idp.issuer, audience: API, householdClaim: CLAIM },
      rateLimit: false,
    });
    await seedTenants(ctx.app);
  });
  afterAll(async () => {
    await ctx?.close();
    await idp?.close();
  });

  // A 503 is the provider's keys not fetched in time on a loaded machine: retried, as clients do.
  const get = async (token: unknown, url: string) => {
    for (let attempt = 1; ; attempt += 1) {
      const r = await ctx.app.inject({
        url: `/api/v1${url}`,
        headers: { authorization: `Bearer ${String(token)}` },
      });
      if (r.statusCode !== 503 || attempt === 3) return r;
    }
  };
  const tokenOf = async (login: string) =>
    (
      await codeFlow(
        { issuer: idp.issuer, clientId: idp.clientId },
        { login, redirectUri: REDIRECT, resource: API },
      )
    ).access_token;

  it('scopes a particulier token to the household in its claim', async () => {
    const token = await tokenOf('huishouden-a');
    const who = await get(token, '/sessie');
    expect(who.statusCode, who.body).toBe(200);
    expect(who.json()).toMatchObject({ rol: 'particulier', huishoudenId: 'HH-PA' });
    expect((await get(token, '/huishoudens/HH-PA')).statusCode).toBe(200);
    expect((await get(token, '/huishoudens/HH-PB')).statusCode).toBe(404);
    const subs = await get(token, '/abonnementen');
    expect(subs.json().resultaten.map((s: { id: string }) => s.id)).toEqual(['AB-PA']);
    expect((await get(token, '/toestemmingen')).json().resultaten).toHaveLength(1);
    expect((await get(token, '/clienten')).statusCode).toBe(403);
  });

  it('refuses a particulier token without the household claim, naming the claim', async () => {
    const r = await get(await tokenOf('huishouden-zonder'), '/sessie');
    expect(r.statusCode).toBe(401);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
    expect(r.json().detail).toContain(CLAIM);
  });

  it('ignores the household claim for a staff role', async () => {
    const who = await get(await tokenOf('planner-a'), '/sessie');
    expect(who.json()).toEqual({ rol: 'planner', organisatieId: 'HUB-A', hubId: 'HUB-A' });
  });
});
