// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Subscription periods and durations, for booking and invoicing. */
import type { PeriodeEenheidCode } from '@zorghub/schemas';

/** First and last day (YYYY-MM-DD) of the subscription period that contains `date`. */
export function periodBounds(unit: PeriodeEenheidCode, date: string): [string, string] {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  switch (unit) {
    case 'week': {
      const dow = (d.getUTCDay() + 6) % 7;
      const start = new Date(d.getTime() - dow * 86400000);
      return [iso(start), iso(new Date(start.getTime() + 6 * 86400000))];
    }
    case 'kwartaal': {
      const q = Math.floor(m / 3) * 3;
      return [iso(new Date(Date.UTC(y, q, 1))), iso(new Date(Date.UTC(y, q + 3, 0)))];
    }
    case 'jaar':
      return [`${y}-01-01`, `${y}-12-31`];
    default:
      return [iso(new Date(Date.UTC(y, m, 1))), iso(new Date(Date.UTC(y, m + 1, 0)))];
  }
}

export const hoursBetween = (a: unknown, b: unknown) =>
  (Date.parse(String(b)) - Date.parse(String(a))) / 3_600_000;
