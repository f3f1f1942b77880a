// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A valid request for every operation of the OpenAPI document, by operationId: the request that
 * must get the documented success status (status-coverage-success.test.ts). Rows run against hub A
 * as seeded by `seedTenants`; a row that changes or removes a record makes its own first (`create`),
 * so the rows do not depend on each other's order. A new operation needs a row here.
 */
import type { RequestContext, RequestRow } from './request-context.js';

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The list, read, create, replace and delete rows of one collection of the standard. */
function crudRows(
  collection: string,
  listName: string,
  entityName: string,
  seeded: string,
  ops: { create?: boolean; replace?: boolean; remove?: boolean } = {},
): Record<string, RequestRow> {
  const { create = true, replace = true, remove = true } = ops;
  const rows: Record<string, RequestRow> = {
    [`list${listName}`]: () => ({}),
    [`get${entityName}`]: () => ({ params: { id: seeded } }),
  };
  if (create)
    rows[`create${entityName}`] = async (c) => ({
      body: await c.copy(collection, seeded, { id: c.id(seeded.replace(/-.*$/, '')) }),
    });
  // The stored record sent back as it is: a valid replace.
  if (replace)
    rows[`replace${entityName}`] = async (c) => ({
      params: { id: seeded },
      body: await c.copy(collection, seeded),
    });
  if (remove)
    rows[`delete${entityName}`] = async (c) => ({
      params: { id: await c.create(collection, seeded) },
    });
  return rows;
}

/** A subscription of care organisation A1 made for the row, with `over` (a status …). */
const subscription = (c: RequestContext, over: Record<string, unknown> = {}) =>
  c.create('abonnementen', 'AB-A1', over);

/** A planned visit of client CL-A1 made for the row. */
const plannedVisit = (c: RequestContext) => c.create('bezoeken', 'BZ-A1');

/** A new API key (planner of hub A); returns its id. */
async function apiKey(c: RequestContext) {
  const r = await c.send('POST', '/api-sleutels', {
    body: { rol: 'planner', organisatieId: 'HUB-A' },
  });
  return (r.json() as { id: string }).id;
}

/** The body of a household's sign-up (households.test.ts has the full one). */
export const signupBody = (email: string) => ({
  huishouden: {
    naam: 'Huishouden Test',
    straat: 'Teststraat',
    huisnummer: '7',
    postcode: '2611 AB',
    woonplaats: 'Delft',
    email,
  },
  abonnement: {
    abonnementsvorm: 'urenbundel',
    aantalPerPeriode: 4,
    periodeEenheid: 'maand',
    startDatum: inDays(14),
  },
  toestemmingen: [{ onderwerp: 'dienstverlening', verklaringVersie: '2026-1' }],
  betaling: { betaalwijze: 'factuur' },
});

/** The e-mail address of the seeded household HH-PA (harness.ts). */
const HOUSEHOLD_EMAIL = 'hh-pa@example.org';

/** A household signed up for the row (its own consent and mandate, so rows share no records). */
export async function signedUp(
  c: RequestContext,
): Promise<{ toestemmingIds: string[]; machtigingId: string }> {
  const body = {
    ...signupBody(`${c.id('intrekken')}@example.org`),
    betaling: { betaalwijze: 'incasso', iban: 'NL91ABNA0417164300', rekeninghouder: 'H. Test' },
  };
  const r = await c.send('POST', '/aanmeldingen', { role: null, body });
  if (r.statusCode !== 201) throw new Error(`set-up: aanmelding gave ${r.statusCode}`);
  return JSON.parse(r.body);
}

export const VALID_REQUESTS: Record<string, RequestRow> = {
  // System
  getHealth: () => ({ role: null }),
  getReadiness: () => ({ role: null }),
  getOpenApi: () => ({ role: null }),
  getInlogconfiguratie: () => ({ role: null }),
  getReference: () => ({ role: null }),

  ...crudRows('organisaties', 'Organisaties', 'Organisatie', 'OZ-A1'),
  ...crudRows('diensten', 'Diensten', 'Dienst', 'DI-A'),
  ...crudRows('abonnementen', 'Abonnementen', 'Abonnement', 'AB-A1'),
  patchAbonnement: async (c) => ({
    params: { id: await subscription(c) },
    body: { aantalPerPeriode: 50 },
  }),
  confirmAbonnement: async (c) => ({
    params: { id: await subscription(c, { status: 'aangevraagd' }) },
  }),
  cancelAbonnement: async (c) => ({ params: { id: await subscription(c) } }),
  pauseAbonnement: async (c) => ({
    params: { id: await subscription(c) },
    body: { pauzeVanafDatum: inDays(7), pauzeTotDatum: inDays(21) },
  }),
  resumeAbonnement: async (c) => ({
    params: { id: await subscription(c, { status: 'gepauzeerd', pauzeVanafDatum: inDays(-7) }) },
  }),

  ...crudRows('clienten', 'Clienten', 'Client', 'CL-A1'),
  ...crudRows('deelnemers', 'Deelnemers', 'Deelnemer', 'DN-A1'),
  ...crudRows('trainingen', 'Trainingen', 'Training', 'TR-A1'),
  ...crudRows('coachingcontacten', 'Coachingcontacten', 'Coachingcontact', 'CC-A1'),
  ...crudRows('uitkomsten', 'Uitkomsten', 'Uitkomst', 'UK-A1'),

  ...crudRows('bezoeken', 'Bezoeken', 'Bezoek', 'BZ-A1'),
  cancelBezoek: async (c) => ({
    params: { id: await plannedVisit(c) },
    body: { annuleringsreden: 'overig' },
  }),
  setBezoekStatus: async (c) => ({
    params: { id: await plannedVisit(c) },
    body: {
      status: 'uitgevoerd',
      werkelijkStartOp: '2024-03-04T10:05:00+01:00',
      werkelijkEindOp: '2024-03-04T11:00:00+01:00',
    },
  }),

  ...crudRows('signalen', 'Signalen', 'Signaal', 'SG-A1', { replace: false, remove: false }),
  // The body is optional: acknowledging without one.
  acknowledgeSignaal: async (c) => ({
    role: 'zorgorganisatie',
    params: { id: await c.create('signalen', 'SG-A1') },
  }),

  ...crudRows('uren', 'Uren', 'Urenregistratie', 'UR-A1'),
  approveUrenregistratie: async (c) => ({ params: { id: await c.create('uren', 'UR-A1') } }),

  ...crudRows('facturen', 'Facturen', 'Factuur', 'FA-A1', { create: false, remove: false }),
  generateFacturen: () => ({ body: { maand: '2024-03' } }),

  listHuishoudens: () => ({}),
  getHuishouden: () => ({ params: { id: 'HH-PA' } }),
  createAanmelding: (c) => ({ role: null, body: signupBody(`${c.id('aanmelding')}@example.org`) }),
  requestHuishoudsessie: () => ({ role: null, body: { email: HOUSEHOLD_EMAIL } }),
  redeemHuishoudsessie: async (c) => {
    // The sign-in link lands in the outbox; its token is what a household redeems.
    await c.send('POST', '/huishoudsessies', { role: null, body: { email: HOUSEHOLD_EMAIL } });
    const r = await c.send('GET', '/uitgaande-berichten', { role: 'beheerder' });
    const token = [...r.body.matchAll(/token=([A-Za-z0-9_-]{20,})/g)].at(-1)?.[1];
    if (!token) throw new Error('set-up: no sign-in link in the outbox');
    return { role: null, body: { token } };
  },
  getAanbod: () => ({ role: null }),
  listToestemmingen: () => ({}),
  getToestemming: () => ({ params: { id: 'TS-PA' } }),
  withdrawToestemming: async (c) => ({ params: { id: (await signedUp(c)).toestemmingIds[0]! } }),
  listMachtigingen: () => ({}),
  getMachtiging: () => ({ params: { id: 'MA-PA' } }),
  revokeMachtiging: async (c) => ({ params: { id: (await signedUp(c)).machtigingId } }),
  listUitgaandeBerichten: () => ({}),
  getIncassobestand: async (c) => {
    // A sent invoice of household HH-PA (direct debit, active mandate MA-PA) dated in the month.
    const { afnemerOrganisatieId: _org, ...invoice } = await c.copy('facturen', 'FA-A1', {
      id: c.id('FA'),
      factuurnummer: c.id('2026-11'),
      huishoudenId: 'HH-PA',
      abonnementId: 'AB-PA',
      factuurDatum: '2026-11-01',
      status: 'verzonden',
    });
    await c.app.zorghub.db.query(
      'INSERT INTO records (hub_id, entity, id, parent_id, household_id, data) VALUES ($1, $2, $3, $4, $5, $6)',
      ['HUB-A', 'factuur', invoice.id, 'AB-PA', 'HH-PA', JSON.stringify(invoice)],
    );
    return { params: { maand: '2026-11' } };
  },

  exportDatapakket: () => ({}),
  exportEntiteit: () => ({ params: { entiteit: 'client' } }),
  getUitkomstAggregaties: () => ({ role: 'financier' }),
  getMonitoringSamenvatting: () => ({ role: 'financier' }),
  getClientToegangsoverzicht: () => ({ params: { id: 'CL-A1' } }),
  runOpschoonronde: () => ({}),

  listApiSleutels: () => ({}),
  createApiSleutel: () => ({ body: { rol: 'planner', organisatieId: 'HUB-A' } }),
  expireApiSleutel: async (c) => ({ params: { id: await apiKey(c) } }),
  revokeApiSleutel: async (c) => ({ params: { id: await apiKey(c) } }),

  getSessie: () => ({}),
  getRegio: () => ({ server: 'region' }),
};
