// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /trainingen: a participant's training records. */
import type { RouteDef } from '../types.js';
import { crudRoutes } from './crud.js';
import { participantRecord } from './participant-records.js';

export const trainingConfig = participantRecord({
  entity: 'training',
  path: 'trainingen',
  tag: 'Deelnemers',
  titleNl: 'Trainingen',
  read: { beheerder: 'hub', jobcoach: 'hub', medewerker: 'participant' },
});

export function trainingRoutes(): RouteDef[] {
  return crudRoutes(trainingConfig);
}
