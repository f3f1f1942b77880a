import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

type CryptoKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFor, DATABASES, type Keys, seedTenants } from './test-support/harness.js';

const ISSUER = 'https://idp.example.nl';
const AUDIENCE = 'zorghub-api';

describe.each(DATABASES)('authentication on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  let privateKey: CryptoKey;
  let otherKey: CryptoKey;
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const dir = mkdtempSync(join(tmpdir(), 'zorghub-jwks-'));
    const jwksFile = join(dir, 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify({ keys: [jwk] }));
    ctx = await appFor(kind, 'auth', {
      oidc: { issuer: ISSUER, audience: AUDIENCE, jwksFile },
      rateLimit: { max: 100_000, timeWindow: 60_000 },
    });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  const token = (
    claims: Record<string, unknown> = {},
    opts: { kid?: string; key?: CryptoKey; iss?: string; aud?: string; exp?: string | number } = {},
  ) =>
    new SignJWT({
      zorghub_org: 'OZ-A1',
      zorghub_hub: 'HUB-A',
      zorghub_role: 'zorgorganisatie',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? 'k1' })
      .setSubject('user-1')
      .setIssuer(opts.iss ?? ISSUER)
      .setAudience(opts.aud ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(opts.exp ?? '5m')
      .sign(opts.key ?? privateKey);

  const get = (auth: string, url = '/api/v1/clienten') =>
    ctx.app.inject({ url, headers: { authorization: auth } });

  it('accepts a valid OIDC token and scopes it to the organisation in its claims', async () => {
    const r = await get(`Bearer ${await token()}`);
    expect(r.statusCode).toBe(200);
    expect(r.json().resultaten.map((c: { id: string }) => c.id)).toEqual(['CL-A1']);
  });

  it('rejects wrong issuer, audience, expired tokens, unknown keys, foreign signatures and alg none', async () => {
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(
      JSON.stringify({
        sub: 'x',
        iss: ISSUER,
        aud: AUDIENCE,
        exp: Math.floor(Date.now() / 1000) + 60,
        zorghub_org: 'OZ-A1',
        zorghub_role: 'beheerder',
      }),
    ).toString('base64url')}.`;
    const bad = [
      await token({}, { iss: 'https://kwaad.example' }),
      await token({}, { aud: 'iets-anders' }),
      await token({}, { exp: Math.floor(Date.now() / 1000) - 60 }),
      await token({}, { kid: 'onbekend' }),
      await token({}, { key: otherKey }),
      await token({ zorghub_role: 'koning' }),
      unsigned,
    ];
    for (const t of bad) {
      const r = await get(`Bearer ${t}`);
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
    }
  });

  it('stores API keys only as hashes and refuses revoked keys', async () => {
    const db = ctx.app.zorghub.db;
    const { rows } = await db.query<{ hash: string }>('SELECT hash FROM api_keys');
    expect(rows.some((r) => r.hash === keys.A.beheerder)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    expect((await get(`Bearer ${keys.A.beheerder}`)).statusCode).toBe(200);
    expect(
      (await ctx.app.inject({ url: '/api/v1/clienten', headers: { 'x-api-key': keys.A.planner } }))
        .statusCode,
    ).toBe(200);
  });

  it('does not accept a token in the query string', async () => {
    const r = await ctx.app.inject({ url: `/api/v1/clienten?access_token=${keys.A.beheerder}` });
    expect(r.statusCode).toBe(401);
  });
});
