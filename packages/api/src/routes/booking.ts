// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The booking rule: a visit must fit the subscription's term and its hours (or visits) per period. */
import type { Abonnement, BezoekstatusCode } from '@zorghub/schemas';
import type { Queryable } from '../db.js';
import { problem } from '../problem.js';
import { hoursBetween, periodBounds } from './periods.js';
import { getRow } from './store.js';

/** Visit statuses that free the hours they had booked. */
export const CANCELLED: readonly BezoekstatusCode[] = [
  'geannuleerdDoorClient',
  'geannuleerdDoorAanbieder',
];

export async function checkBooking(q: Queryable, hubId: string, visit: Record<string, unknown>) {
  const start = String(visit.geplandStartOp);
  const hours = hoursBetween(visit.geplandStartOp, visit.geplandEindOp);
  if (!(hours > 0)) {
    throw problem(
      422,
      'geplandEindOp moet na geplandStartOp liggen / must be after geplandStartOp',
      {
        invalidParams: [
          { name: 'geplandEindOp', code: 'x-after', reason: 'must be after geplandStartOp' },
        ],
      },
    );
  }
  if (
    typeof visit.abonnementId !== 'string' ||
    CANCELLED.includes(visit.status as BezoekstatusCode)
  )
    return;
  // Lock the subscription: concurrent bookings against it are counted one after the other.
  const sub = await getRow(q, hubId, 'abonnement', visit.abonnementId, true);
  if (!sub) {
    throw problem(422, `abonnementId ${visit.abonnementId} bestaat niet / does not exist`, {
      invalidParams: [
        { name: 'abonnementId', code: 'x-reference', reason: 'no such subscription' },
      ],
    });
  }
  // Stored records passed the standard's validator on write.
  const s = sub.data as Partial<Abonnement>;
  const day = start.slice(0, 10);
  if (
    (typeof s.startDatum === 'string' && day < s.startDatum) ||
    (typeof s.eindDatum === 'string' && day > s.eindDatum)
  ) {
    throw problem(
      422,
      `Het bezoek valt buiten de looptijd van abonnement ${sub.id} / outside the subscription's term`,
    );
  }
  const [from, to] = periodBounds(s.periodeEenheid ?? 'maand', day);
  const { rows } = await q.query<{ hours: number | null; visits: number }>(
    `SELECT coalesce(sum(extract(epoch FROM ((data->>'geplandEindOp')::timestamptz - (data->>'geplandStartOp')::timestamptz)) / 3600), 0) AS hours,
            count(*)::int AS visits
       FROM records
      WHERE hub_id = $1 AND entity = 'bezoek' AND parent_id = $2 AND id <> $3
        AND substring(data->>'geplandStartOp', 1, 10) BETWEEN $4 AND $5
        AND NOT (data->>'status' = ANY($6))`,
    [hubId, sub.id, String(visit.id), from, to, CANCELLED],
  );
  const used = Number(rows[0]?.hours ?? 0);
  const count = Number(rows[0]?.visits ?? 0);
  const limit = Number(s.aantalPerPeriode);
  const byHours = s.tariefeenheid === 'uur' || s.abonnementsvorm === 'urenbundel';
  if (byHours && used + hours > limit + 1e-9) {
    throw problem(
      409,
      `Overboeking: abonnement ${sub.id} heeft ${limit} uur per ${s.periodeEenheid} (${from} t/m ${to}); al geboekt ${used.toFixed(2)}, dit bezoek ${hours.toFixed(2)} / Overbooked`,
      {
        code: 'overboeking',
      },
    );
  }
  if (!byHours && s.abonnementsvorm === 'dienstenbundel' && count + 1 > limit) {
    throw problem(
      409,
      `Overboeking: abonnement ${sub.id} heeft ${limit} diensten per ${s.periodeEenheid}; al geboekt ${count} / Overbooked`,
      {
        code: 'overboeking',
      },
    );
  }
}
