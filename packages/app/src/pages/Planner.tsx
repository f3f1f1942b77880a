// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The planner's week: per worker or per client, a row each, Monday to Sunday; conflicts (a worker
 * booked twice, a visit outside its subscription's term) marked in words at a glance; book a visit
 * (BookVisit), a series (RecurrenceForm), move or cancel one (MoveVisit). Everything is read by
 * following the API's cursor links; the week stays mounted under a form, so coming back is cheap.
 */
import type { Abonnement, Bezoek, Client, Deelnemer, Dienst } from '@zorghub/schemas';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, listAll, NetworkError } from '../api';
import { useLang } from '../i18n';
import { localIso } from '../recurrence';
import { planningTexts } from '../texts/planning';
import { Alert, Button, Heading, Paragraph } from '../ui';
import { conflicts, isoDay, visitDay, weekDays } from '../week';
import { BookVisit } from './BookVisit';
import { CancelVisit, type ChangeDone, MoveVisit } from './MoveVisit';
import { groupWeek, WeekRow } from './PlannerWeek';
import { RecurrenceForm } from './RecurrenceForm';
import { dropMove } from './visitChange';

export interface PlanData {
  visits: Bezoek[];
  subs: Abonnement[];
  clients: Client[];
  workers: Deelnemer[];
  services: Dienst[];
}

/** The benchmark (bench/app/planner.mjs) counts the paginated calls of a load. */
const onPage = (n: number) => {
  const w = globalThis as { zorghubPages?: number };
  w.zorghubPages = n === 1 ? 1 : (w.zorghubPages ?? 0) + 1;
};

export function Planner({ onExpired }: { onExpired(): void }) {
  const { t, lang } = useLang();
  const p = planningTexts[lang];
  const [data, setData] = useState<PlanData>();
  const [day, setDay] = useState(() => isoDay(new Date()));
  const [view, setView] = useState<'worker' | 'client'>('worker');
  const [only, setOnly] = useState('');
  const [mode, setMode] = useState<
    | { kind: 'book' }
    | { kind: 'series' }
    | { kind: 'move'; visit: Bezoek }
    | { kind: 'cancel'; visit: Bezoek }
  >();
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string }>();

  const texts = useRef(t);
  texts.current = t;
  const days = useMemo(() => weekDays(day), [day]);
  // The week by range: from Monday 00:00 up to (not including) the next Monday 00:00, local time.
  const monday = days[0]!;
  const load = useCallback(async () => {
    const next = weekDays(monday)[6]!;
    const after = new Date(`${next}T12:00:00`);
    after.setDate(after.getDate() + 1);
    const range = `vanaf=${encodeURIComponent(localIso(monday, '00:00'))}&tot=${encodeURIComponent(localIso(isoDay(after), '00:00'))}`;
    try {
      const [visits, subs, clients, workers, services] = await Promise.all([
        listAll<Bezoek>(`/bezoeken?${range}`, 100, onPage),
        listAll<Abonnement>('/abonnementen'),
        listAll<Client>('/clienten'),
        listAll<Deelnemer>('/deelnemers'),
        listAll<Dienst>('/diensten'),
      ]);
      setData({ visits, subs, clients, workers, services });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onExpired();
      else
        setMessage({
          type: 'error',
          text: error instanceof NetworkError ? texts.current.signIn.offline : String(error),
        });
    }
  }, [onExpired, monday]);
  useEffect(() => {
    void load();
  }, [load]);

  const subsById = useMemo(() => new Map((data?.subs ?? []).map((s) => [s.id, s])), [data]);
  const found = useMemo(() => conflicts(data?.visits ?? [], subsById), [data, subsById]);
  const week = useMemo(() => {
    const inWeek = (data?.visits ?? []).filter((v) => {
      const d = visitDay(v);
      return d >= days[0]! && d <= days[6]!;
    });
    return inWeek.sort((a, b) => a.geplandStartOp.localeCompare(b.geplandStartOp));
  }, [data, days]);
  const rowOf = useCallback(
    (v: Bezoek) => (view === 'worker' ? v.deelnemerId : v.clientId),
    [view],
  );
  // Every row of the week stays mounted; the filter only hides the others (no re-mounting of
  // 1,000 visits when it is cleared again).
  const allRows = useMemo(() => [...new Set(week.map(rowOf))].sort(), [week, rowOf]);
  const rows = useMemo(
    () => (only ? allRows.filter((id) => id === only) : allRows),
    [allRows, only],
  );
  const options =
    view === 'worker'
      ? (data?.workers ?? []).map((w) => w.id)
      : (data?.clients ?? []).map((c) => c.id);
  const grouped = useMemo(() => groupWeek(week, days, rowOf), [week, days, rowOf]);
  const shown = useMemo(
    () => (only ? week.filter((v) => rowOf(v) === only) : week),
    [week, rowOf, only],
  );
  const flagsOf = (row: string) =>
    (grouped.get(row) ?? [])
      .flat()
      .map((v) => (found.has(v.id) ? `${v.id}:${found.get(v.id)!.join(',')}` : ''))
      .join(';');
  const onMove = useCallback((v: Bezoek) => setMode({ kind: 'move', visit: v }), []);
  const onCancel = useCallback((v: Bezoek) => setMode({ kind: 'cancel', visit: v }), []);
  // Dragging a visit: the same change as the move form, with the same If-Match and conflict handling.
  const visitsRef = useRef<Bezoek[]>([]);
  visitsRef.current = data?.visits ?? [];
  const langRef = useRef(lang);
  langRef.current = lang;
  const viewRef = useRef(view);
  viewRef.current = view;
  const onDrop = useCallback(
    async (id: string, toDay: string, row: string) => {
      const v = visitsRef.current.find((x) => x.id === id);
      if (v?.status !== 'gepland') return;
      const worker = viewRef.current === 'worker' ? row : undefined;
      if (visitDay(v) === toDay && (worker === undefined || worker === v.deelnemerId)) return;
      if (viewRef.current === 'client' && row !== v.clientId) return;
      const result = await dropMove(v, toDay, worker, onExpired, langRef.current);
      const words = planningTexts[langRef.current];
      if ('saved' in result) {
        const saved = result.saved;
        setMessage({ type: 'ok', text: words.moved(v.id) });
        setData((d) => d && { ...d, visits: d.visits.map((x) => (x.id === saved.id ? saved : x)) });
      } else {
        setMessage({
          type: 'error',
          text: result.stale ? result.failure : texts.current.planner.refused(result.failure),
        });
        if (result.stale) void load();
      }
    },
    [onExpired, load],
  );
  const conflictCount = shown.filter((v) => found.has(v.id)).length;

  const dayLabel = (d: string) =>
    new Date(`${d}T12:00:00`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    });

  /** After a move or cancel: the one changed visit replaced in place, or everything read again. */
  const changed: ChangeDone = (text, result) => {
    setMode(undefined);
    if (text) setMessage({ type: result && 'reload' in result ? 'error' : 'ok', text });
    if (result && 'saved' in result) {
      const saved = result.saved;
      setData((d) => d && { ...d, visits: d.visits.map((v) => (v.id === saved.id ? saved : v)) });
    } else if (result) void load();
  };

  const form =
    data && mode?.kind === 'book' ? (
      <BookVisit
        data={data}
        defaultDay={day}
        onExpired={onExpired}
        onDone={async (id) => {
          setMode(undefined);
          if (id) {
            setMessage({ type: 'ok', text: t.planner.saved(id) });
            await load();
          }
        }}
      />
    ) : data && mode?.kind === 'series' ? (
      <RecurrenceForm
        data={data}
        defaultDay={day}
        onExpired={onExpired}
        onDone={async (n) => {
          setMode(undefined);
          if (n > 0) {
            setMessage({ type: 'ok', text: p.seriesDone(n) });
            await load();
          }
        }}
      />
    ) : data && mode?.kind === 'move' ? (
      <MoveVisit visit={mode.visit} data={data} onExpired={onExpired} onDone={changed} />
    ) : data && mode?.kind === 'cancel' ? (
      <CancelVisit visit={mode.visit} onExpired={onExpired} onDone={changed} />
    ) : undefined;

  return (
    <>
      {form}
      <div hidden={form !== undefined}>
        <Heading level={1}>{t.planner.title}</Heading>
        {message && <Alert type={message.type}>{message.text}</Alert>}
        <div className="zh-toolbar">
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="field-week">
              {t.planner.week}
            </label>
            <input
              id="field-week"
              type="date"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={day}
              onChange={(e) => e.target.value && setDay(e.target.value)}
            />
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="field-view">
              {t.planner.view}
            </label>
            <select
              id="field-view"
              className="utrecht-select utrecht-select--html-select"
              value={view}
              onChange={(e) => {
                setView(e.target.value as 'worker' | 'client');
                setOnly('');
              }}
            >
              <option value="worker">{t.planner.perWorker}</option>
              <option value="client">{t.planner.perClient}</option>
            </select>
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="field-only">
              {t.planner.filter}
            </label>
            <select
              id="field-only"
              className="utrecht-select utrecht-select--html-select"
              value={only}
              onChange={(e) => setOnly(e.target.value)}
            >
              <option value="">{t.planner.all}</option>
              {options.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </div>
          <Button onClick={() => setMode({ kind: 'book' })} disabled={!data}>
            {t.planner.book}
          </Button>
          <Button variant="secondary" onClick={() => setMode({ kind: 'series' })} disabled={!data}>
            {p.series}
          </Button>
        </div>
        {!data && <Paragraph>{t.planner.loading}</Paragraph>}
        {data && (
          <Paragraph>
            <span data-testid="week-summary">
              {t.planner.visits(shown.length)} · {t.planner.conflicts(conflictCount)}
            </span>
          </Paragraph>
        )}
        {rows.length > 0 && <Paragraph>{p.dragHint}</Paragraph>}
        {data && rows.length === 0 && <Paragraph>{t.planner.none}</Paragraph>}
        {rows.length > 0 && (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <section className="zh-scroll" tabIndex={0} aria-label={`${t.planner.title} ${days[0]}`}>
            <table className="utrecht-table zh-week">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    {view === 'worker' ? t.planner.worker : t.planner.client}
                  </th>
                  {days.map((d) => (
                    <th className="utrecht-table__header-cell" scope="col" key={d}>
                      {dayLabel(d)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {allRows.map((row) => (
                  <WeekRow
                    key={row}
                    hidden={only !== '' && row !== only}
                    row={row}
                    days={days}
                    byDay={grouped.get(row) ?? []}
                    flags={flagsOf(row)}
                    found={found}
                    view={view}
                    onMove={onMove}
                    onCancel={onCancel}
                    onDrop={onDrop}
                  />
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
    </>
  );
}
