// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * For every operation that documents 409 or 422, a request that must produce it
 * (status-coverage-conflicts.test.ts), by operationId: 409 for a duplicate id, a transition the
 * status does not allow, an overbooking, a key already revoked; 422 for a body that is valid by its
 * schema but not by the rules (an unknown reference, dates in the wrong order, a missing consent),
 * or for an Idempotency-Key used again with another body.
 */
import { annuleringsredenCodes } from '@zorghub/schemas';
import type { RequestContext, RequestRow, TableRequest } from './request-context.js';
import { signupBody, VALID_REQUESTS } from './valid-requests.js';

const UNKNOWN = 'ONBEKEND-1';
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The valid request of `operationId` (valid-requests.ts). */
const valid = (operationId: string): RequestRow => VALID_REQUESTS[operationId]!;

/** First the valid request of `operationId`, then `then` on what it made (the same path parameters). */
const twice =
  (operationId: string, path: string, then: (first: TableRequest) => TableRequest): RequestRow =>
  async (c) => {
    const first = await valid(operationId)(c);
    const r = await c.send('POST', path, first);
    if (r.statusCode >= 300)
      throw new Error(`set-up: ${operationId} gave ${r.statusCode}: ${r.body}`);
    return then(first);
  };

/** The same request again: the second time its status no longer allows it. */
const again = (operationId: string, path: string) => twice(operationId, path, (first) => first);

/**
 * The valid request with an Idempotency-Key, then the same key on another request: `other` gives
 * its body (on the same path parameters), or `fresh` makes the valid request again on a new record
 * (for a body that can only be `{}`: a request without one is the same request).
 */
const keyReused =
  (
    operationId: string,
    path: string,
    other: ((first: TableRequest) => unknown) | 'fresh',
  ): RequestRow =>
  async (c) => {
    const first = await valid(operationId)(c);
    const headers = { ...first.headers, 'idempotency-key': c.id('hergebruikt') };
    const r = await c.send('POST', path, { ...first, headers });
    if (r.statusCode >= 300)
      throw new Error(`set-up: ${operationId} gave ${r.statusCode}: ${r.body}`);
    if (other === 'fresh') return { ...(await valid(operationId)(c)), headers };
    return { ...first, headers, body: other(first) };
  };

/** The create and replace of a collection with a reference to a record that does not exist. */
function unknownReference(
  collection: string,
  entityName: string,
  seeded: string,
  field: string,
  ops: { create?: boolean; replace?: boolean } = {},
): Record<string, RequestRow> {
  const rows: Record<string, RequestRow> = {};
  if (ops.create !== false)
    rows[`create${entityName}`] = async (c) => ({
      body: await c.copy(collection, seeded, {
        id: c.id(seeded.replace(/-.*$/, '')),
        [field]: UNKNOWN,
      }),
    });
  if (ops.replace !== false)
    rows[`replace${entityName}`] = async (c) => ({
      params: { id: seeded },
      body: await c.copy(collection, seeded, { [field]: UNKNOWN }),
    });
  return rows;
}

/** A create with the id of a record the caller can read. */
const duplicate =
  (collection: string, seeded: string): RequestRow =>
  async (c) => ({ body: await c.copy(collection, seeded) });

/** A subscription made for the row and then cancelled through the API. */
async function cancelledSubscription(c: RequestContext) {
  const id = await c.create('abonnementen', 'AB-A1');
  const r = await c.send('POST', '/abonnementen/{id}/_opzeggen', { params: { id } });
  if (r.statusCode !== 200) throw new Error(`set-up: _opzeggen gave ${r.statusCode}`);
  return id;
}

export const CONFLICT_REQUESTS: Record<string, RequestRow> = {
  createOrganisatie: duplicate('organisaties', 'OZ-A1'),
  createDienst: duplicate('diensten', 'DI-A'),
  createAbonnement: duplicate('abonnementen', 'AB-A1'),
  createClient: duplicate('clienten', 'CL-A1'),
  createDeelnemer: duplicate('deelnemers', 'DN-A1'),
  createTraining: duplicate('trainingen', 'TR-A1'),
  createCoachingcontact: duplicate('coachingcontacten', 'CC-A1'),
  createUitkomst: duplicate('uitkomsten', 'UK-A1'),
  createBezoek: duplicate('bezoeken', 'BZ-A1'),
  createSignaal: duplicate('signalen', 'SG-A1'),
  createUrenregistratie: duplicate('uren', 'UR-A1'),
  // Five days of one visit: more than the subscription's 100 hours that month.
  replaceBezoek: async (c) => ({
    params: { id: 'BZ-A1' },
    body: await c.copy('bezoeken', 'BZ-A1', { geplandEindOp: '2024-03-09T11:00:00+01:00' }),
  }),
  // A worker changes hours a job coach approved.
  replaceUrenregistratie: async (c) => {
    const id = await c.create('uren', 'UR-A1');
    await c.send('POST', '/uren/{id}/_goedkeuring', { params: { id } });
    return { role: 'medewerker', params: { id }, body: await c.copy('uren', id, { uren: 3 }) };
  },
  confirmAbonnement: async (c) => ({ params: { id: await c.create('abonnementen', 'AB-A1') } }),
  cancelAbonnement: async (c) => ({ params: { id: await cancelledSubscription(c) } }),
  pauseAbonnement: twice('pauseAbonnement', '/abonnementen/{id}/_pauzeren', (first) => first),
  resumeAbonnement: async (c) => ({ params: { id: await c.create('abonnementen', 'AB-A1') } }),
  patchAbonnement: async (c) => ({
    params: { id: await cancelledSubscription(c) },
    body: { aantalPerPeriode: 10 },
  }),
  cancelBezoek: again('cancelBezoek', '/bezoeken/{id}/_annuleren'),
  setBezoekStatus: again('setBezoekStatus', '/bezoeken/{id}/_status'),
  expireApiSleutel: twice('revokeApiSleutel', '/api-sleutels/{id}/_intrekken', (first) => first),
  revokeApiSleutel: again('revokeApiSleutel', '/api-sleutels/{id}/_intrekken'),
  withdrawToestemming: again('withdrawToestemming', '/toestemmingen/{id}/_intrekken'),
  revokeMachtiging: again('revokeMachtiging', '/machtigingen/{id}/_intrekken'),
};

/** Another reason for a cancellation than the valid request gives. */
const otherReason = annuleringsredenCodes.find((code) => code !== 'overig')!;

export const UNPROCESSABLE_REQUESTS: Record<string, RequestRow> = {
  // No references: only a reused Idempotency-Key.
  createOrganisatie: keyReused('createOrganisatie', '/organisaties', (first) => ({
    ...(first.body as object),
    naam: 'Andere naam',
  })),
  ...unknownReference('diensten', 'Dienst', 'DI-A', 'aanbiederId'),
  ...unknownReference('abonnementen', 'Abonnement', 'AB-A1', 'afnemerOrganisatieId'),
  ...unknownReference('clienten', 'Client', 'CL-A1', 'zorgorganisatieId'),
  ...unknownReference('deelnemers', 'Deelnemer', 'DN-A1', 'werkgeverId'),
  ...unknownReference('trainingen', 'Training', 'TR-A1', 'deelnemerId'),
  ...unknownReference('coachingcontacten', 'Coachingcontact', 'CC-A1', 'deelnemerId'),
  ...unknownReference('uitkomsten', 'Uitkomst', 'UK-A1', 'deelnemerId'),
  ...unknownReference('bezoeken', 'Bezoek', 'BZ-A1', 'clientId'),
  ...unknownReference('signalen', 'Signaal', 'SG-A1', 'clientId', { replace: false }),
  ...unknownReference('uren', 'Urenregistratie', 'UR-A1', 'deelnemerId'),
  ...unknownReference('facturen', 'Factuur', 'FA-A1', 'abonnementId', { create: false }),
  // A pause that ends before it starts.
  pauseAbonnement: async (c) => ({
    ...(await valid('pauseAbonnement')(c)),
    body: { pauzeVanafDatum: inDays(21), pauzeTotDatum: inDays(7) },
  }),
  confirmAbonnement: keyReused('confirmAbonnement', '/abonnementen/{id}/_bevestigen', 'fresh'),
  cancelAbonnement: keyReused('cancelAbonnement', '/abonnementen/{id}/_opzeggen', 'fresh'),
  withdrawToestemming: keyReused('withdrawToestemming', '/toestemmingen/{id}/_intrekken', 'fresh'),
  revokeMachtiging: keyReused('revokeMachtiging', '/machtigingen/{id}/_intrekken', 'fresh'),
  resumeAbonnement: keyReused('resumeAbonnement', '/abonnementen/{id}/_hervatten', 'fresh'),
  cancelBezoek: keyReused('cancelBezoek', '/bezoeken/{id}/_annuleren', () => ({
    annuleringsreden: otherReason,
  })),
  setBezoekStatus: keyReused('setBezoekStatus', '/bezoeken/{id}/_status', (first) => ({
    ...(first.body as object),
    werkelijkStartOp: '2024-03-04T10:15:00+01:00',
  })),
  acknowledgeSignaal: keyReused('acknowledgeSignaal', '/signalen/{id}/_ontvangst', 'fresh'),
  generateFacturen: keyReused('generateFacturen', '/facturen/_genereer', () => ({
    maand: '2024-04',
  })),
  // Direct debit without an IBAN.
  createAanmelding: (c) => ({
    role: null,
    body: {
      ...signupBody(`${c.id('aanmelding')}@example.org`),
      betaling: { betaalwijze: 'incasso' },
    },
  }),
  // deelnemerId goes with role medewerker only.
  createApiSleutel: () => ({
    body: { rol: 'planner', organisatieId: 'HUB-A', deelnemerId: 'DN-A1' },
  }),
  expireApiSleutel: keyReused('expireApiSleutel', '/api-sleutels/{id}/_verloop', 'fresh'),
};
