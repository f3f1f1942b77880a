// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Dates and times as Excel shows them in Dutch (`31-5-2022`, `1-6-2022 09:00`, `01-06-2022
 * 09:00:15`) and date-times without a zone: the ISO form they would be, for the error message.
 * A time without a zone is read as Dutch time (Europe/Amsterdam), with its summer or winter
 * offset on that day.
 */

const DUTCH = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ZONELESS = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const zone = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  timeZoneName: 'longOffset',
});

/** Minutes Amsterdam is ahead of UTC at the instant `ms`. */
function offsetAt(ms: number): number {
  const name = zone.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = name.match(/GMT([+-])(\d{2}):(\d{2})/);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** `+02:00` for a wall-clock time in Amsterdam (the earlier offset at the autumn change). */
export function amsterdamOffset(y: number, mo: number, d: number, h: number, mi: number, s = 0) {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  // the offsets in force around that day; the one that gives back this wall time is right, the
  // larger (summer) one when both do (autumn), the smaller when neither does (the spring gap)
  const around = [offsetAt(wall - 86_400_000), offsetAt(wall + 86_400_000)].sort((a, b) => b - a);
  const offset = around.find((o) => offsetAt(wall - o * 60_000) === o) ?? around[1]!;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function realDate(y: number, mo: number, d: number): boolean {
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The ISO form of `value` for a field of `format`, when it is a Dutch-written date (or a
 * date-time without a zone); undefined when it is something else.
 */
export function isoForm(value: string, format: string): string | undefined {
  const text = value.trim();
  let parts: number[] | undefined;
  let time = false;
  const dutch = text.match(DUTCH);
  if (dutch) {
    const [, d, mo, y, h, mi, s] = dutch;
    parts = [Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
    time = h !== undefined;
  } else if (format === 'date-time') {
    const iso = text.match(ZONELESS);
    if (!iso) return undefined;
    const [, y, mo, d, h, mi, s] = iso;
    parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0)];
    time = true;
  } else return undefined;
  const [y, mo, d, h, mi, s] = parts as [number, number, number, number, number, number];
  if (!realDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined;
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (format === 'date') return date;
  if (format !== 'date-time' || !time) return undefined;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}${amsterdamOffset(y, mo, d, h, mi, s)}`;
}

/** The `expected` text for a date that has an ISO form. */
export function isoExpected(iso: string, format: string, lang: 'nl' | 'en'): string {
  if (format === 'date') return lang === 'nl' ? `een datum zoals ${iso}` : `a date like ${iso}`;
  return lang === 'nl'
    ? `datum en tijd met tijdzone, zoals ${iso} (Nederlandse tijd, Europe/Amsterdam)`
    : `a date-time with its zone, like ${iso} (Dutch time, Europe/Amsterdam)`;
}
