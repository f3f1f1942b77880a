// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Private households (issue 17): the public sign-up, the e-mail sign-in link, the outbox, and the
 * household's own view (role particulier: its own household only).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkPain008 } from './households/pain008.js';
import {
  appFor,
  DATABASES,
  type Keys,
  seedHousehold,
  seedTenants,
} from './test-support/harness.js';
import { xsdErrors } from './test-support/pain008-xsd.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

export const signupBody = (over: Record<string, unknown> = {}) => ({
  huishouden: {
    naam: 'Huishouden Test',
    straat: 'Teststraat',
    huisnummer: '7',
    postcode: '2611 AB',
    woonplaats: 'Delft',
    gemeentecode: 'GM0503',
    email: 'test-huishouden@example.org',
    taal: 'nl',
  },
  abonnement: {
    abonnementsvorm: 'urenbundel',
    aantalPerPeriode: 4,
    periodeEenheid: 'maand',
    startDatum: '2026-12-14',
    voorkeursdagen: ['dinsdag'],
  },
  toestemmingen: [{ onderwerp: 'dienstverlening', verklaringVersie: '2026-1' }],
  betaling: {
    betaalwijze: 'incasso',
    iban: 'NL91 ABNA 0417 1643 00',
    rekeninghouder: 'Huishouden Test',
  },
  ...over,
});

describe.each(DATABASES)('private households on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'households', {
      rateLimit: false,
      signup: { hubId: 'HUB-A', hourlyCents: 3000, max: 1000 },
    });
    keys = await seedTenants(ctx.app);
  });
  afterAll(async () => ctx.close());

  const post = (url: string, payload: unknown, key?: string) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: key ? { authorization: `Bearer ${key}` } : {},
      payload: payload as object,
    });
  const get = (url: string, key: string) =>
    ctx.app.inject({ url: `/api/v1${url}`, headers: { authorization: `Bearer ${key}` } });
  const outbox = async () =>
    (await get('/uitgaande-berichten', keys.A.beheerder)).json().resultaten;

  it('signs a household up without a credential: household, subscription, consent, mandate, confirmation', async () => {
    const r = await post('/aanmeldingen', signupBody());
    expect(r.statusCode, r.body).toBe(201);
    const ids = r.json();
    expect(Object.keys(ids).sort()).toEqual(
      ['abonnementId', 'huishoudenId', 'machtigingId', 'toestemmingIds'].sort(),
    );
    // Nothing personal in the answer.
    expect(r.body).not.toMatch(/Teststraat|example\.org|ABNA|Huishouden Test/);
    const sub = await get(`/abonnementen/${ids.abonnementId}`, keys.A.planner);
    expect(sub.json()).toMatchObject({
      status: 'aangevraagd',
      afnemersoort: 'particulier',
      huishoudenId: ids.huishoudenId,
      tariefInCenten: 3000,
      aanbiederId: 'HUB-A',
      voorkeursdagen: ['dinsdag'],
    });
    const mandate = await ctx.app.zorghub.db.query<{ data: { iban: string } }>(
      "SELECT data FROM records WHERE entity = 'machtiging' AND id = $1",
      [ids.machtigingId],
    );
    expect(mandate.rows[0]!.data.iban).toBe('NL91ABNA0417164300');
    const [message] = await outbox();
    expect(message).toMatchObject({
      soort: 'aanmeldbevestiging',
      aan: 'test-huishouden@example.org',
      taal: 'nl',
      verzondenOp: null,
    });
    expect(message.tekst).toContain(ids.abonnementId);
    expect(message.tekst).toContain('/app/#/inloggen');
  });

  it('refuses a wrong IBAN, a missing consent and a bad postcode with the field named', async () => {
    const bad = await post(
      '/aanmeldingen',
      signupBody({
        betaling: { betaalwijze: 'incasso', iban: 'NL92ABNA0417164300', rekeninghouder: 'X' },
      }),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().invalidParams[0].name).toBe('betaling.iban');
    expect(bad.json().detail).toMatch(/mod-97/);
    const noConsent = await post(
      '/aanmeldingen',
      signupBody({ toestemmingen: [{ onderwerp: 'nieuwsbrief', verklaringVersie: '2026-1' }] }),
    );
    expect(noConsent.statusCode).toBe(422);
    expect(noConsent.json().invalidParams[0].name).toBe('toestemmingen');
    const body = signupBody();
    (body.huishouden as Record<string, unknown>).postcode = '26 AB';
    const badPostcode = await post('/aanmeldingen', body);
    expect(badPostcode.statusCode).toBe(400);
    expect(JSON.stringify(badPostcode.json().invalidParams)).toContain('postcode');
    const invoice = await post(
      '/aanmeldingen',
      signupBody({ betaling: { betaalwijze: 'factuur' } }),
    );
    expect(invoice.statusCode, invoice.body).toBe(201);
    expect(invoice.json().machtigingId).toBeUndefined();
  });

  it('signs a household in by a one-time link and scopes its credential to that household', async () => {
    const before = (await outbox()).length;
    const unknown = await post('/huishoudsessies', { email: 'nobody@example.org' });
    expect(unknown.statusCode).toBe(202);
    expect((await outbox()).length).toBe(before);
    const known = await post('/huishoudsessies', { email: 'TEST-huishouden@example.org' });
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    const [link] = await outbox();
    expect(link.soort).toBe('inloglink');
    const token = /\/app\/#\/inloggen\?token=([A-Za-z0-9_-]+)/.exec(link.tekst)![1]!;
    // Only the hash is stored.
    const stored = await ctx.app.zorghub.db.query(
      'SELECT 1 FROM household_tokens WHERE hash = $1',
      [token],
    );
    expect(stored.rows).toHaveLength(0);
    const session = await post('/huishoudsessies/_inwisselen', { token });
    expect(session.statusCode, session.body).toBe(201);
    const { apiKey, huishoudenId } = session.json();
    const again = await post('/huishoudsessies/_inwisselen', { token });
    expect(again.statusCode).toBe(401);
    const me = await get('/sessie', apiKey);
    expect(me.json()).toMatchObject({ rol: 'particulier', huishoudenId });
    const own = await get(`/huishoudens/${huishoudenId}`, apiKey);
    expect(own.statusCode).toBe(200);
    expect(own.json().straat).toBe('Teststraat');
    expect((await get('/huishoudens/HH-PA', apiKey)).statusCode).toBe(404);
    const subs = await get('/abonnementen', apiKey);
    expect(subs.json().resultaten.map((s: { huishoudenId: string }) => s.huishoudenId)).toEqual([
      huishoudenId,
    ]);
    expect((await get('/abonnementen/AB-PA', apiKey)).statusCode).toBe(404);
    expect((await get('/clienten', apiKey)).statusCode).toBe(403);
    // Every read of a household is access-logged under its client pseudonym.
    const log = await ctx.app.zorghub.db.query<{ client_id: string; result: string }>(
      "SELECT client_id, result FROM access_log WHERE object_type = 'huishouden' AND object_id = $1",
      [huishoudenId],
    );
    expect(log.rows.map((r) => r.result)).toContain('geslaagd:200');
  });

  it('keeps households to the hub: another hub and the care organisations do not see them', async () => {
    expect((await get('/huishoudens/HH-PA', keys.B.beheerder)).statusCode).toBe(404);
    expect((await get('/huishoudens/HH-PA', keys.A.zorgorganisatie)).statusCode).toBe(403);
    expect((await get('/huishoudens', keys.A.planner)).json().resultaten.length).toBeGreaterThan(1);
    expect((await get('/uitgaande-berichten', keys.A.planner)).statusCode).toBe(403);
  });
});

describe.each(DATABASES)('a household’s subscription and visits on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'household_life', {
      rateLimit: false,
      signup: { hubId: 'HUB-A', hourlyCents: 3000, max: 1000 },
    });
    keys = await seedTenants(ctx.app);
    await seedHousehold(ctx.app.zorghub.db, 'HUB-A', 'PA', true);
  });
  afterAll(async () => ctx.close());

  const call = (method: 'POST' | 'PATCH' | 'GET', url: string, key: string, payload?: unknown) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${key}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const book = async (id: string, hoursAhead: number) => {
    const start = new Date(Date.now() + hoursAhead * 3_600_000);
    const r = await call('POST', '/bezoeken', keys.A.planner, {
      id,
      clientId: 'CL-PA',
      deelnemerId: 'DN-A1',
      dienstId: 'DI-A',
      abonnementId: 'AB-PA',
      geplandStartOp: start.toISOString(),
      geplandEindOp: new Date(start.getTime() + 3_600_000).toISOString(),
      status: 'gepland',
    });
    expect(r.statusCode, r.body).toBe(201);
  };

  it('lets the household cancel its visit 24 hours ahead, not later; the planner always', async () => {
    await book('BZ-PA-LATER', 48);
    await book('BZ-PA-SOON', 2);
    const own = (await call('GET', '/bezoeken', keys.A.particulier)).json().resultaten;
    expect(own.map((v: { id: string }) => v.id).sort()).toEqual(['BZ-PA-LATER', 'BZ-PA-SOON']);
    const upcoming = await call(
      'GET',
      `/bezoeken?abonnementId=AB-PA&vanaf=${encodeURIComponent(new Date(Date.now() + 24 * 3_600_000).toISOString())}`,
      keys.A.particulier,
    );
    expect(upcoming.json().resultaten.map((v: { id: string }) => v.id)).toEqual(['BZ-PA-LATER']);
    expect((await call('GET', '/bezoeken/BZ-A1', keys.A.particulier)).statusCode).toBe(404);
    const late = await call('POST', '/bezoeken/BZ-PA-SOON/_annuleren', keys.A.particulier, {
      annuleringsreden: 'verhinderd',
    });
    expect(late.statusCode).toBe(422);
    expect(late.json().invalidParams[0].name).toBe('geplandStartOp');
    expect(late.json().detail).toMatch(/24 uur/);
    const ok = await call('POST', '/bezoeken/BZ-PA-LATER/_annuleren', keys.A.particulier, {
      annuleringsreden: 'verhinderd',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'geannuleerdDoorClient',
      annuleringsreden: 'verhinderd',
    });
    const twice = await call('POST', '/bezoeken/BZ-PA-LATER/_annuleren', keys.A.particulier, {
      annuleringsreden: 'verhinderd',
    });
    expect(twice.statusCode).toBe(409);
    const planner = await call('POST', '/bezoeken/BZ-PA-SOON/_annuleren', keys.A.planner, {
      annuleringsreden: 'medewerkerAfwezig',
    });
    expect(planner.json().status).toBe('geannuleerdDoorAanbieder');
    const foreign = await call('POST', '/bezoeken/BZ-A1/_annuleren', keys.A.particulier, {
      annuleringsreden: 'verhinderd',
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('confirms, changes, pauses, resumes and ends a subscription; refuses an illegal step', async () => {
    const signed = await call('POST', '/aanmeldingen', keys.A.planner, {});
    expect(signed.statusCode).toBe(400);
    const { abonnementId } = (
      await ctx.app.inject({ method: 'POST', url: '/api/v1/aanmeldingen', payload: signupBody() })
    ).json();
    const early = await call('POST', `/abonnementen/${abonnementId}/_pauzeren`, keys.A.planner, {
      pauzeVanafDatum: '2027-01-01',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toMatch(/aangevraagd.*gepauzeerd/);
    expect(
      (await call('POST', `/abonnementen/${abonnementId}/_bevestigen`, keys.A.particulier))
        .statusCode,
    ).toBe(403);
    const confirmed = await call(
      'POST',
      `/abonnementen/${abonnementId}/_bevestigen`,
      keys.A.planner,
    );
    expect(confirmed.json().status).toBe('actief');
    const own = keys.A.particulier;
    const changed = await call('PATCH', '/abonnementen/AB-PA', own, {
      aantalPerPeriode: 6,
      voorkeursdagen: ['woensdag'],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ aantalPerPeriode: 6, voorkeursdagen: ['woensdag'] });
    expect(
      (await call('PATCH', `/abonnementen/${abonnementId}`, own, { aantalPerPeriode: 1 }))
        .statusCode,
    ).toBe(404);
    const paused = await call('POST', '/abonnementen/AB-PA/_pauzeren', own, {
      pauzeVanafDatum: '2027-01-01',
      pauzeTotDatum: '2027-01-31',
    });
    expect(paused.json().status).toBe('gepauzeerd');
    const resumed = await call('POST', '/abonnementen/AB-PA/_hervatten', own);
    expect(resumed.json().status).toBe('actief');
    expect(resumed.json().pauzeVanafDatum).toBeUndefined();
    const ended = await call('POST', '/abonnementen/AB-PA/_opzeggen', own);
    expect(ended.statusCode, ended.body).toBe(200);
    const end = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(ended.json()).toMatchObject({ status: 'opgezegd', eindDatum: end });
    expect(ended.json().opgezegdOp).toBeDefined();
    const again = await call('POST', '/abonnementen/AB-PA/_opzeggen', own);
    expect(again.statusCode).toBe(409);
    expect(
      (await call('PATCH', '/abonnementen/AB-PA', own, { aantalPerPeriode: 2 })).statusCode,
    ).toBe(409);
  });
});

describe.each(DATABASES)('the SEPA direct-debit file on %s', (kind) => {
  it('has one transaction per sent household invoice paid by direct debit, checked and logged', async () => {
    const ctx = await appFor(kind, 'household_sepa', { rateLimit: false });
    try {
      const keys = await seedTenants(ctx.app);
      const invoice = (id: string, date: string, cents: number) => ({
        id,
        factuurnummer: id,
        aanbiederId: 'HUB-A',
        huishoudenId: 'HH-PA',
        abonnementId: 'AB-PA',
        factuurDatum: date,
        periodeStartDatum: date,
        periodeEindDatum: date,
        status: 'verzonden',
        regels: [],
        totaalExclBtwInCenten: cents,
        btwBedragInCenten: 0,
        totaalInclBtwInCenten: cents,
      });
      for (const f of [
        invoice('FA-PA-10', '2026-10-01', 9000),
        invoice('FA-PA-11', '2026-11-01', 12_001),
      ])
        await ctx.app.zorghub.db.query(
          "INSERT INTO records (hub_id, entity, id, parent_id, household_id, data) VALUES ('HUB-A', 'factuur', $1, 'AB-PA', 'HH-PA', $2)",
          [f.id, JSON.stringify(f)],
        );
      const get = (url: string, key: string) =>
        ctx.app.inject({ url: `/api/v1${url}`, headers: { authorization: `Bearer ${key}` } });
      const oct = await get('/incassobestanden/2026-10', keys.A.planner);
      expect(oct.statusCode).toBe(200);
      expect(oct.headers['content-type']).toMatch(/^application\/xml/);
      expect(oct.body).toContain('<SeqTp>FRST</SeqTp>');
      const nov = await get('/incassobestanden/2026-11', keys.A.planner);
      expect(nov.body).toContain('<SeqTp>RCUR</SeqTp>');
      expect(nov.body).toContain('<MndtId>MA-PA</MndtId>');
      expect(nov.body).toMatch(/<GrpHdr>.*<NbOfTxs>1<\/NbOfTxs><CtrlSum>120\.01<\/CtrlSum>/);
      expect(checkPain008(nov.body)).toEqual([]);
      // The files the API serves pass the XSD of the Deutsche Kreditwirtschaft (EPC SDD Core).
      expect(xsdErrors(oct.body)).toEqual([]);
      expect(xsdErrors(nov.body)).toEqual([]);
      // Hub B collects nothing: no empty file (a bank refuses it) but a 404 that says why.
      const none = await get('/incassobestanden/2026-11', keys.B.planner);
      expect(none.statusCode).toBe(404);
      expect(none.json().detail).toMatch(/no sent household invoice paid by direct debit/);
      expect((await get('/incassobestanden/2026-11', keys.A.particulier)).statusCode).toBe(403);
      expect((await get('/incassobestanden/2026-13', keys.A.planner)).statusCode).toBe(404);
      const log = await ctx.app.zorghub.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM access_log WHERE action = 'export' AND result = 'geslaagd:200'",
      );
      expect(log.rows[0]!.n).toBe(2);
    } finally {
      await ctx.close();
    }
  });
});

describe('the public routes are limited per address', () => {
  it('answers 429 with Retry-After once an address is over the limit', async () => {
    const ctx = await appFor('pglite', 'households_limit', {
      rateLimit: false,
      signup: { hubId: 'HUB-A', hourlyCents: 3000, max: 2 },
    });
    try {
      const ask = () =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/v1/huishoudsessies',
          payload: { email: 'a@example.org' },
        });
      expect((await ask()).statusCode).toBe(202);
      expect((await ask()).statusCode).toBe(202);
      const over = await ask();
      expect(over.statusCode).toBe(429);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await ctx.close();
    }
  });
});
