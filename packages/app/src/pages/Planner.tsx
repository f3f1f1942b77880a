// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The planner's week: per worker or per client, a row each, Monday to Sunday; conflicts (a worker
 * booked twice, a visit outside its subscription's term) marked in words at a glance; book a visit
 * (BookVisit) and cancel one. Everything is read with the API's paginated lists.
 */
import type { Abonnement, Bezoek, Client, Deelnemer, Dienst } from '@zorghub/schemas';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, call, listAll, NetworkError } from '../api';
import { useLang } from '../i18n';
import { newKey } from '../queue';
import { Alert, Button, Heading, Paragraph } from '../ui';
import { type Conflict, conflicts, inLanguage, isoDay, visitDay, weekDays } from '../week';
import { BookVisit } from './BookVisit';

export interface PlanData {
  visits: Bezoek[];
  subs: Abonnement[];
  clients: Client[];
  workers: Deelnemer[];
  services: Dienst[];
}

export function Planner({ onExpired }: { onExpired(): void }) {
  const { t, lang } = useLang();
  const [data, setData] = useState<PlanData>();
  const [day, setDay] = useState(() => isoDay(new Date()));
  const [view, setView] = useState<'worker' | 'client'>('worker');
  const [only, setOnly] = useState('');
  const [booking, setBooking] = useState(false);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string }>();

  const load = useCallback(async () => {
    try {
      const [visits, subs, clients, workers, services] = await Promise.all([
        listAll<Bezoek>('/bezoeken'),
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
          text: error instanceof NetworkError ? t.signIn.offline : String(error),
        });
    }
  }, [onExpired, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const days = useMemo(() => weekDays(day), [day]);
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
  const rows = useMemo(() => {
    const ids = [...new Set(week.map(rowOf))].sort();
    return only ? ids.filter((id) => id === only) : ids;
  }, [week, rowOf, only]);
  const options =
    view === 'worker'
      ? (data?.workers ?? []).map((w) => w.id)
      : (data?.clients ?? []).map((c) => c.id);
  const shown = week.filter((v) => rows.includes(rowOf(v)));
  const conflictCount = shown.filter((v) => found.has(v.id)).length;

  const time = (iso: string) => iso.slice(11, 16);
  const dayLabel = (d: string) =>
    new Date(`${d}T12:00:00`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    });

  async function cancel(v: Bezoek) {
    try {
      await call(`/bezoeken/${encodeURIComponent(v.id)}/_status`, {
        method: 'POST',
        body: { status: 'geannuleerdDoorAanbieder' },
        idempotencyKey: newKey(),
      });
      setMessage({ type: 'ok', text: t.planner.cancelled(v.id) });
      await load();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onExpired();
      else if (error instanceof ApiError)
        setMessage({ type: 'error', text: t.planner.refused(inLanguage(error.detail, lang)) });
    }
  }

  if (booking && data) {
    return (
      <BookVisit
        data={data}
        defaultDay={day}
        onExpired={onExpired}
        onDone={async (id) => {
          setBooking(false);
          if (id) {
            setMessage({ type: 'ok', text: t.planner.saved(id) });
            await load();
          }
        }}
      />
    );
  }

  const conflictText = (c: Conflict) => t.planner[c];
  return (
    <>
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
        <Button onClick={() => setBooking(true)} disabled={!data}>
          {t.planner.book}
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
              {rows.map((row) => (
                <tr className="utrecht-table__row" key={row}>
                  <th className="utrecht-table__header-cell" scope="row">
                    {row}
                  </th>
                  {days.map((d) => (
                    <td className="utrecht-table__cell" key={d}>
                      {shown
                        .filter((v) => rowOf(v) === row && visitDay(v) === d)
                        .map((v) => (
                          <div
                            key={v.id}
                            className={`zh-visit${found.has(v.id) ? ' zh-visit--conflict' : ''}${v.status !== 'gepland' && v.status !== 'uitgevoerd' ? ' zh-visit--cancelled' : ''}`}
                          >
                            <strong>
                              {time(v.geplandStartOp)}–{time(v.geplandEindOp)}
                            </strong>{' '}
                            {view === 'worker' ? v.clientId : v.deelnemerId}
                            {(found.get(v.id) ?? []).map((c) => (
                              <span key={c} className="zh-conflict">
                                {' '}
                                ⚠ {conflictText(c)}
                              </span>
                            ))}
                            {v.status === 'gepland' && (
                              <button
                                type="button"
                                className="utrecht-button utrecht-button--subtle-action zh-small"
                                onClick={() => void cancel(v)}
                                aria-label={`${t.planner.cancel} ${v.id}`}
                              >
                                {t.planner.cancel}
                              </button>
                            )}
                          </div>
                        ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
