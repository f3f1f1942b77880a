// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The planner's arithmetic, kept pure so it is fast on a week of 50 workers and testable: the days
 * of a week, a subscription's period and what is left of it, and the conflicts to show at a glance
 * (a worker booked twice at once, a visit outside its subscription's term).
 */
import type { Abonnement, Bezoek, BezoekstatusCode, PeriodeEenheidCode } from '@zorghub/schemas';

export const CANCELLED: ReadonlySet<BezoekstatusCode> = new Set<BezoekstatusCode>([
  'geannuleerdDoorClient',
  'geannuleerdDoorAanbieder',
]);

export const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The seven local days (YYYY-MM-DD) of the week (Monday first) that contains `day`. */
export function weekDays(day: string): string[] {
  const d = new Date(`${day}T12:00:00`);
  const monday = new Date(d);
  monday.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => {
    const x = new Date(monday);
    x.setDate(monday.getDate() + i);
    return isoDay(x);
  });
}

/** The visit's day as written in the API (its own offset), the way the API's booking rule reads it. */
export const visitDay = (v: Pick<Bezoek, 'geplandStartOp'>) => v.geplandStartOp.slice(0, 10);

export const hoursOf = (v: Pick<Bezoek, 'geplandStartOp' | 'geplandEindOp'>) =>
  (Date.parse(v.geplandEindOp) - Date.parse(v.geplandStartOp)) / 3_600_000;

/** First and last day of the subscription period (week, maand, kwartaal, jaar) containing `day`. */
export function periodOf(unit: PeriodeEenheidCode, day: string): [string, string] {
  const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
  const utc = (yy: number, mm: number, d: number) =>
    new Date(Date.UTC(yy, mm, d)).toISOString().slice(0, 10);
  switch (unit) {
    case 'week': {
      const dow = (new Date(Date.UTC(y, m - 1, dd)).getUTCDay() + 6) % 7;
      return [utc(y, m - 1, dd - dow), utc(y, m - 1, dd - dow + 6)];
    }
    case 'kwartaal': {
      const q = Math.floor((m - 1) / 3) * 3;
      return [utc(y, q, 1), utc(y, q + 3, 0)];
    }
    case 'jaar':
      return [`${y}-01-01`, `${y}-12-31`];
    default:
      return [utc(y, m - 1, 1), utc(y, m, 0)];
  }
}

export interface Remainder {
  period: [string, string];
  limit: number;
  used: number;
  unit: 'uur' | 'diensten';
}

/** What the subscription has booked and left in the period of `day` (the API's own rule, counted the same way). */
export function remainder(
  sub: Abonnement,
  visits: readonly Bezoek[],
  day: string,
  exceptId?: string,
): Remainder {
  const period = periodOf(sub.periodeEenheid ?? 'maand', day);
  const byHours = sub.tariefeenheid === 'uur' || sub.abonnementsvorm === 'urenbundel';
  let used = 0;
  for (const v of visits) {
    if (v.abonnementId !== sub.id || v.id === exceptId || CANCELLED.has(v.status)) continue;
    const d = visitDay(v);
    if (d < period[0] || d > period[1]) continue;
    used += byHours ? hoursOf(v) : 1;
  }
  return { period, limit: Number(sub.aantalPerPeriode), used, unit: byHours ? 'uur' : 'diensten' };
}

export type Conflict = 'dubbelGeboekt' | 'buitenLooptijd';

/** Per visit id, its conflicts: overlapping visits of one worker, visits outside their subscription's term. */
export function conflicts(
  visits: readonly Bezoek[],
  subs: ReadonlyMap<string, Abonnement>,
): Map<string, Conflict[]> {
  const out = new Map<string, Conflict[]>();
  const add = (id: string, c: Conflict) => {
    const list = out.get(id) ?? [];
    if (!list.includes(c)) list.push(c);
    out.set(id, list);
  };
  const byWorker = new Map<string, Array<{ id: string; start: number; end: number }>>();
  for (const v of visits) {
    if (CANCELLED.has(v.status)) continue;
    const list = byWorker.get(v.deelnemerId) ?? [];
    list.push({ id: v.id, start: Date.parse(v.geplandStartOp), end: Date.parse(v.geplandEindOp) });
    byWorker.set(v.deelnemerId, list);
    const sub = v.abonnementId ? subs.get(v.abonnementId) : undefined;
    const day = visitDay(v);
    if (sub && (day < sub.startDatum || (sub.eindDatum !== undefined && day > sub.eindDatum)))
      add(v.id, 'buitenLooptijd');
  }
  for (const list of byWorker.values()) {
    list.sort((a, b) => a.start - b.start);
    // sweep: each visit against those still running when it starts
    let running: typeof list = [];
    for (const v of list) {
      running = running.filter((r) => r.end > v.start);
      for (const r of running) {
        add(r.id, 'dubbelGeboekt');
        add(v.id, 'dubbelGeboekt');
      }
      running.push(v);
    }
  }
  return out;
}

/** The API's messages are "Nederlands / English": the part in the user's language. */
export function inLanguage(detail: string, lang: 'nl' | 'en'): string {
  const i = detail.lastIndexOf(' / ');
  if (i < 0) return detail;
  return lang === 'en' ? detail.slice(i + 3) : detail.slice(0, i);
}
