// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /organisaties: the hub, care organisations, funders and other parties; each care organisation and funder sees its own record. */
import type { RouteDef } from '../types.js';
import { crudRoutes, type EntityConfig } from './crud.js';
import { columnsOf, str } from './store.js';

export const organisationConfig: EntityConfig = {
  entity: 'organisatie',
  path: 'organisaties',
  tag: 'Organisaties',
  titleNl: 'Organisaties',
  read: {
    beheerder: 'hub',
    planner: 'hub',
    jobcoach: 'hub',
    zorgorganisatie: 'self',
    financier: 'self',
  },
  write: { beheerder: 'hub' },
  columns: async (_q, _hub, d) => columnsOf({ careOrgId: str(d.id) }),
};

export function organisationRoutes(): RouteDef[] {
  return crudRoutes(organisationConfig);
}
