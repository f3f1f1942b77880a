// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Changing one visit the way every planner change does: with the ETag of the version the planner
 * saw as If-Match, so a change someone else made meanwhile is refused (412) and never overwritten;
 * errors in words. Used by the move and cancel forms and by dragging a visit in the week.
 */
import type { Bezoek } from '@zorghub/schemas';
import { ApiError, NetworkError, request } from '../api';
import { localIso } from '../recurrence';
import { planningTexts } from '../texts/planning';
import { hoursOf, inLanguage } from '../week';

export interface Versioned {
  record: Bezoek;
  etag: string;
}

export function describe(error: unknown, lang: 'nl' | 'en'): string {
  const p = planningTexts[lang];
  if (error instanceof ApiError && error.status === 412) return p.stale;
  if (error instanceof ApiError) return inLanguage(error.detail, lang);
  if (error instanceof NetworkError) return p.offline;
  return String(error);
}

/**
 * Sends a change with If-Match: the changed record (PUT), or a cancellation to the cancel route;
 * answers the record as the API stored it, or the error in words.
 */
export async function save(
  v: Versioned,
  change: { changed: Bezoek } | { cancel: { status: string; annuleringsreden: string } },
  onExpired: () => void,
  lang: 'nl' | 'en',
): Promise<{ saved: Bezoek } | { failure: string; stale: boolean }> {
  const path = `/bezoeken/${encodeURIComponent(v.record.id)}`;
  try {
    const answer =
      'changed' in change
        ? await request<Bezoek>(path, { method: 'PUT', body: change.changed, ifMatch: v.etag })
        : await request<Bezoek>(`${path}/_annuleren`, {
            method: 'POST',
            body: change.cancel,
            ifMatch: v.etag,
          });
    return { saved: answer.body };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) onExpired();
    return {
      failure: describe(error, lang),
      stale: error instanceof ApiError && error.status === 412,
    };
  }
}

/** The fields a planner sees of a visit in the week: another value there means it changed meanwhile. */
const SHOWN = ['status', 'geplandStartOp', 'geplandEindOp', 'deelnemerId', 'clientId'] as const;

/**
 * A visit dragged to `day` (and, in the worker view, to `worker`): same time of day and length.
 * The week's list carries no ETags, so the record is read with its ETag first; when it is not the
 * one the planner saw, the drop is refused as stale, as a 412 would be.
 */
export async function dropMove(
  shown: Bezoek,
  day: string,
  worker: string | undefined,
  onExpired: () => void,
  lang: 'nl' | 'en',
): Promise<{ saved: Bezoek } | { failure: string; stale: boolean }> {
  let current: Versioned;
  try {
    const answer = await request<Bezoek>(`/bezoeken/${encodeURIComponent(shown.id)}`);
    current = { record: answer.body, etag: answer.headers.get('etag') ?? '' };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) onExpired();
    return { failure: describe(error, lang), stale: false };
  }
  if (SHOWN.some((f) => current.record[f] !== shown[f]))
    return { failure: planningTexts[lang].stale, stale: true };
  const time = shown.geplandStartOp.slice(11, 16);
  const minutes = Math.round(hoursOf(shown) * 60);
  const changed: Bezoek = {
    ...current.record,
    ...(worker ? { deelnemerId: worker } : {}),
    geplandStartOp: localIso(day, time),
    geplandEindOp: localIso(day, time, minutes),
  };
  return save(current, { changed }, onExpired, lang);
}
