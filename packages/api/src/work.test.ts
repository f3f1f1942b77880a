// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordValidator } from './standard.js';
import { recover } from './test-support/disclosure-attack.js';
import { appFor, DATABASES, insertRecord, type Keys, seedTenants } from './test-support/harness.js';
import type { Role } from './types.js';

describe.each(DATABASES)('the work itself on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'work', {
      rateLimit: { max: 100_000, timeWindow: 60_000 },
      bodyLimit: 64 * 1024,
    });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  const call = (
    role: Role,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${keys.A[role]}`, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  const visit = (id: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({
    id,
    clientId: 'CL-A1',
    deelnemerId: 'DN-A1',
    abonnementId: 'AB-A1',
    dienstId: 'DI-A',
    geplandStartOp: start,
    geplandEindOp: end,
    status: 'gepland',
    ...extra,
  });

  it('books visits against the subscription hours and refuses overbooking', async () => {
    // AB-A1 has 100 hours a month; BZ-A1 already takes 1 hour in March 2024.
    const big = await call(
      'planner',
      'POST',
      '/bezoeken',
      visit('BZ-A10', '2024-03-10T08:00:00+01:00', '2024-03-14T11:00:00+01:00'),
    );
    expect(big.statusCode).toBe(201); // 99 hours: exactly full
    const over = await call(
      'planner',
      'POST',
      '/bezoeken',
      visit('BZ-A11', '2024-03-20T10:00:00+01:00', '2024-03-20T10:30:00+01:00'),
    );
    expect(over.statusCode).toBe(409);
    expect(over.json().detail).toMatch(/Overboeking/);
    const april = await call(
      'zorgorganisatie',
      'POST',
      '/bezoeken',
      visit('BZ-A12', '2024-04-02T10:00:00+02:00', '2024-04-02T12:00:00+02:00'),
    );
    expect(april.statusCode).toBe(201);
    const foreign = await call('zorgorganisatie', 'POST', '/bezoeken', {
      ...visit('BZ-A13', '2024-04-03T10:00:00+02:00', '2024-04-03T11:00:00+02:00'),
      clientId: 'CL-A2',
      abonnementId: 'AB-A2',
    });
    // Another care organisation's client is answered as an unknown one (no existence oracle).
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().invalidParams[0].name).toBe('clientId');
  });

  it('records done, cancelled and no-show; a worker only for their own visits', async () => {
    const done = await call('medewerker', 'POST', '/bezoeken/BZ-A10/_status', {
      status: 'uitgevoerd',
      werkelijkStartOp: '2024-03-10T08:00:00+01:00',
      werkelijkEndOp: 'x',
    });
    expect(done.statusCode).toBe(400); // unknown property refused
    const ok = await call('medewerker', 'POST', '/bezoeken/BZ-A10/_status', {
      status: 'uitgevoerd',
      werkelijkStartOp: '2024-03-10T08:00:00+01:00',
      werkelijkEindOp: '2024-03-10T10:00:00+01:00',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('uitgevoerd');
    expect(
      (await call('medewerker', 'POST', '/bezoeken/BZ-A2/_status', { status: 'nietAangetroffen' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await call('planner', 'POST', '/bezoeken/BZ-A12/_status', {
          status: 'geannuleerdDoorClient',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await call('planner', 'POST', '/bezoeken/BZ-A12/_status', { status: 'uitgevoerd' }))
        .statusCode,
    ).toBe(409);
    // Without actual times the standard refuses 'uitgevoerd'.
    expect(
      (await call('planner', 'POST', '/bezoeken/BZ-A1/_status', { status: 'uitgevoerd' }))
        .statusCode,
    ).toBe(400);
    // A cancelled visit frees its hours: March can take the half hour now? No: cancellation was in April.
    expect(
      (
        await call(
          'planner',
          'POST',
          '/bezoeken',
          visit('BZ-A14', '2024-04-20T10:00:00+02:00', '2024-04-20T12:00:00+02:00'),
        )
      ).statusCode,
    ).toBe(201);
  });

  it('routes a signal to the client’s care organisation, where (and only where) it is acknowledged', async () => {
    const r = await call('medewerker', 'POST', '/signalen', {
      id: 'SG-A20',
      clientId: 'CL-A1',
      categorie: 'eenzaamheid',
      urgentie: 'hoog',
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ doorgezetNaarId: 'OZ-A1', deelnemerId: 'DN-A1' });
    const misrouted = await call('planner', 'POST', '/signalen', {
      id: 'SG-A21',
      clientId: 'CL-A1',
      deelnemerId: 'DN-A1',
      categorie: 'eenzaamheid',
      urgentie: 'hoog',
      doorgezetNaarId: 'OZ-A2',
    });
    expect(misrouted.statusCode).toBe(422);
    const keyA2 = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/signalen/SG-A20/_ontvangst',
      headers: { authorization: `Bearer ${keys.A.beheerder}` },
      payload: {},
    });
    expect(keyA2.statusCode).toBe(403);
    const ack = await call('zorgorganisatie', 'POST', '/signalen/SG-A20/_ontvangst', {
      opvolging: 'contactMetClient',
    });
    expect(ack.statusCode).toBe(200);
    expect(ack.json().ontvangenOp).toBeTruthy();
    expect(ack.json().opvolging).toBe('contactMetClient');
    expect(
      (await call('zorgorganisatie', 'POST', '/signalen/SG-A2/_ontvangst', {})).statusCode,
    ).toBe(404);
  });

  it('keeps timesheets: a worker records own hours, a job coach approves them', async () => {
    const own = await call('medewerker', 'POST', '/uren', {
      id: 'UR-A20',
      werkDatum: '2024-03-10',
      uren: 6,
      urensoort: 'dienstverlening',
      deelnemerId: 'DN-A1',
    });
    expect(own.statusCode).toBe(201);
    const other = await call('medewerker', 'POST', '/uren', {
      id: 'UR-A21',
      werkDatum: '2024-03-10',
      uren: 6,
      urensoort: 'dienstverlening',
      deelnemerId: 'DN-A2',
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().invalidParams[0].name).toBe('deelnemerId');
    const approved = await call('jobcoach', 'POST', '/uren/UR-A20/_goedkeuring');
    expect(approved.json().goedgekeurdOp).toBeTruthy();
    const change = await call('medewerker', 'PUT', '/uren/UR-A20', {
      id: 'UR-A20',
      werkDatum: '2024-03-10',
      uren: 9,
      urensoort: 'dienstverlening',
      deelnemerId: 'DN-A1',
    });
    expect(change.statusCode).toBe(409);
  });

  it('invoices performed visits × tariff once per month', async () => {
    const first = await call('beheerder', 'POST', '/facturen/_genereer', { maand: '2024-03' });
    expect(first.statusCode).toBe(201);
    expect(first.json().aangemaakt).toEqual(['FA-2024-03-AB-A1']);
    const invoice = (await call('beheerder', 'GET', '/facturen/FA-2024-03-AB-A1')).json();
    expect(invoice.totaalExclBtwInCenten).toBe(2 * 3250); // 2 performed hours at €32.50
    expect(recordValidator('factuur')(invoice)).toBe(true);
    const again = await call('beheerder', 'POST', '/facturen/_genereer', { maand: '2024-03' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ aangemaakt: [], bestaand: ['FA-2024-03-AB-A1'] });
    const { rows } = await ctx.app.zorghub.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM records WHERE entity = 'factuur' AND hub_id = 'HUB-A'",
    );
    expect(Number(rows[0]!.n)).toBe(3);
    const seen = await call('zorgorganisatie', 'GET', '/facturen');
    expect(
      seen
        .json()
        .resultaten.map((f: { id: string }) => f.id)
        .sort(),
    ).toEqual(['FA-2024-03-AB-A1', 'FA-A1']);
  });

  it('exports NDJSON and CSV that are valid against the standard and minimised', async () => {
    const nd = await call('beheerder', 'GET', '/exports/signalen?formaat=ndjson');
    expect(nd.statusCode).toBe(200);
    expect(nd.headers['content-type']).toMatch(/ndjson/);
    const lines = nd.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) {
      expect(recordValidator('signaal')(l)).toBe(true);
      expect(l).not.toHaveProperty('omschrijving');
      expect(l).not.toHaveProperty('opvolging');
    }
    const csv = await call('beheerder', 'GET', '/exports/clienten?formaat=csv');
    const [header, ...rows] = csv.body.trim().split('\r\n');
    expect(header!.split(',')).toEqual(expect.arrayContaining(['id', 'startDatum']));
    expect(rows.length).toBeGreaterThan(1);
    expect(csv.body).not.toMatch(/-B\d/);
    expect((await call('beheerder', 'GET', '/exports/onbekend')).statusCode).toBe(404);
  });

  it('gives funders aggregates only, with cells under 5 people suppressed', async () => {
    for (let i = 0; i < 6; i++) {
      await insertRecord(ctx.app.zorghub.db, 'HUB-A', 'deelnemer', {
        id: `DN-X${i}`,
        werkgeverId: 'HUB-A',
        cohort: '2024-01',
        status: 'inDienst',
        aanmeldDatum: '2024-01-01',
      });
      await insertRecord(ctx.app.zorghub.db, 'HUB-A', 'uitkomst', {
        id: `UK-X${i}`,
        deelnemerId: `DN-X${i}`,
        periodeStartDatum: '2024-01-01',
        periodeEindDatum: '2024-03-31',
        arbeidssituatie: i < 5 ? 'regulierWerk' : 'geenWerk',
        uitkeringsstatus: 'beeindigd',
      });
    }
    const r = await call('financier', 'GET', '/uitkomst-aggregaties?vanafDatum=2024-01-01');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.aantalDeelnemers).toBe(8);
    const byWork = Object.fromEntries(
      body.arbeidssituatie.map((c: { waarde: string; aantalDeelnemers: number | null }) => [
        c.waarde,
        c.aantalDeelnemers,
      ]),
    );
    expect(byWork.regulierWerk).toBe(5);
    expect(byWork.geenWerk).toBeNull();
    expect(byWork.inDienstHub).toBeNull(); // the two seeded participants
    // No suppressed cell follows from the total and the other cells (the old single-cell
    // suppression showed beeindigd 6 next to the total 8, which gave away aanvullend = 2).
    for (const table of ['arbeidssituatie', 'uitkeringsstatus', 'uitgestroomd']) {
      const cells = (body[table] as Array<{ aantalDeelnemers: number | null }>).map(
        (c) => c.aantalDeelnemers,
      );
      const found = recover([
        [...cells, body.aantalDeelnemers],
        [...cells.map(() => null), null],
      ]);
      const leaks = cells.flatMap((v, j) => (v === null && found.has(`0,${j}`) ? [j] : []));
      expect(leaks, table).toEqual([]);
    }
    expect(JSON.stringify(body)).not.toMatch(/DN-|UK-/);
    expect((await call('financier', 'GET', '/uitkomsten')).statusCode).toBe(403);
  });

  it('honours ETag / If-Match with 412 on a stale write', async () => {
    const got = await call('planner', 'GET', '/clienten/CL-A1');
    const etag = got.headers.etag as string;
    expect(etag).toMatch(/^"v\d+"$/);
    const body = { ...got.json(), startDatum: '2024-01-02' };
    expect(
      (await call('planner', 'PUT', '/clienten/CL-A1', body, { 'if-match': etag })).statusCode,
    ).toBe(200);
    const stale = await call('planner', 'PUT', '/clienten/CL-A1', body, { 'if-match': etag });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toMatch(/problem\+json/);
  });

  it('replays a POST with the same Idempotency-Key and creates nothing new', async () => {
    const payload = { id: 'CL-A30', zorgorganisatieId: 'OZ-A1', startDatum: '2024-05-01' };
    const h = { 'idempotency-key': 'retry-key-0001' };
    const a = await call('planner', 'POST', '/clienten', payload, h);
    const b = await call('planner', 'POST', '/clienten', payload, h);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.json()).toEqual(a.json());
    const c = await call(
      'planner',
      'POST',
      '/clienten',
      { ...payload, startDatum: '2024-05-02' },
      h,
    );
    expect(c.statusCode).toBe(422);
    const again = await call('planner', 'POST', '/clienten', payload);
    expect(again.statusCode).toBe(409);
  });

  it('refuses bodies over the limit with 413', async () => {
    const r = await call('planner', 'POST', '/clienten', {
      id: 'CL-A40',
      startDatum: '2024-01-01',
      x: 'y'.repeat(70 * 1024),
    });
    expect(r.statusCode).toBe(413);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
  });

  it('runs retention: old signals deleted, ended clients anonymised, each logged', async () => {
    await insertRecord(ctx.app.zorghub.db, 'HUB-A', 'signaal', {
      id: 'SG-A90',
      clientId: 'CL-A1',
      categorie: 'eenzaamheid',
      urgentie: 'normaal',
      doorgezetNaarId: 'OZ-A1',
      gemeldOp: '2019-01-01T10:00:00+01:00',
    });
    await insertRecord(ctx.app.zorghub.db, 'HUB-A', 'client', {
      id: 'CL-A91',
      zorgorganisatieId: 'OZ-A1',
      startDatum: '2015-01-01',
      eindDatum: '2018-01-01',
      postcodegebied: '2624',
    });
    const before = Number(
      (await ctx.app.zorghub.db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log'))
        .rows[0]!.n,
    );
    // Every signal raised more than 730 days ago (the default term) goes, the seeded ones of 2024 included.
    const cutoff = new Date(Date.now() - 730 * 86400000).toISOString();
    const old = (
      await ctx.app.zorghub.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM records WHERE hub_id = 'HUB-A' AND entity = 'signaal' AND (data->>'gemeldOp')::timestamptz < $1::timestamptz",
        [cutoff],
      )
    ).rows[0]!.n;
    expect(Number(old)).toBeGreaterThanOrEqual(1);
    const r = await call('beheerder', 'POST', '/opschoonrondes');
    expect(r.statusCode).toBe(200);
    const res = Object.fromEntries(
      r.json().resultaten.map((x: { entity: string; count: number }) => [x.entity, x.count]),
    );
    expect(res.signaal).toBe(Number(old));
    expect(res.client).toBe(1);
    expect((await call('beheerder', 'GET', '/signalen/SG-A90')).statusCode).toBe(404);
    expect((await call('beheerder', 'GET', '/clienten/CL-A91')).json()).not.toHaveProperty(
      'postcodegebied',
    );
    const after = Number(
      (await ctx.app.zorghub.db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log'))
        .rows[0]!.n,
    );
    expect(after - before).toBe(Number(old) + 1 + 2); // one per deleted signal and anonymised client, one per GET above
  });
});
