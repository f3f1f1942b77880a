// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Calendar arithmetic of monitoring: days since 1970 (UTC) and months as `year × 12 + month − 1`. */

const DAY_MS = 86_400_000;

/** Day number of a `YYYY-MM-DD` date or the date part of a date-time; NaN when there is none. */
export function dayOf(value: unknown): number {
  if (typeof value !== 'string' || value.length < 10) return Number.NaN;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (!(y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return Number.NaN;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Hours between two date-times (with their offsets); NaN when either is missing. */
export function hoursBetween(from: unknown, to: unknown): number {
  if (typeof from !== 'string' || typeof to !== 'string') return Number.NaN;
  return (Date.parse(to) - Date.parse(from)) / 3_600_000;
}

export function monthOfDay(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function firstDayOfMonth(month: number): number {
  return Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS;
}

export function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Month index of a `YYYY-MM` label; NaN when it is not one. */
export function monthOfLabel(label: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(label);
  if (!match) return Number.NaN;
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/**
 * Calls `each(month, fraction)` for every month the span [from, to) touches, with the part of the
 * month it covers (a whole month is 1).
 */
export function eachMonth(
  from: number,
  to: number,
  each: (month: number, fraction: number) => void,
): void {
  if (!(to > from)) return;
  for (let month = monthOfDay(from); ; month++) {
    const start = firstDayOfMonth(month);
    const end = firstDayOfMonth(month + 1);
    if (start >= to) break;
    const covered = Math.min(end, to) - Math.max(start, from);
    if (covered > 0) each(month, covered / (end - start));
  }
}
