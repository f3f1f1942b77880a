// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Private households (issue 17), second part: the public offer the sign-up page reads, and a
 * household withdrawing its consent and revoking its mandate (AVG art. 7(3)) with what follows.
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
import { signupBody } from './test-support/signup-body.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

describe.each(DATABASES)('the hub’s offer and a household’s withdrawals on %s', (kind) => {
  let ctx: Awaited<ReturnType<typeof appFor>>;
  let keys: { A: Keys; B: Keys };
  beforeAll(async () => {
    ctx = await appFor(kind, 'household_withdraw', {
      rateLimit: false,
      signup: {
        hubId: 'HUB-A',
        hourlyCents: 3000,
        max: 1000,
        packages: [
          { aantalPerPeriode: 4, periodeEenheid: 'maand' },
          { aantalPerPeriode: 3, periodeEenheid: 'week' },
        ],
      },
    });
    keys = await seedTenants(ctx.app);
    await seedHousehold(ctx.app.zorghub.db, 'HUB-A', 'PA', true);
  });
  afterAll(async () => ctx.close());

  const call = (method: 'POST' | 'GET', url: string, key?: string, payload?: unknown) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: key ? { authorization: `Bearer ${key}` } : {},
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const outbox = async () =>
    (await call('GET', '/uitgaande-berichten', keys.A.beheerder)).json().resultaten as Array<{
      soort: string;
      aan: string;
      tekst: string;
    }>;

  it('publishes the offer without a credential: bundles priced at the tariff, the hub’s services', async () => {
    const r = await call('GET', '/aanbod');
    expect(r.statusCode, r.body).toBe(200);
    const offer = r.json();
    expect(offer.uurtariefInCenten).toBe(3000);
    expect(offer.opzegtermijnDagen).toBe(30);
    expect(offer.pakketten).toEqual([
      expect.objectContaining({
        aantalPerPeriode: 4,
        periodeEenheid: 'maand',
        prijsPerPeriodeInCenten: 12_000,
      }),
      expect.objectContaining({
        aantalPerPeriode: 3,
        periodeEenheid: 'week',
        prijsPerPeriodeInCenten: 9000,
      }),
    ]);
    // Hub A's services, not hub B's.
    const services = await ctx.app.zorghub.db.query<{ id: string }>(
      "SELECT id FROM records WHERE hub_id = 'HUB-A' AND entity = 'dienst' ORDER BY id",
    );
    expect(offer.diensten.map((d: { id: string }) => d.id).sort()).toEqual(
      services.rows.map((s) => s.id),
    );
    expect(r.body).not.toContain('HUB-B');
    const doc = (await call('GET', '/openapi.json')).json();
    expect(doc.paths['/aanbod'].get.security).toEqual([]);
  });

  it('refuses a sign-up for a bundle the hub does not offer, naming the field and the offer', async () => {
    const body = signupBody();
    (body.abonnement as Record<string, unknown>).aantalPerPeriode = 5;
    const r = await call('POST', '/aanmeldingen', undefined, body);
    expect(r.statusCode).toBe(422);
    expect(r.json().invalidParams[0]).toMatchObject({ name: 'abonnement.aantalPerPeriode' });
    expect(r.json().invalidParams[0].reason).toContain('4/maand, 3/week');
  });

  it('lets the household read its own consents and mandates only, each read access-logged', async () => {
    const own = keys.A.particulier;
    const consents = await call('GET', '/toestemmingen', own);
    expect(consents.json().resultaten.map((t: { id: string }) => t.id)).toEqual(['TS-PA']);
    const mandates = await call('GET', '/machtigingen', own);
    expect(mandates.json().resultaten.map((m: { id: string }) => m.id)).toEqual(['MA-PA']);
    const one = await call('GET', '/machtigingen/MA-PA', own);
    expect(one.statusCode).toBe(200);
    expect(one.json().iban).toBe('NL91ABNA0417164300');
    expect((await call('GET', '/machtigingen/MA-PA', keys.B.particulier)).statusCode).toBe(404);
    expect((await call('GET', '/machtigingen/MA-PA', keys.A.zorgorganisatie)).statusCode).toBe(403);
    const log = await ctx.app.zorghub.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE object_id = 'MA-PA' AND client_id = 'CL-PA'",
    );
    expect(log.rows[0]!.n).toBeGreaterThanOrEqual(1);
  });

  it('revokes a mandate: no more lines in the direct-debit file, pay by invoice, a confirmation', async () => {
    const invoice = {
      id: 'FA-PA-12',
      factuurnummer: 'FA-PA-12',
      aanbiederId: 'HUB-A',
      huishoudenId: 'HH-PA',
      abonnementId: 'AB-PA',
      factuurDatum: '2026-12-01',
      periodeStartDatum: '2026-11-01',
      periodeEindDatum: '2026-11-30',
      status: 'verzonden',
      regels: [],
      totaalExclBtwInCenten: 12_000,
      btwBedragInCenten: 0,
      totaalInclBtwInCenten: 12_000,
    };
    await ctx.app.zorghub.db.query(
      "INSERT INTO records (hub_id, entity, id, parent_id, household_id, data) VALUES ('HUB-A', 'factuur', $1, 'AB-PA', 'HH-PA', $2)",
      [invoice.id, JSON.stringify(invoice)],
    );
    const before = await call('GET', '/incassobestanden/2026-12', keys.A.planner);
    expect(before.body).toContain('<MndtId>MA-PA</MndtId>');
    expect(checkPain008(before.body)).toEqual([]);
    const r = await call('POST', '/machtigingen/MA-PA/_intrekken', keys.A.particulier, {});
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ingetrokken' });
    expect(r.json().ingetrokkenOp).toBeDefined();
    // Its line is gone; with no other collection in the month there is no file at all (a bank
    // refuses an empty one), and the reason says so.
    const after = await call('GET', '/incassobestanden/2026-12', keys.A.planner);
    expect(after.statusCode).toBe(404);
    expect(after.body).not.toContain('MA-PA');
    expect(after.json().detail).toMatch(/actieve machtiging/);
    const household = await call('GET', '/huishoudens/HH-PA', keys.A.particulier);
    expect(household.json().betaalwijze).toBe('factuur');
    const [message] = await outbox();
    expect(message).toMatchObject({ soort: 'machtigingIngetrokken', aan: 'hh-pa@example.org' });
    expect(message!.tekst).toContain('MA-PA');
    const again = await call('POST', '/machtigingen/MA-PA/_intrekken', keys.A.particulier, {});
    expect(again.statusCode).toBe(409);
    const logged = await ctx.app.zorghub.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM access_log WHERE action = 'change' AND object_id = 'MA-PA' AND client_id = 'CL-PA'",
    );
    expect(logged.rows[0]!.n).toBeGreaterThanOrEqual(1);
  });

  it('withdraws the consent to the service: the subscription ends at its notice period', async () => {
    expect(
      (await call('POST', '/toestemmingen/TS-PA/_intrekken', keys.B.particulier, {})).statusCode,
    ).toBe(404);
    const r = await call('POST', '/toestemmingen/TS-PA/_intrekken', keys.A.particulier, {});
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().ingetrokkenOp).toBeDefined();
    const sub = (await call('GET', '/abonnementen/AB-PA', keys.A.particulier)).json();
    const end = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(sub).toMatchObject({ status: 'opgezegd', eindDatum: end });
    const [message] = await outbox();
    expect(message).toMatchObject({ soort: 'toestemmingIngetrokken', aan: 'hh-pa@example.org' });
    expect(message!.tekst).toContain('AB-PA');
    expect(message!.tekst).toContain(end);
    expect(
      (await call('POST', '/toestemmingen/TS-PA/_intrekken', keys.A.particulier, {})).statusCode,
    ).toBe(409);
  });

  it('withdraws another consent without touching the subscription', async () => {
    const body = signupBody({
      toestemmingen: [
        { onderwerp: 'dienstverlening', verklaringVersie: '2026-1' },
        { onderwerp: 'nieuwsbrief', verklaringVersie: '2026-1' },
      ],
    });
    (body.huishouden as Record<string, unknown>).taal = 'en';
    const ids = (await call('POST', '/aanmeldingen', undefined, body)).json();
    const letter = ids.toestemmingIds[1];
    const r = await call('POST', `/toestemmingen/${letter}/_intrekken`, keys.A.planner, {});
    expect(r.statusCode, r.body).toBe(200);
    const sub = (await call('GET', `/abonnementen/${ids.abonnementId}`, keys.A.planner)).json();
    expect(sub.status).toBe('aangevraagd');
    const [message] = await outbox();
    expect(message).toMatchObject({ soort: 'toestemmingIngetrokken' });
    expect(message!.tekst).toContain('Newsletter');
    expect(message!.tekst).not.toContain(ids.abonnementId);
  });
});
