// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SPECIAL_FIELD_ROLES } from './privacy.js';
import { appFor, DATABASES, insertRecord, type Keys, seedTenants } from './test-support/harness.js';
import type { Role } from './types.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

// x-privacy drives reading: a signal's text and follow-up (special, optional) are left out for the
// roles that need not read them; the category (special, but required by the standard) stays.
const READERS: Role[] = ['beheerder', 'planner', 'zorgorganisatie', 'medewerker'];
const SIGNAL = {
  id: 'SG-A9',
  clientId: 'CL-A1',
  deelnemerId: 'DN-A1',
  categorie: 'eenzaamheid',
  urgentie: 'normaal',
  doorgezetNaarId: 'OZ-A1',
  gemeldOp: '2024-03-04T10:00:00+01:00',
  omschrijving: 'vrije tekst over de client',
  opvolging: 'contactMetClient',
  opgevolgdOp: '2024-03-05T10:00:00+01:00',
};

function cases(kind: (typeof DATABASES)[number], roles: Role[] | undefined) {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  const seeing = roles ?? [...DEFAULT_SPECIAL_FIELD_ROLES];
  beforeAll(async () => {
    ctx = await appFor(kind, 'privacy', {
      rateLimit: { max: 100_000, timeWindow: 60_000 },
      ...(roles ? { specialFieldRoles: roles } : {}),
    });
    keys = await seedTenants(ctx.app);
    await insertRecord(ctx.app.zorghub.db, 'HUB-A', 'signaal', SIGNAL);
  });
  afterAll(async () => ctx.close());

  it.each(READERS)('%s gets the special fields only when configured to', async (role) => {
    const headers = { authorization: `Bearer ${keys.A[role]}` };
    const one = await ctx.app.inject({ url: '/api/v1/signalen/SG-A9', headers });
    const list = await ctx.app.inject({ url: '/api/v1/signalen?pageSize=100', headers });
    expect(one.statusCode).toBe(200);
    expect(list.statusCode).toBe(200);
    const inList = (list.json().resultaten as Array<Record<string, unknown>>).find(
      (s) => s.id === 'SG-A9',
    );
    for (const record of [one.json() as Record<string, unknown>, inList!]) {
      expect(record.categorie).toBe('eenzaamheid');
      if (seeing.includes(role)) {
        expect(record).toMatchObject({
          omschrijving: SIGNAL.omschrijving,
          opvolging: SIGNAL.opvolging,
          opgevolgdOp: SIGNAL.opgevolgdOp,
        });
      } else {
        expect(Object.keys(record)).not.toContain('omschrijving');
        expect(Object.keys(record)).not.toContain('opvolging');
        // Follows opvolging out: the standard requires opvolging when opgevolgdOp is there.
        expect(Object.keys(record)).not.toContain('opgevolgdOp');
      }
    }
    // The stored record is unchanged: hiding is per response.
    const stored = await ctx.app.zorghub.db.query<{ data: Record<string, unknown> }>(
      "SELECT data FROM records WHERE entity = 'signaal' AND id = 'SG-A9'",
    );
    expect(stored.rows[0]!.data.omschrijving).toBe(SIGNAL.omschrijving);
  });
}

describe.each(DATABASES)('special fields by role (default configuration) on %s', (kind) =>
  cases(kind, undefined),
);

describe('special fields by role (configured: planner only)', () => cases('pglite', ['planner']));
