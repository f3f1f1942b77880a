// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The records kept about one participant (trainings, coaching contacts, outcomes): written by the
 * hub's job coaches, filtered by `deelnemerId`, scoped to the participant they are about.
 */
import type { EntityConfig } from './crud.js';
import { columnsOf, mustExist, str } from './store.js';

export function participantRecord(
  cfg: Pick<EntityConfig, 'entity' | 'path' | 'tag' | 'titleNl' | 'read'>,
): EntityConfig {
  return {
    ...cfg,
    write: { beheerder: 'hub', jobcoach: 'hub' },
    filters: [
      {
        name: 'deelnemerId',
        column: 'participant_id',
        description: 'Alleen van deze deelnemer / Only this participant',
      },
    ],
    // A training's provider (aanbiederId) is an organisation of the hub; a coaching contact's
    // jobcoachId names a person, not a record, and is not checked.
    references: [
      { field: 'deelnemerId', entity: 'deelnemer' },
      { field: 'aanbiederId', entity: 'organisatie' },
    ],
    columns: async (q, hub, d) => {
      await mustExist(q, hub, 'deelnemer', d.deelnemerId, 'deelnemerId');
      return columnsOf({ participantId: str(d.deelnemerId) });
    },
  };
}
