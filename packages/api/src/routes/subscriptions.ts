// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /abonnementen: what a care organisation buys (hours or visits per period at a tariff). */
import { hourlyCents, type RegionConfig } from '../config/region.js';
import { problem } from '../problem.js';
import type { RouteDef } from '../types.js';
import { crudRoutes, type EntityConfig } from './crud.js';
import { columnsOf, mustExist, str } from './store.js';

export const subscriptionConfig: EntityConfig = {
  entity: 'abonnement',
  path: 'abonnementen',
  tag: 'Abonnementen',
  titleNl: 'Abonnementen',
  read: { beheerder: 'hub', planner: 'hub', zorgorganisatie: 'careOrg', particulier: 'household' },
  write: { beheerder: 'hub' },
  references: [
    { field: 'aanbiederId', entity: 'organisatie' },
    { field: 'afnemerOrganisatieId', entity: 'organisatie' },
  ],
  // An hour-based subscription without a tariff gets the region's hourly tariff (zorghub.config.ts).
  serverSet: ['tariefInCenten'],
  columns: async (q, hub, d) => {
    await mustExist(q, hub, 'organisatie', d.afnemerOrganisatieId, 'afnemerOrganisatieId');
    await mustExist(q, hub, 'huishouden', d.huishoudenId, 'huishoudenId');
    return columnsOf({ careOrgId: str(d.afnemerOrganisatieId), householdId: str(d.huishoudenId) });
  },
  filters: [
    {
      name: 'huishoudenId',
      column: 'household_id',
      description: 'Alleen van dit huishouden / Only of this household',
    },
  ],
};

/**
 * With a region configuration, a new hour-based subscription without `tariefInCenten` gets the
 * configured hourly tariff (in cents), which the invoice run then charges; a tariff given in the
 * request is the contract's and is kept. Without one, or for another unit, the tariff is required.
 */
export function subscriptionRoutes(region?: RegionConfig): RouteDef[] {
  return crudRoutes({
    ...subscriptionConfig,
    defaults(_ctx, data) {
      if (data.tariefInCenten !== undefined) return;
      if (region && data.tariefeenheid === 'uur') {
        data.tariefInCenten = hourlyCents(region);
        return;
      }
      throw problem(
        422,
        region
          ? `tariefInCenten ontbreekt: alleen een uurtarief (tariefeenheid uur) komt uit zorghub.config.ts / tariefInCenten is missing: only an hourly tariff comes from the region configuration`
          : `tariefInCenten ontbreekt en er is geen regioconfiguratie met een uurtarief / tariefInCenten is missing and no region configuration gives an hourly tariff`,
        {
          invalidParams: [
            { name: 'tariefInCenten', code: 'required', reason: 'expected a tariff in cents' },
          ],
        },
      );
    },
  });
}
