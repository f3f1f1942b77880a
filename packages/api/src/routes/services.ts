// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /diensten: the kinds of support the hub offers. */
import type { RegionConfig } from '../config/region.js';
import { problem } from '../problem.js';
import type { RouteDef } from '../types.js';
import { crudRoutes, type EntityConfig } from './crud.js';
import { columnsOf } from './store.js';

export const serviceConfig: EntityConfig = {
  entity: 'dienst',
  path: 'diensten',
  tag: 'Diensten',
  titleNl: 'Diensten',
  read: {
    beheerder: 'hub',
    planner: 'hub',
    jobcoach: 'hub',
    medewerker: 'hub',
    zorgorganisatie: 'hub',
    // A household reads the names of the services on its visit cards.
    particulier: 'hub',
  },
  write: { beheerder: 'hub' },
  references: [{ field: 'aanbiederId', entity: 'organisatie' }],
  columns: async () => columnsOf({}),
};

/** With a region configuration, only the services it offers (`services`) can be added or changed. */
export function serviceRoutes(region?: RegionConfig): RouteDef[] {
  if (!region) return crudRoutes(serviceConfig);
  const offered = new Set(region.services);
  return crudRoutes({
    ...serviceConfig,
    async beforeWrite(_ctx, data) {
      const kind = String(data.dienstsoort);
      if (!offered.has(kind))
        throw problem(
          422,
          `dienstsoort ${kind} biedt deze hub niet aan (zorghub.config.ts: ${region.services.join(', ')}) / this hub does not offer ${kind}; add it to services in the region configuration first`,
          {
            invalidParams: [
              {
                name: 'dienstsoort',
                code: 'enum',
                reason: `expected one of ${region.services.join(', ')}`,
              },
            ],
          },
        );
    },
  });
}
