// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The access-log table's rows for a household's consents and mandates (issue 17): reads by the
 * household itself and by the planner, and the withdrawals, logged under the household's client
 * pseudonym (CL-PA for household HH-PA). The withdrawals come last: they change the records.
 */
import type { Case } from './access-log-cases.js';

export const HOUSEHOLD_CASES: Case[] = [
  {
    method: 'GET',
    path: '/toestemmingen',
    url: '/toestemmingen',
    role: 'particulier',
    action: 'search',
    clientId: null,
  },
  {
    method: 'GET',
    path: '/toestemmingen/{id}',
    url: '/toestemmingen/TS-PA',
    role: 'particulier',
    action: 'read',
    clientId: 'CL-PA',
  },
  {
    method: 'GET',
    path: '/machtigingen',
    url: '/machtigingen',
    role: 'planner',
    action: 'search',
    clientId: null,
  },
  {
    method: 'GET',
    path: '/machtigingen/{id}',
    url: '/machtigingen/MA-PA',
    role: 'particulier',
    action: 'read',
    clientId: 'CL-PA',
  },
  {
    method: 'POST',
    path: '/machtigingen/{id}/_intrekken',
    url: '/machtigingen/MA-PA/_intrekken',
    role: 'particulier',
    action: 'change',
    clientId: 'CL-PA',
    payload: {},
  },
  {
    method: 'POST',
    path: '/toestemmingen/{id}/_intrekken',
    url: '/toestemmingen/TS-PA/_intrekken',
    role: 'particulier',
    action: 'change',
    clientId: 'CL-PA',
    payload: {},
  },
];
