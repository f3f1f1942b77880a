// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The planner holds one week of visits (GET /bezoeken?vanaf=…&tot=…). A booking form needs more:
 * the subscription's visits for its remainder in the period (a month, a quarter), the worker's for
 * a series' double bookings. This hook reads those lists (cursor paging) and merges them with the
 * week's, each visit once; `ready` is false until every list has come.
 */
import type { Bezoek } from '@zorghub/schemas';
import { useEffect, useMemo, useState } from 'react';
import { ApiError, listAll } from '../api';

export function useVisits(
  week: readonly Bezoek[],
  queries: ReadonlyArray<string | undefined>,
  onExpired: () => void,
): { visits: Bezoek[]; ready: boolean } {
  const wanted = queries.filter((q): q is string => q !== undefined);
  const key = wanted.join('\n');
  const [lists, setLists] = useState<{ key: string; visits: Bezoek[] }>({ key: '', visits: [] });
  useEffect(() => {
    if (key === '') return;
    let live = true;
    Promise.all(key.split('\n').map((q) => listAll<Bezoek>(q, 100)))
      .then((found) => live && setLists({ key, visits: found.flat() }))
      .catch((error) => {
        if (live && error instanceof ApiError && error.status === 401) onExpired();
      });
    return () => {
      live = false;
    };
  }, [key, onExpired]);
  const extra = key !== '' && lists.key === key ? lists.visits : undefined;
  const ready = key === '' || extra !== undefined;
  const visits = useMemo(() => {
    if (!extra?.length) return [...week];
    const byId = new Map(week.map((v) => [v.id, v]));
    for (const v of extra) byId.set(v.id, v);
    return [...byId.values()];
  }, [week, extra]);
  return { visits, ready };
}

/** The query of one filter's visits, optionally from a moment on. */
export const visitsOf = (filter: 'abonnementId' | 'deelnemerId', id: string, from?: string) =>
  `/bezoeken?${filter}=${encodeURIComponent(id)}${from ? `&vanaf=${encodeURIComponent(from)}` : ''}`;
