// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** A hub's records of one entity, read a page at a time by primary key (bounded memory). */
import type { Queryable } from '../db.js';

/** Records read per query. */
export const PAGE_SIZE = 500;

/** The records (`data`) of `entity` in hub `hubId`, one page per step, in id order. */
export async function* recordPages(
  q: Queryable,
  hubId: string,
  entity: string,
): AsyncGenerator<Array<Record<string, unknown>>> {
  let after = '';
  for (;;) {
    const { rows } = await q.query<{ id: string; data: Record<string, unknown> }>(
      'SELECT id, data FROM records WHERE hub_id = $1 AND entity = $2 AND id > $3 ORDER BY id LIMIT $4',
      [hubId, entity, after, PAGE_SIZE],
    );
    if (rows.length === 0) return;
    yield rows.map((r) => r.data);
    after = rows[rows.length - 1]!.id;
    if (rows.length < PAGE_SIZE) return;
  }
}
