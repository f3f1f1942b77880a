// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Recurring visits ("every Tuesday 10:00 for three months"), kept pure: the dates a rule gives,
 * and for each whether it fits the subscription — its term and what is left of its hours (or
 * visits) per period, counted in order as the API will count them when they are booked one by
 * one — and whether the worker is already booked then. Also the local ISO times the API keeps.
 */
import type { Abonnement, Bezoek } from '@zorghub/schemas';
import { CANCELLED, hoursOf, isoDay, periodOf, remainder } from './week';

/** At most this many dates in one series: a typo in the end date must not book a year of visits. */
export const MAX_SERIES = 120;

export interface Rule {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** HH:MM, local. */
  time: string;
  minutes: number;
  /** First day that may carry a visit (YYYY-MM-DD). */
  from: string;
  /** Last day (inclusive), or… */
  until?: string;
  /** …the number of visits. */
  count?: number;
}

/** Local date + time as an ISO string with this browser's offset on that day (the API keeps it). */
export function localIso(day: string, time: string, addMinutes = 0): string {
  const d = new Date(`${day}T${time}:00`);
  d.setMinutes(d.getMinutes() + addMinutes);
  const off = -d.getTimezoneOffset();
  const p = (n: number) => String(Math.abs(Math.trunc(n))).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:00${off >= 0 ? '+' : '-'}${p(off / 60)}:${p(off % 60)}`;
}

/** The days (YYYY-MM-DD) of a rule, in order; at most MAX_SERIES (`truncated` says so). */
export function occurrences(rule: Rule): { days: string[]; truncated: boolean } {
  const days: string[] = [];
  const wanted = new Set(rule.weekdays);
  if (wanted.size === 0 || !/^\d{4}-\d\d-\d\d$/.test(rule.from)) return { days, truncated: false };
  const limit = Math.min(rule.count ?? MAX_SERIES, MAX_SERIES);
  const d = new Date(`${rule.from}T12:00:00`);
  // A year and a bit is the longest a series may run, whichever end is given.
  for (let i = 0; i < 400; i += 1) {
    const day = isoDay(d);
    if (rule.until !== undefined && day > rule.until) break;
    if (wanted.has(((d.getDay() + 6) % 7) + 1)) {
      if (days.length === limit)
        return { days, truncated: limit === MAX_SERIES && rule.count !== limit };
      days.push(day);
    }
    d.setDate(d.getDate() + 1);
  }
  return { days, truncated: false };
}

export type Fate = 'buitenLooptijd' | 'overboekt';

export interface Planned {
  day: string;
  start: string;
  end: string;
  /** Why the API will refuse it; undefined when it fits. */
  fate?: Fate;
  /** The worker has another visit at that time (the API books it, the week shows the conflict). */
  doubleBooked: boolean;
}

export interface PeriodFit {
  period: [string, string];
  limit: number;
  usedBefore: number;
  fits: number;
  over: number;
}

/**
 * What booking the rule would do, date by date, against the visits already in the hub: in
 * order, each fitting visit uses its hours, so the first ones of a period fit and the rest overbook.
 */
export function previewSeries(
  rule: Rule,
  sub: Abonnement,
  visits: readonly Bezoek[],
  workerId: string,
): { planned: Planned[]; periods: PeriodFit[]; truncated: boolean } {
  const { days, truncated } = occurrences(rule);
  const periods = new Map<string, PeriodFit>();
  const mine = visits
    .filter((v) => v.deelnemerId === workerId && !CANCELLED.has(v.status))
    .map((v) => [Date.parse(v.geplandStartOp), Date.parse(v.geplandEindOp)] as const);
  const planned: Planned[] = days.map((day) => {
    const start = localIso(day, rule.time);
    const end = localIso(day, rule.time, rule.minutes);
    const [s, e] = [Date.parse(start), Date.parse(end)];
    const doubleBooked = mine.some(([a, b]) => a < e && s < b);
    const item: Planned = { day, start, end, doubleBooked };
    if (day < sub.startDatum || (sub.eindDatum !== undefined && day > sub.eindDatum))
      return { ...item, fate: 'buitenLooptijd' };
    const [from, to] = periodOf(sub.periodeEenheid ?? 'maand', day);
    let fit = periods.get(from);
    if (!fit) {
      const r = remainder(sub, visits, day);
      fit = { period: [from, to], limit: r.limit, usedBefore: r.used, fits: 0, over: 0 };
      periods.set(from, fit);
    }
    const byHours = remainder(sub, [], day).unit === 'uur';
    const cost = byHours ? hoursOf({ geplandStartOp: start, geplandEindOp: end }) : 1;
    const used = fit.usedBefore + (byHours ? fit.fits * cost : fit.fits);
    if (used + cost > fit.limit + 1e-9) {
      fit.over += 1;
      return { ...item, fate: 'overboekt' };
    }
    fit.fits += 1;
    return item;
  });
  return { planned, periods: [...periods.values()], truncated };
}
