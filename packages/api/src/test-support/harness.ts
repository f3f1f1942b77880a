// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { type BuildAppOptions, buildApp } from '../app.js';
import { createApiKey } from '../auth.js';
import type { Queryable } from '../db.js';
import type { Role } from '../types.js';

export const PG_URL =
  process.env.ZORGHUB_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Both storage back-ends; every suite runs against each. */
export const DATABASES = ['pglite', 'postgres'] as const;
export type DbKind = (typeof DATABASES)[number];

export function dbOptions(kind: DbKind, file: string): BuildAppOptions {
  if (kind === 'pglite') return { dataDir: 'memory://' };
  const schema = `t_${file.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  return { databaseUrl: PG_URL, schema };
}

export async function dropSchema(app: FastifyInstance, options: BuildAppOptions) {
  if (options.schema) await app.zorghub.db.query(`DROP SCHEMA IF EXISTS ${options.schema} CASCADE`);
}

const iso = '2024-03-04T10:00:00+01:00';

/** Valid records of every entity for one care organisation `t` (e.g. 'A1') in hub `h` (e.g. 'A'). */
export function tenantRecords(
  h: string,
  t: string,
): Array<{ entity: string; data: Record<string, unknown> }> {
  return [
    {
      entity: 'organisatie',
      data: {
        id: `OZ-${t}`,
        naam: `Zorg ${t}`,
        organisatiesoort: 'zorgorganisatie',
        rollen: ['afnemer'],
      },
    },
    {
      entity: 'abonnement',
      data: {
        id: `AB-${t}`,
        aanbiederId: `HUB-${h}`,
        afnemersoort: 'organisatie',
        afnemerOrganisatieId: `OZ-${t}`,
        abonnementsvorm: 'urenbundel',
        aantalPerPeriode: 100,
        periodeEenheid: 'maand',
        tariefInCenten: 3250,
        tariefeenheid: 'uur',
        startDatum: '2024-01-01',
      },
    },
    {
      entity: 'client',
      data: {
        id: `CL-${t}`,
        zorgorganisatieId: `OZ-${t}`,
        abonnementId: `AB-${t}`,
        startDatum: '2024-01-01',
      },
    },
    {
      entity: 'deelnemer',
      data: {
        id: `DN-${t}`,
        werkgeverId: `HUB-${h}`,
        cohort: '2024-01',
        status: 'inDienst',
        aanmeldDatum: '2024-01-01',
      },
    },
    {
      entity: 'training',
      data: {
        id: `TR-${t}`,
        deelnemerId: `DN-${t}`,
        trainingssoort: 'werknemersvaardigheden',
        startDatum: '2024-01-08',
      },
    },
    {
      entity: 'coachingcontact',
      data: { id: `CC-${t}`, deelnemerId: `DN-${t}`, contactDatum: '2024-02-01', vorm: 'werkplek' },
    },
    {
      entity: 'bezoek',
      data: {
        id: `BZ-${t}`,
        clientId: `CL-${t}`,
        deelnemerId: `DN-${t}`,
        abonnementId: `AB-${t}`,
        dienstId: `DI-${h}`,
        geplandStartOp: iso,
        geplandEindOp: '2024-03-04T11:00:00+01:00',
        status: 'gepland',
      },
    },
    {
      entity: 'signaal',
      data: {
        id: `SG-${t}`,
        clientId: `CL-${t}`,
        deelnemerId: `DN-${t}`,
        categorie: 'eenzaamheid',
        urgentie: 'normaal',
        doorgezetNaarId: `OZ-${t}`,
        gemeldOp: iso,
      },
    },
    {
      entity: 'urenregistratie',
      data: {
        id: `UR-${t}`,
        deelnemerId: `DN-${t}`,
        werkDatum: '2024-03-04',
        uren: 4,
        urensoort: 'dienstverlening',
      },
    },
    {
      entity: 'factuur',
      data: {
        id: `FA-${t}`,
        factuurnummer: `2024-${t}`,
        aanbiederId: `HUB-${h}`,
        afnemerOrganisatieId: `OZ-${t}`,
        abonnementId: `AB-${t}`,
        factuurDatum: '2024-04-01',
        periodeStartDatum: '2024-03-01',
        periodeEindDatum: '2024-03-31',
        status: 'concept',
        regels: [
          {
            omschrijving: 'Uren maart',
            aantal: 1,
            eenheid: 'uur',
            prijsPerEenheidInCenten: 3250,
            bedragExclBtwInCenten: 3250,
            btwPercentage: 0,
          },
        ],
        totaalExclBtwInCenten: 3250,
        btwBedragInCenten: 0,
        totaalInclBtwInCenten: 3250,
      },
    },
    {
      entity: 'uitkomst',
      data: {
        id: `UK-${t}`,
        deelnemerId: `DN-${t}`,
        periodeStartDatum: '2024-01-01',
        periodeEindDatum: '2024-03-31',
        arbeidssituatie: 'inDienstHub',
        uitkeringsstatus: 'aanvullend',
      },
    },
  ];
}

const columnsFor = (entity: string, d: Record<string, unknown>) => {
  const s = (v: unknown) => (typeof v === 'string' ? v : null);
  switch (entity) {
    case 'organisatie':
      return [s(d.id), null, null, null];
    case 'abonnement':
      return [s(d.afnemerOrganisatieId), null, null, null];
    case 'client':
      return [s(d.zorgorganisatieId), s(d.id), null, s(d.abonnementId)];
    case 'deelnemer':
      return [null, null, s(d.id), null];
    case 'bezoek':
      return [
        `OZ-${String(d.clientId).slice(3)}`,
        s(d.clientId),
        s(d.deelnemerId),
        s(d.abonnementId),
      ];
    case 'signaal':
      return [s(d.doorgezetNaarId), s(d.clientId), s(d.deelnemerId), s(d.bezoekId)];
    case 'factuur':
      return [s(d.afnemerOrganisatieId), null, null, s(d.abonnementId)];
    default:
      return [null, null, s(d.deelnemerId), null];
  }
};

export async function insertRecord(
  q: Queryable,
  hubId: string,
  entity: string,
  data: Record<string, unknown>,
) {
  const [careOrg, client, participant, parent] = columnsFor(entity, data);
  await q.query(
    'INSERT INTO records (hub_id, entity, id, care_org_id, client_id, participant_id, parent_id, data) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)',
    [hubId, entity, data.id, careOrg, client, participant, parent, JSON.stringify(data)],
  );
}

export type Keys = Record<Role, string>;

/**
 * A private household `HH-<t>` (e.g. HH-PA) with an active subscription AB-<t>, a mandate MA-<t>
 * and its consent to the service TS-<t>, scoped to the household (role particulier sees exactly
 * these). `withClient`: only its client record CL-<t> (for booking visits; other suites count the
 * hub's clients).
 */
export async function seedHousehold(q: Queryable, hub: string, t: string, withClient = false) {
  const hh = `HH-${t}`;
  if (withClient) {
    const client = { id: `CL-${t}`, abonnementId: `AB-${t}`, startDatum: '2024-01-01' };
    await q.query(
      'INSERT INTO records (hub_id, entity, id, client_id, parent_id, household_id, data) VALUES ($1,$2,$3,$3,$4,$5,$6)',
      [hub, 'client', client.id, client.abonnementId, hh, JSON.stringify(client)],
    );
    return;
  }
  const rows: Array<[string, Record<string, unknown>, string | null, string | null]> = [
    [
      'huishouden',
      {
        id: hh,
        naam: 'Huishouden Voorbeeld',
        straat: 'Voorbeeldstraat',
        huisnummer: '1',
        postcode: '2611 AB',
        woonplaats: 'Delft',
        email: `${hh.toLowerCase()}@example.org`,
        betaalwijze: 'incasso',
        taal: 'nl',
        aangemeldOp: iso,
      },
      `CL-${t}`,
      null,
    ],
    [
      'abonnement',
      {
        id: `AB-${t}`,
        aanbiederId: hub,
        afnemersoort: 'particulier',
        huishoudenId: hh,
        abonnementsvorm: 'urenbundel',
        aantalPerPeriode: 4,
        periodeEenheid: 'maand',
        tariefInCenten: 3000,
        tariefeenheid: 'uur',
        startDatum: '2024-01-01',
        status: 'actief',
        opzegtermijnDagen: 30,
      },
      null,
      null,
    ],
    [
      'machtiging',
      {
        id: `MA-${t}`,
        huishoudenId: hh,
        abonnementId: `AB-${t}`,
        soort: 'doorlopend',
        iban: 'NL91ABNA0417164300',
        rekeninghouder: 'Huishouden Voorbeeld',
        ondertekendOp: iso,
        status: 'actief',
      },
      `CL-${t}`,
      `AB-${t}`,
    ],
    [
      'toestemming',
      {
        id: `TS-${t}`,
        huishoudenId: hh,
        onderwerp: 'dienstverlening',
        verklaringVersie: '2026-1',
        kanaal: 'online',
        gegevenOp: iso,
      },
      `CL-${t}`,
      null,
    ],
  ];
  for (const [entity, data, client, parent] of rows)
    await q.query(
      'INSERT INTO records (hub_id, entity, id, client_id, parent_id, household_id, data) VALUES ($1,$2,$3,$4,$5,$6,$7)',
      [hub, entity, data.id, client, parent, hh, JSON.stringify(data)],
    );
}

/** Seeds hubs A and B (care organisations A1, A2, B1, B2) and returns API keys for every role in hub A and hub B. */
export async function seedTenants(app: FastifyInstance): Promise<{ A: Keys; B: Keys }> {
  const db = app.zorghub.db;
  const keys = {} as { A: Keys; B: Keys };
  for (const h of ['A', 'B'] as const) {
    const hub = `HUB-${h}`;
    await insertRecord(db, hub, 'organisatie', {
      id: hub,
      naam: `Hub ${h}`,
      organisatiesoort: 'sociaalWerkbedrijf',
      rollen: ['exploitant', 'werkgever'],
    });
    await insertRecord(db, hub, 'organisatie', {
      id: `GM-${h}`,
      naam: `Gemeente ${h}`,
      organisatiesoort: 'gemeente',
      rollen: ['financier'],
    });
    await insertRecord(db, hub, 'dienst', {
      id: `DI-${h}`,
      dienstsoort: 'gezelschap',
      naam: 'Gezelschap',
    });
    for (const t of [`${h}1`, `${h}2`])
      for (const r of tenantRecords(h, t)) await insertRecord(db, hub, r.entity, r.data);
    const k = {} as Keys;
    for (const role of ['beheerder', 'planner', 'jobcoach'] as const)
      k[role] = (await createApiKey(db, { hubId: hub, orgId: hub, role })).apiKey;
    k.medewerker = (
      await createApiKey(db, {
        hubId: hub,
        orgId: hub,
        role: 'medewerker',
        participantId: `DN-${h}1`,
      })
    ).apiKey;
    k.zorgorganisatie = (
      await createApiKey(db, { hubId: hub, orgId: `OZ-${h}1`, role: 'zorgorganisatie' })
    ).apiKey;
    k.financier = (
      await createApiKey(db, { hubId: hub, orgId: `GM-${h}`, role: 'financier' })
    ).apiKey;
    await seedHousehold(db, hub, `P${h}`);
    k.particulier = (
      await createApiKey(db, {
        hubId: hub,
        orgId: `HH-P${h}`,
        role: 'particulier',
        householdId: `HH-P${h}`,
      })
    ).apiKey;
    keys[h] = k;
  }
  return keys;
}

export async function appFor(kind: DbKind, file: string, extra: BuildAppOptions = {}) {
  const options = { ...dbOptions(kind, file), ...extra };
  const app = await buildApp(options);
  return {
    app,
    options,
    close: async () => {
      await dropSchema(app, options);
      await app.close();
    },
  };
}
