// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The access-log test's table: a successful call of every logged route, and refusals of them. */
import type { Role } from '../types.js';
import { HOUSEHOLD_CASES } from './access-log-household-cases.js';

export interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  url: string;
  role: Role;
  action: string;
  clientId: string | null;
  payload?: object;
}

/** Every route that touches client or signal data, with a call that succeeds. */
export const CASES: Case[] = [
  {
    method: 'GET',
    path: '/clienten',
    url: '/clienten',
    role: 'planner',
    action: 'search',
    clientId: null,
  },
  {
    method: 'GET',
    path: '/clienten/{id}',
    url: '/clienten/CL-A1',
    role: 'zorgorganisatie',
    action: 'read',
    clientId: 'CL-A1',
  },
  {
    method: 'POST',
    path: '/clienten',
    url: '/clienten',
    role: 'planner',
    action: 'create',
    clientId: 'CL-A7',
    payload: { id: 'CL-A7', zorgorganisatieId: 'OZ-A1', startDatum: '2024-06-01' },
  },
  {
    method: 'PUT',
    path: '/clienten/{id}',
    url: '/clienten/CL-A7',
    role: 'planner',
    action: 'change',
    clientId: 'CL-A7',
    payload: { id: 'CL-A7', zorgorganisatieId: 'OZ-A1', startDatum: '2024-06-02' },
  },
  {
    method: 'DELETE',
    path: '/clienten/{id}',
    url: '/clienten/CL-A7',
    role: 'beheerder',
    action: 'delete',
    clientId: 'CL-A7',
  },
  {
    method: 'GET',
    path: '/clienten/{id}/toegangsoverzicht',
    url: '/clienten/CL-A1/toegangsoverzicht',
    role: 'zorgorganisatie',
    action: 'read',
    clientId: 'CL-A1',
  },
  {
    method: 'GET',
    path: '/signalen',
    url: '/signalen?clientId=CL-A1',
    role: 'zorgorganisatie',
    action: 'search',
    clientId: 'CL-A1',
  },
  {
    method: 'GET',
    path: '/signalen/{id}',
    url: '/signalen/SG-A1',
    role: 'medewerker',
    action: 'read',
    clientId: 'CL-A1',
  },
  {
    method: 'POST',
    path: '/signalen',
    url: '/signalen',
    role: 'medewerker',
    action: 'create',
    clientId: 'CL-A1',
    payload: { id: 'SG-A7', clientId: 'CL-A1', categorie: 'eenzaamheid', urgentie: 'hoog' },
  },
  {
    method: 'POST',
    path: '/signalen/{id}/_ontvangst',
    url: '/signalen/SG-A7/_ontvangst',
    role: 'zorgorganisatie',
    action: 'change',
    clientId: 'CL-A1',
    payload: {},
  },
  {
    method: 'GET',
    path: '/exports/{entiteit}',
    url: '/exports/signalen',
    role: 'beheerder',
    action: 'export',
    clientId: null,
  },
  {
    method: 'GET',
    path: '/exports/datapakket',
    url: '/exports/datapakket',
    role: 'beheerder',
    action: 'export',
    clientId: null,
  },
  // A visit tells when a client is at home: every access is logged too.
  {
    method: 'GET',
    path: '/bezoeken',
    url: '/bezoeken',
    role: 'zorgorganisatie',
    action: 'search',
    clientId: null,
  },
  {
    method: 'GET',
    path: '/bezoeken/{id}',
    url: '/bezoeken/BZ-A1',
    role: 'medewerker',
    action: 'read',
    clientId: 'CL-A1',
  },
  {
    method: 'POST',
    path: '/bezoeken',
    url: '/bezoeken',
    role: 'planner',
    action: 'create',
    clientId: 'CL-A1',
    payload: {
      id: 'BZ-A7',
      clientId: 'CL-A1',
      deelnemerId: 'DN-A1',
      abonnementId: 'AB-A1',
      dienstId: 'DI-A',
      geplandStartOp: '2024-03-20T10:00:00+01:00',
      geplandEindOp: '2024-03-20T11:00:00+01:00',
      status: 'gepland',
    },
  },
  {
    method: 'PUT',
    path: '/bezoeken/{id}',
    url: '/bezoeken/BZ-A7',
    role: 'planner',
    action: 'change',
    clientId: 'CL-A1',
    payload: {
      id: 'BZ-A7',
      clientId: 'CL-A1',
      deelnemerId: 'DN-A1',
      abonnementId: 'AB-A1',
      dienstId: 'DI-A',
      geplandStartOp: '2024-03-20T10:00:00+01:00',
      geplandEindOp: '2024-03-20T11:00:00+01:00',
      status: 'gepland',
    },
  },
  {
    method: 'POST',
    path: '/bezoeken/{id}/_status',
    url: '/bezoeken/BZ-A7/_status',
    role: 'medewerker',
    action: 'change',
    clientId: 'CL-A1',
    payload: { status: 'nietAangetroffen' },
  },
  {
    method: 'DELETE',
    path: '/bezoeken/{id}',
    url: '/bezoeken/BZ-A7',
    role: 'beheerder',
    action: 'delete',
    clientId: 'CL-A1',
  },
  {
    method: 'POST',
    path: '/bezoeken/{id}/_annuleren',
    url: '/bezoeken/BZ-A1/_annuleren',
    role: 'planner',
    action: 'change',
    clientId: 'CL-A1',
    payload: { annuleringsreden: 'overig' },
  },
  // Private households: a read is logged under the household's client pseudonym.
  {
    method: 'GET',
    path: '/huishoudens',
    url: '/huishoudens',
    role: 'planner',
    action: 'search',
    clientId: null,
  },
  {
    method: 'GET',
    path: '/incassobestanden/{maand}',
    url: '/incassobestanden/2026-11',
    role: 'planner',
    action: 'export',
    clientId: null,
  },
  {
    method: 'GET',
    path: '/huishoudens/{id}',
    url: '/huishoudens/HH-PA',
    role: 'particulier',
    action: 'read',
    clientId: 'CL-PA',
  },
  // The admin key routes: who may call the API is part of the audit trail too. `{sleutel}` is a
  // spare key the test creates, so expiring and revoking it leaves the test's own keys alone.
  {
    method: 'GET',
    path: '/api-sleutels',
    url: '/api-sleutels',
    role: 'beheerder',
    action: 'search',
    clientId: null,
  },
  {
    method: 'POST',
    path: '/api-sleutels',
    url: '/api-sleutels',
    role: 'beheerder',
    action: 'create',
    clientId: null,
    payload: { rol: 'planner', organisatieId: 'OZ-A1' },
  },
  {
    method: 'POST',
    path: '/api-sleutels/{id}/_verloop',
    url: '/api-sleutels/{sleutel}/_verloop',
    role: 'beheerder',
    action: 'change',
    clientId: null,
    payload: {},
  },
  {
    method: 'POST',
    path: '/api-sleutels/{id}/_intrekken',
    url: '/api-sleutels/{sleutel}/_intrekken',
    role: 'beheerder',
    action: 'change',
    clientId: null,
  },
  ...HOUSEHOLD_CASES,
];

export interface Refusal {
  label: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  /** The caller: a role of hub A, no credential, or an unknown key. */
  as: Role | 'none' | 'bogus';
  payload?: object | string;
  status: number;
  action: string;
  clientId: string | null;
  result: string;
}

/** A refused attempt of every action type on client and signal routes: each writes one entry too. */
export const REFUSALS: Refusal[] = [
  {
    label: 'read of another household by a household (404)',
    method: 'GET',
    url: '/huishoudens/HH-PB',
    as: 'particulier',
    status: 404,
    action: 'read',
    clientId: null,
    result: 'geweigerd:404',
  },
  {
    label: 'search without a credential (401)',
    method: 'GET',
    url: '/clienten',
    as: 'none',
    status: 401,
    action: 'search',
    clientId: null,
    result: 'geweigerd:401',
  },
  {
    label: 'search with an unknown query key (400)',
    method: 'GET',
    url: '/signalen?onbekend=1',
    as: 'zorgorganisatie',
    status: 400,
    action: 'search',
    clientId: null,
    result: 'ongeldig:400',
  },
  {
    label: 'read by a role without access (403)',
    method: 'GET',
    url: '/clienten/CL-A1',
    as: 'medewerker',
    status: 403,
    action: 'read',
    clientId: 'CL-A1',
    result: 'geweigerd:403',
  },
  {
    label: 'read of a signal by a funder (403)',
    method: 'GET',
    url: '/signalen/SG-A1',
    as: 'financier',
    status: 403,
    action: 'read',
    clientId: null,
    result: 'geweigerd:403',
  },
  {
    label: 'create with an unknown property (400)',
    method: 'POST',
    url: '/clienten',
    as: 'planner',
    payload: { id: 'CL-A8', zorgorganisatieId: 'OZ-A1', startDatum: '2024-06-01', naam: 'x' },
    status: 400,
    action: 'create',
    clientId: null,
    result: 'ongeldig:400',
  },
  {
    label: 'create with a body that is not JSON (400, before authentication)',
    method: 'POST',
    url: '/signalen',
    as: 'medewerker',
    payload: '{"id":',
    status: 400,
    action: 'create',
    clientId: null,
    result: 'ongeldig:400',
  },
  {
    label: 'change by a role without access (403)',
    method: 'PUT',
    url: '/clienten/CL-A1',
    as: 'financier',
    payload: { id: 'CL-A1', zorgorganisatieId: 'OZ-A1', startDatum: '2024-01-01' },
    status: 403,
    action: 'change',
    clientId: 'CL-A1',
    result: 'geweigerd:403',
  },
  {
    label: 'change (acknowledge) with an unknown key (401)',
    method: 'POST',
    url: '/signalen/SG-A1/_ontvangst',
    as: 'bogus',
    payload: {},
    status: 401,
    action: 'change',
    clientId: null,
    result: 'geweigerd:401',
  },
  {
    label: 'delete without a credential (401)',
    method: 'DELETE',
    url: '/clienten/CL-A2',
    as: 'none',
    status: 401,
    action: 'delete',
    clientId: 'CL-A2',
    result: 'geweigerd:401',
  },
  {
    label: 'export by a role without access (403)',
    method: 'GET',
    url: '/exports/clienten',
    as: 'planner',
    status: 403,
    action: 'export',
    clientId: null,
    result: 'geweigerd:403',
  },
];
