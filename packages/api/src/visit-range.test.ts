// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The planner's two visit calls: GET /bezoeken by range (`vanaf` inclusive, `tot` exclusive, with
 * cursor paging) and POST /bezoeken/{id}/_annuleren with If-Match and who cancelled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from './auth.js';
import { openApiDocument } from './index.js';
import {
  appFor,
  DATABASES,
  insertRecord,
  type Keys,
  seedHousehold,
  seedTenants,
} from './test-support/harness.js';

/** Visits BZ-R<day><hour> on 3 … 12 March 2024 at 00:00, 10:00 and 23:00 (+01:00). */
const DAYS = Array.from({ length: 10 }, (_, i) => String(i + 3).padStart(2, '0'));
const HOURS = ['00', '10', '23'];
const at = (day: string, hour: string) => `2024-03-${day}T${hour}:00:00+01:00`;

describe.each(DATABASES)('visits by range and cancelled with If-Match on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'visit_range', { rateLimit: false });
    keys = await seedTenants(ctx.app);
    for (const day of DAYS)
      for (const hour of HOURS)
        await insertRecord(ctx.app.zorghub.db, 'HUB-A', 'bezoek', {
          id: `BZ-R${day}${hour}`,
          clientId: 'CL-A1',
          deelnemerId: 'DN-A1',
          abonnementId: 'AB-A1',
          dienstId: 'DI-A',
          geplandStartOp: at(day, hour),
          geplandEindOp: at(day, hour).replace(`T${hour}:00`, `T${hour}:30`),
          status: 'gepland',
        });
  });
  afterAll(async () => ctx.close());

  const call = (
    method: 'GET' | 'POST',
    url: string,
    key: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${key}`, ...headers },
      ...(payload ? { payload } : {}),
    });

  /** Every id of a list, following rel="next" (the cursor) from the first page. */
  async function walk(first: string): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let url: string | undefined = first;
    let pages = 0;
    while (url) {
      const r = await call('GET', url, keys.A.planner);
      expect(r.statusCode, r.body).toBe(200);
      ids.push(...r.json().resultaten.map((v: { id: string }) => v.id));
      pages++;
      const next = /<([^>]+)>;\s*rel="next"/.exec(String(r.headers.link ?? ''));
      url = next ? next[1]!.replace(/^\/api\/v1/, '') : undefined;
      expect(pages).toBeLessThan(50);
    }
    return { ids, pages };
  }

  const q = (s: string) => encodeURIComponent(s);

  it('lists the visits of a week by vanaf (inclusive) and tot (exclusive) across cursor pages', async () => {
    const from = at('04', '00');
    const until = at('11', '00');
    const listed = await walk(`/bezoeken?pageSize=4&vanaf=${q(from)}&tot=${q(until)}`);
    const { pages } = listed;
    // (the tenants' own seeded visits fall in that week too; this test counts its own)
    const ids = listed.ids.filter((id) => id.startsWith('BZ-R'));
    const expected = DAYS.filter((d) => d >= '04' && d <= '10')
      .flatMap((d) => HOURS.map((h) => `BZ-R${d}${h}`))
      .sort();
    expect(pages).toBeGreaterThan(1);
    expect([...ids].sort()).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('BZ-R0400'); // exactly at vanaf: in
    expect(ids).not.toContain('BZ-R1100'); // exactly at tot: out
    expect(ids).toContain('BZ-R1023');
  });

  it('takes tot alone, compared as a moment whatever the offset it is written in', async () => {
    // 09:00Z is 10:00+01:00, the start of BZ-R0310: exclusive, so not listed; a second later it is.
    const mine = async (until: string) =>
      (await walk(`/bezoeken?pageSize=50&tot=${q(until)}`)).ids
        .filter((id) => id.startsWith('BZ-R'))
        .sort();
    expect(await mine('2024-03-03T09:00:00Z')).toEqual(['BZ-R0300']);
    expect(await mine('2024-03-03T09:00:01Z')).toEqual(['BZ-R0300', 'BZ-R0310']);
  });

  it('refuses tot before (or at) vanaf with a 400 naming both', async () => {
    for (const until of [at('03', '00'), at('05', '00')]) {
      const r = await call(
        'GET',
        `/bezoeken?vanaf=${q(at('05', '00'))}&tot=${q(until)}`,
        keys.A.planner,
      );
      expect(r.statusCode, r.body).toBe(400);
      const body = r.json();
      expect(body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
        'tot',
        'vanaf',
      ]);
      expect(body.detail).toMatch(/`tot`.*`vanaf`/);
    }
    const bad = await call('GET', '/bezoeken?tot=volgende-week', keys.A.planner);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('tot');
  });

  it('documents tot as exclusive in the OpenAPI description', async () => {
    const doc = (await openApiDocument()) as {
      paths: Record<string, { get: { parameters: Array<{ name: string; description: string }> } }>;
    };
    const tot = doc.paths['/bezoeken']!.get.parameters.find((p) => p.name === 'tot');
    expect(tot?.description).toMatch(/exclusief/);
    expect(tot?.description).toMatch(/exclusive/);
  });

  it('cancels with If-Match: a stale version is refused (412), the current one answered with a new ETag', async () => {
    const read = await call('GET', '/bezoeken/BZ-R1210', keys.A.planner);
    const etag = String(read.headers.etag);
    const stale = await call(
      'POST',
      '/bezoeken/BZ-R1210/_annuleren',
      keys.A.planner,
      { annuleringsreden: 'medewerkerAfwezig' },
      { 'if-match': '"v999"' },
    );
    expect(stale.statusCode).toBe(412);
    expect((await call('GET', '/bezoeken/BZ-R1210', keys.A.planner)).json().status).toBe('gepland');
    const ok = await call(
      'POST',
      '/bezoeken/BZ-R1210/_annuleren',
      keys.A.planner,
      { annuleringsreden: 'verhinderd', status: 'geannuleerdDoorClient' },
      { 'if-match': etag },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).not.toBe(etag);
    expect(ok.json()).toMatchObject({
      status: 'geannuleerdDoorClient',
      annuleringsreden: 'verhinderd',
    });
    // The version read before is gone now: the same If-Match is refused, before any other check.
    const again = await call(
      'POST',
      '/bezoeken/BZ-R1210/_annuleren',
      keys.A.planner,
      { annuleringsreden: 'medewerkerAfwezig' },
      { 'if-match': etag },
    );
    expect(again.statusCode).toBe(412);
  });

  it('lets only staff say who cancelled; a household that names the provider gets a 400 naming status', async () => {
    const db = ctx.app.zorghub.db;
    await seedHousehold(db, 'HUB-A', 'PA', true);
    const household = (
      await createApiKey(db, {
        hubId: 'HUB-A',
        orgId: 'HH-PA',
        role: 'particulier',
        householdId: 'HH-PA',
      })
    ).apiKey;
    const start = new Date(Date.now() + 72 * 3_600_000);
    const booked = await call('POST', '/bezoeken', keys.A.planner, {
      id: 'BZ-R-HH',
      clientId: 'CL-PA',
      deelnemerId: 'DN-A1',
      dienstId: 'DI-A',
      abonnementId: 'AB-PA',
      geplandStartOp: start.toISOString(),
      geplandEindOp: new Date(start.getTime() + 3_600_000).toISOString(),
      status: 'gepland',
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const refused = await call('POST', '/bezoeken/BZ-R-HH/_annuleren', household, {
      annuleringsreden: 'verhinderd',
      status: 'geannuleerdDoorAanbieder',
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().invalidParams[0].name).toBe('status');
    const own = await call('POST', '/bezoeken/BZ-R-HH/_annuleren', household, {
      annuleringsreden: 'verhinderd',
    });
    expect(own.json().status).toBe('geannuleerdDoorClient');
    const byProvider = await call('POST', '/bezoeken/BZ-R1223/_annuleren', keys.A.planner, {
      annuleringsreden: 'medewerkerAfwezig',
    });
    expect(byProvider.json().status).toBe('geannuleerdDoorAanbieder');
  });
});
