// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /coachingcontacten: a job coach's contacts with a participant. */
import type { RouteDef } from '../types.js';
import { crudRoutes } from './crud.js';
import { participantRecord } from './participant-records.js';

export const coachingContactConfig = participantRecord({
  entity: 'coachingcontact',
  path: 'coachingcontacten',
  tag: 'Deelnemers',
  titleNl: 'Coachingcontacten',
  read: { beheerder: 'hub', jobcoach: 'hub', medewerker: 'participant' },
});

export function coachingContactRoutes(): RouteDef[] {
  return crudRoutes(coachingContactConfig);
}
