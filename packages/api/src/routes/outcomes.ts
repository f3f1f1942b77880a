// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /uitkomsten: per participant per period: work, hours, benefit status, outflow. */
import type { RouteDef } from '../types.js';
import { crudRoutes } from './crud.js';
import { participantRecord } from './participant-records.js';

export const outcomeConfig = participantRecord({
  entity: 'uitkomst',
  path: 'uitkomsten',
  tag: 'Uitkomsten',
  titleNl: 'Uitkomsten',
  read: { beheerder: 'hub', jobcoach: 'hub' },
});

export function outcomeRoutes(): RouteDef[] {
  return crudRoutes(outcomeConfig);
}
