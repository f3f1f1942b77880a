// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The write matrix, generated from the OpenAPI document: every write route × every role it allows
 * × every reference in its body (and the record in its path), given the caller's own record, a
 * record of another care organisation or worker of the hub, and one of another hub. A reference
 * the caller may not use is answered exactly as an unknown one, never written, and no answer to it
 * carries anything of the foreign record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from './index.js';
import { REFERENCE_SCOPE } from './routes/references.js';
import {
  appFor,
  DATABASES,
  type Keys,
  seedHousehold,
  seedTenants,
  tenantRecords,
} from './test-support/harness.js';
import type { Role } from './types.js';

interface Op {
  requestBody?: unknown;
  'x-roles'?: Role[];
}
const doc = (await openApiDocument()) as { paths: Record<string, Record<string, Op>> };

const ENTITY: Record<string, string> = {
  organisaties: 'organisatie',
  diensten: 'dienst',
  abonnementen: 'abonnement',
  clienten: 'client',
  deelnemers: 'deelnemer',
  trainingen: 'training',
  coachingcontacten: 'coachingcontact',
  uitkomsten: 'uitkomst',
  bezoeken: 'bezoek',
  signalen: 'signaal',
  uren: 'urenregistratie',
  facturen: 'factuur',
  toestemmingen: 'toestemming',
  machtigingen: 'machtiging',
};
const PREFIX: Record<string, string> = {
  organisatie: 'OZ',
  abonnement: 'AB',
  client: 'CL',
  deelnemer: 'DN',
  training: 'TR',
  coachingcontact: 'CC',
  bezoek: 'BZ',
  signaal: 'SG',
  urenregistratie: 'UR',
  factuur: 'FA',
  uitkomst: 'UK',
  toestemming: 'TS',
  machtiging: 'MA',
};
/** A household's own records (consents, mandates): of HH-PA (own), HH-PA2 (hub A) or HH-PB (hub B). */
const HOUSEHOLD_OWNED = new Set(['toestemming', 'machtiging']);
const HOUSEHOLD_OF: Record<string, string> = { A1: 'PA', A2: 'PA2', B1: 'PB' };
/** The references of the seeded records and what each names, per tenant t (A1, A2, B1). */
const REF_VALUE: Record<string, (t: string) => string> = {
  clientId: (t) => `CL-${t}`,
  deelnemerId: (t) => `DN-${t}`,
  abonnementId: (t) => `AB-${t}`,
  bezoekId: (t) => `BZ-${t}`,
  zorgorganisatieId: (t) => `OZ-${t}`,
  afnemerOrganisatieId: (t) => `OZ-${t}`,
  dienstId: (t) => `DI-${t[0]}`,
  aanbiederId: (t) => `HUB-${t[0]}`,
  werkgeverId: (t) => `HUB-${t[0]}`,
};
const REF_ENTITY: Record<string, string> = {
  clientId: 'client',
  deelnemerId: 'deelnemer',
  abonnementId: 'abonnement',
  bezoekId: 'bezoek',
  zorgorganisatieId: 'organisatie',
  afnemerOrganisatieId: 'organisatie',
  dienstId: 'dienst',
  aanbiederId: 'organisatie',
  werkgeverId: 'organisatie',
};
/** Roles that see the whole hub: for them only the other hub is foreign. */
const HUB_WIDE: Role[] = ['beheerder', 'planner', 'jobcoach'];

/** A valid body for the entity, as tenant A1 would send it, with a fresh id. */
function bodyFor(entity: string, n: number): Record<string, unknown> | undefined {
  if (entity === 'dienst')
    return { id: `DI-N${n}`, dienstsoort: 'gezelschap', naam: 'Gezelschap', aanbiederId: 'HUB-A' };
  const rec = tenantRecords('A', 'A1').find((r) => r.entity === entity);
  if (!rec) return undefined;
  const data: Record<string, unknown> = { ...rec.data, id: `${PREFIX[entity]}-N${n}` };
  if (entity === 'signaal') data.bezoekId = 'BZ-A1';
  if (entity === 'bezoek') {
    // A fresh hour each time, so the subscription's hours are not what refuses it.
    const day = String(1 + (n % 27)).padStart(2, '0');
    data.geplandStartOp = `2024-05-${day}T09:00:00+02:00`;
    data.geplandEindOp = `2024-05-${day}T09:15:00+02:00`;
  }
  return data;
}

interface Case {
  label: string;
  method: string;
  url: (t: string) => string;
  body?: (t: string) => Record<string, unknown>;
  role: Role;
  foreign: string[];
}

function cases(): Case[] {
  const out: Case[] = [];
  let n = 0;
  for (const [path, ops] of Object.entries(doc.paths)) {
    const resource = path.split('/')[1]!;
    const entity = ENTITY[resource];
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase();
      if (method === 'GET' || !op['x-roles']) continue;
      for (const role of op['x-roles']) {
        const foreign = HUB_WIDE.includes(role) ? ['B1'] : ['A2', 'B1'];
        // The record in the path: own, foreign, unknown.
        if (path.includes('{id}') && entity) {
          const id = (t: string) =>
            entity === 'dienst'
              ? `DI-${t[0]}`
              : HOUSEHOLD_OWNED.has(entity)
                ? `${PREFIX[entity]}-${HOUSEHOLD_OF[t]}`
                : `${PREFIX[entity]}-${t}`;
          const body = bodyFor(entity, 0);
          out.push({
            label: `${role} ${method} ${path} path id`,
            method,
            role,
            foreign,
            url: (t) => `/api/v1${path.replace('{id}', t === 'unknown' ? 'ZZ-unknown' : id(t))}`,
            ...(op.requestBody && method === 'PUT' && body
              ? { body: (t: string) => ({ ...body, id: t === 'unknown' ? 'ZZ-unknown' : id(t) }) }
              : op.requestBody
                ? { body: () => ({}) }
                : {}),
          });
        }
        // Every reference in a create body.
        if (method === 'POST' && !path.includes('{') && entity) {
          const base = bodyFor(entity, ++n);
          if (!base) continue;
          for (const field of Object.keys(base).filter((k) => REF_VALUE[k])) {
            const id = `${PREFIX[entity] ?? 'DI'}-R${++n}`;
            // Within the hub a record the role references hub-wide is not foreign.
            const hubWide = REFERENCE_SCOPE[REF_ENTITY[field]!]?.[role] === 'hub';
            out.push({
              label: `${role} ${method} ${path} ${field}`,
              method,
              role,
              foreign: hubWide ? ['B1'] : foreign,
              url: () => `/api/v1${path}`,
              body: (t) => ({
                ...base,
                id: `${id}${t}`,
                [field]: t === 'unknown' ? 'ZZ-unknown' : REF_VALUE[field]!(t),
              }),
            });
          }
        }
      }
    }
  }
  return out;
}

/** An answer with the ids it echoes blanked, to compare a foreign reference with an unknown one. */
const shape = (status: number, body: string) =>
  `${status} ${body.replace(/"instance":"[^"]*"/, '').replace(/\b[A-Z]{2,3}-(?:P?[AB]\d?|R?\d+[AB]\d|unknown)\b/g, '<id>')}`;

describe.each(DATABASES)('write matrix on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'write_matrix', { rateLimit: { max: 1_000_000, timeWindow: 60_000 } });
    keys = await seedTenants(ctx.app);
    // A second household of hub A: its consent and mandate are foreign to household HH-PA.
    await seedHousehold(ctx.app.zorghub.db, 'HUB-A', 'PA2');
  });
  afterAll(async () => ctx.close());

  it('answers a foreign reference as an unknown one, writes nothing and reveals nothing', async () => {
    const all = cases();
    expect(all.length).toBeGreaterThan(60);
    const send = (c: Case, t: string) =>
      ctx.app.inject({
        method: c.method as 'POST',
        url: c.url(t),
        headers: {
          authorization: `Bearer ${keys.A[c.role]}`,
          ...(c.body ? { 'content-type': 'application/json' } : {}),
        },
        ...(c.body ? { payload: JSON.stringify(c.body(t)) } : {}),
      });
    const failures: string[] = [];
    // Deletes last: they remove the records the other cases refer to.
    const ordered = [...all].sort(
      (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
    );
    for (const c of ordered) {
      const unknown = await send(c, 'unknown');
      for (const t of c.foreign) {
        const r = await send(c, t);
        if (r.statusCode < 400) failures.push(`${c.label} (${t}) → ${r.statusCode}: written`);
        if (shape(r.statusCode, r.body) !== shape(unknown.statusCode, unknown.body))
          failures.push(
            `${c.label} (${t}) → ${r.statusCode} ${r.body.slice(0, 160)} differs from unknown → ${unknown.statusCode} ${unknown.body.slice(0, 160)}`,
          );
        if (/uur per|diensten per|al geboekt/.test(r.body))
          failures.push(`${c.label} (${t}): a foreign quota in ${r.body.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);

  it('accepts the caller’s own references', async () => {
    const failures: string[] = [];
    for (const c of cases()) {
      if (c.method !== 'POST' || c.url('A1').includes('_')) continue;
      if (c.label.endsWith('path id')) continue;
      const r = await ctx.app.inject({
        method: 'POST',
        url: c.url('A1'),
        headers: {
          authorization: `Bearer ${keys.A[c.role]}`,
          'content-type': 'application/json',
        },
        payload: JSON.stringify(c.body!('A1')),
      });
      if (r.statusCode !== 201)
        failures.push(`${c.label} (own) → ${r.statusCode} ${r.body.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('lets a moved client’s history follow it to the new care organisation', async () => {
    const h = (role: Role) => ({ authorization: `Bearer ${keys.A[role]}` });
    const before = await ctx.app.inject({ url: '/api/v1/clienten/CL-A2', headers: h('beheerder') });
    expect(before.statusCode).toBe(200);
    // A2's client moves to A1 (with A1's subscription).
    const moved = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/clienten/CL-A2',
      headers: { ...h('beheerder'), 'content-type': 'application/json' },
      payload: {
        ...(before.json() as Record<string, unknown>),
        zorgorganisatieId: 'OZ-A1',
        abonnementId: 'AB-A1',
      },
    });
    expect(moved.statusCode).toBe(200);
    for (const url of [
      '/api/v1/bezoeken/BZ-A2',
      '/api/v1/signalen/SG-A2',
      '/api/v1/clienten/CL-A2',
    ])
      expect((await ctx.app.inject({ url, headers: h('zorgorganisatie') })).statusCode, url).toBe(
        200,
      );
    const visits = await ctx.app.inject({
      url: '/api/v1/bezoeken?clientId=CL-A2',
      headers: h('zorgorganisatie'),
    });
    expect(visits.json().resultaten.map((v: { id: string }) => v.id)).toEqual(['BZ-A2']);
    // The care organisation responsible before no longer reads them.
    const a2 = (
      await ctx.app.zorghub.db.query<{ care_org_id: string }>(
        "SELECT DISTINCT care_org_id FROM records WHERE hub_id = 'HUB-A' AND client_id = 'CL-A2'",
      )
    ).rows.map((r) => r.care_org_id);
    expect(a2).toEqual(['OZ-A1']);
  });

  it('refuses a subscription that is not the client’s care organisation’s', async () => {
    const r = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/bezoeken',
      headers: { authorization: `Bearer ${keys.A.planner}`, 'content-type': 'application/json' },
      payload: { ...bodyFor('bezoek', 9001), clientId: 'CL-A1', abonnementId: 'AB-A2' },
    });
    expect(r.statusCode).toBe(422);
    expect(r.json().invalidParams[0].name).toBe('abonnementId');
  });
});
