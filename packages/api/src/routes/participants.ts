// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /deelnemers: the workers (participants) of the hub; a worker sees only themselves. */
import type { RouteDef } from '../types.js';
import { crudRoutes, type EntityConfig } from './crud.js';
import { columnsOf, str } from './store.js';

export const participantConfig: EntityConfig = {
  entity: 'deelnemer',
  path: 'deelnemers',
  tag: 'Deelnemers',
  titleNl: 'Deelnemers (medewerkers)',
  read: { beheerder: 'hub', planner: 'hub', jobcoach: 'hub', medewerker: 'participant' },
  write: { beheerder: 'hub', jobcoach: 'hub' },
  references: [{ field: 'werkgeverId', entity: 'organisatie' }],
  columns: async (_q, _hub, d) => columnsOf({ participantId: str(d.id) }),
};

export function participantRoutes(): RouteDef[] {
  return crudRoutes(participantConfig);
}
