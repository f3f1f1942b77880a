// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /huishoudens: private households (issue 17). Their name, address, contact data and IBAN are
 * personal: only the household itself (role particulier, its own record) and the hub's planner and
 * administrator read them, every read is access-logged under the household's client pseudonym, and
 * households are no entity of the exports (`STORED_ENTITIES`), so they never leave in a file.
 */
import type { RouteDef } from '../types.js';
import { crudRoutes, type EntityConfig } from './crud.js';
import { columnsOf, str } from './store.js';

export const householdConfig: EntityConfig = {
  entity: 'huishouden',
  path: 'huishoudens',
  tag: 'Huishoudens',
  titleNl: 'Huishoudens',
  read: { beheerder: 'hub', planner: 'hub', particulier: 'household' },
  write: {},
  audit: 'huishouden',
  // Households come in through POST /aanmeldingen only.
  operations: { create: false, replace: false, remove: false },
  columns: async (_q, _hub, d) => columnsOf({ householdId: str(d.id) }),
};

export function householdRoutes(): RouteDef[] {
  return crudRoutes(householdConfig);
}
