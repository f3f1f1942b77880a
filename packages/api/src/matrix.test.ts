// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRegionConfig } from './config/region.js';
import { openApiDocument } from './index.js';
import { appFor, DATABASES, type Keys, seedTenants } from './test-support/harness.js';
import { sampleConfig } from './test-support/region-project.js';
import { ROLES, type Role } from './types.js';

interface Operation {
  method: string;
  path: string;
  roles: Role[];
}

const doc = (await openApiDocument()) as {
  paths: Record<string, Record<string, { 'x-roles'?: Role[] }>>;
};
const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops)
    .filter(([, op]) => op['x-roles'])
    .map(([method, op]) => ({ method: method.toUpperCase(), path, roles: op['x-roles']! })),
);

/** Ids a principal of hub A must never receive: hub B always; for scoped roles also the other care organisation / worker. */
const FORBIDDEN: Record<Role, RegExp> = {
  beheerder: /-B\d/,
  planner: /-B\d/,
  jobcoach: /-B\d/,
  medewerker: /-B\d|-A2/,
  zorgorganisatie: /-B\d|-A2/,
  financier: /-B\d|-A\d/,
  // The household HH-PA of hub A sees only its own (…-PA) objects.
  particulier: /-B\d|-A\d|-PB/,
};

const ID_PREFIX: Record<string, string> = {
  organisaties: 'OZ',
  abonnementen: 'AB',
  clienten: 'CL',
  deelnemers: 'DN',
  trainingen: 'TR',
  coachingcontacten: 'CC',
  bezoeken: 'BZ',
  signalen: 'SG',
  uren: 'UR',
  facturen: 'FA',
  uitkomsten: 'UK',
  diensten: 'DI',
  huishoudens: 'HH',
  toestemmingen: 'TS',
  machtigingen: 'MA',
};

/** A concrete URL for a path: `{id}` becomes the object of tenant `t` (A1 own, A2 other care organisation, B1 other hub). */
function urlFor(path: string, t: string): string {
  const resource = path.split('/')[1]!;
  return `/api/v1${path
    .replace('{id}', resource === 'diensten' ? `DI-${t[0]}` : `${ID_PREFIX[resource] ?? 'XX'}-${t}`)
    .replace('{entiteit}', 'clienten')}`;
}

describe.each(DATABASES)('role × route matrix on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    // With a region configuration, so that /regio answers (without one it is a 404 for everyone).
    ctx = await appFor(kind, 'matrix', {
      rateLimit: { max: 100_000, timeWindow: 60_000 },
      region: checkRegionConfig(sampleConfig, 'zorghub.config.ts').config!,
    });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  it('lets each scoped role read its own objects and hides the neighbour’s', async () => {
    const read = async (role: Role, url: string) =>
      (
        await ctx.app.inject({
          url: `/api/v1${url}`,
          headers: { authorization: `Bearer ${keys.A[role]}` },
        })
      ).statusCode;
    expect(await read('zorgorganisatie', '/clienten/CL-A1')).toBe(200);
    expect(await read('zorgorganisatie', '/clienten/CL-A2')).toBe(404);
    expect(await read('zorgorganisatie', '/signalen/SG-A1')).toBe(200);
    expect(await read('zorgorganisatie', '/signalen/SG-A2')).toBe(404);
    expect(await read('medewerker', '/bezoeken/BZ-A1')).toBe(200);
    expect(await read('medewerker', '/bezoeken/BZ-A2')).toBe(404);
    expect(await read('beheerder', '/clienten/CL-A2')).toBe(200);
    expect(await read('beheerder', '/clienten/CL-B1')).toBe(404);
    const list = await ctx.app.inject({
      url: '/api/v1/bezoeken',
      headers: { authorization: `Bearer ${keys.A.zorgorganisatie}` },
    });
    expect(list.json().resultaten.map((v: { id: string }) => v.id)).toEqual(['BZ-A1']);
  });

  it('takes the tenant from the credential, never from the request', async () => {
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/clienten',
      headers: { authorization: `Bearer ${keys.A.zorgorganisatie}` },
      payload: { id: 'CL-A9', zorgorganisatieId: 'OZ-A2', startDatum: '2024-05-01' },
    });
    // Another organisation named in the body is answered as an unknown one.
    expect(r.statusCode).toBe(422);
    expect(r.json().invalidParams[0].name).toBe('zorgorganisatieId');
    const own = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/clienten',
      headers: { authorization: `Bearer ${keys.A.zorgorganisatie}` },
      payload: { id: 'CL-A8', startDatum: '2024-05-01' },
    });
    expect(own.statusCode).toBe(201);
    expect(own.json().zorgorganisatieId).toBe('OZ-A1');
  });

  it('covers every operation of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  // The most powerful roles last: their allowed DELETEs remove the seeded objects.
  it.each([...ROLES].reverse())(
    'role %s: forbidden routes answer 403, no read returns a foreign object',
    async (role) => {
      const failures: string[] = [];
      for (const op of operations) {
        const allowed = op.roles.includes(role);
        for (const t of ['A1', 'A2', 'B1']) {
          if (t !== 'A1' && !op.path.includes('{')) continue;
          const r = await ctx.app.inject({
            method: op.method as 'GET',
            url: urlFor(op.path, t),
            headers: {
              authorization: `Bearer ${keys.A[role]}`,
              ...(op.method === 'GET' || op.method === 'DELETE'
                ? {}
                : { 'content-type': 'application/json' }),
            },
            ...(op.method === 'GET' || op.method === 'DELETE' ? {} : { payload: '{}' }),
          });
          const label = `${role} ${op.method} ${op.path} (${t}) → ${r.statusCode}`;
          if (r.statusCode >= 500) failures.push(`${label}: server error`);
          if (!allowed && r.statusCode !== 403) failures.push(`${label}: expected 403`);
          if (r.statusCode < 300 && FORBIDDEN[role].test(r.body))
            failures.push(`${label}: foreign object in ${r.body.slice(0, 120)}`);
          if (t === 'B1' && r.statusCode < 300 && op.method !== 'GET')
            failures.push(`${label}: changed a foreign object`);
          if (
            allowed &&
            t === 'A1' &&
            op.method === 'GET' &&
            !op.path.includes('{') &&
            r.statusCode !== 200
          )
            failures.push(`${label}: expected 200`);
        }
      }
      expect(failures).toEqual([]);
    },
  );
});
