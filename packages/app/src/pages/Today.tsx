// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The worker's "vandaag" (phone first): the day's visits, check in (the actual start kept on the
 * device), check out (the visit recorded as done with both actual times), raise a signal. The day's
 * visits are kept on the device so the page opens without a connection; changes go through the queue.
 */
import { type Bezoek, bezoekstatusLabels, type Dienst } from '@zorghub/schemas';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, listAll, NetworkError } from '../api';
import { label, useLang } from '../i18n';
import { flush, onQueueChange, queued, send } from '../queue';
import type { Who } from '../session';
import { Alert, Button, Heading, Paragraph } from '../ui';
import { type SignalContext, SignalForm } from './SignalForm';

const CACHE_KEY = 'zorghub.bezoeken';
const CHECKIN_KEY = 'zorghub.aankomst';
/** The hub's service names by id, kept with the day so a card names its service offline too. */
const SERVICES_KEY = 'zorghub.diensten';

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function readJson<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? 'null') as T) ?? fallback;
  } catch {
    return fallback;
  }
}

export function Today({ who, onExpired }: { who: Who; onExpired(): void }) {
  const { t, lang } = useLang();
  const [date, setDate] = useState(() => localDate(new Date()));
  const [visits, setVisits] = useState<Bezoek[] | undefined>(() =>
    readJson<Bezoek[] | undefined>(CACHE_KEY, undefined),
  );
  const [checkIns, setCheckIns] = useState<Record<string, string>>(() => readJson(CHECKIN_KEY, {}));
  const [serviceNames, setServiceNames] = useState<Record<string, string>>(() =>
    readJson(SERVICES_KEY, {}),
  );
  const [message, setMessage] = useState<{ type: 'ok' | 'info' | 'error'; text: string }>();
  const [pending, setPending] = useState(() => queued().length);
  const [signalFor, setSignalFor] = useState<SignalContext>();
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'nl-NL', {
      hour: '2-digit',
      minute: '2-digit',
    });

  const load = useCallback(async () => {
    try {
      const [all, services] = await Promise.all([
        listAll<Bezoek>('/bezoeken'),
        listAll<Dienst>('/diensten'),
      ]);
      localStorage.setItem(CACHE_KEY, JSON.stringify(all));
      setVisits(all);
      const names = Object.fromEntries(services.map((d) => [d.id, d.naam]));
      localStorage.setItem(SERVICES_KEY, JSON.stringify(names));
      setServiceNames(names);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onExpired();
      else if (!(error instanceof NetworkError)) setMessage({ type: 'error', text: String(error) });
    }
  }, [onExpired]);

  useEffect(() => {
    void load();
    const refused = (_a: unknown, e: ApiError) =>
      setMessage({ type: 'error', text: t.errors.generic(e.detail) });
    const online = () =>
      void flush(refused).then(() => {
        if (queued().length === 0) setMessage({ type: 'ok', text: t.today.sent });
        void load();
      });
    window.addEventListener('online', online);
    const off = onQueueChange(() => setPending(queued().length));
    if (queued().length > 0) online();
    return () => {
      window.removeEventListener('online', online);
      off();
    };
  }, [load, t]);

  const checkIn = (v: Bezoek) => {
    const next = { ...checkIns, [v.id]: new Date().toISOString() };
    localStorage.setItem(CHECKIN_KEY, JSON.stringify(next));
    setCheckIns(next);
    setMessage({ type: 'ok', text: t.today.checkedInAt(time(next[v.id]!)) });
  };

  const checkOut = async (v: Bezoek) => {
    const start = checkIns[v.id] ?? new Date().toISOString();
    const body = {
      status: 'uitgevoerd',
      werkelijkStartOp: start,
      werkelijkEindOp: new Date().toISOString(),
    };
    try {
      const result = await send(`/bezoeken/${encodeURIComponent(v.id)}/_status`, body);
      const updated = (visits ?? []).map((x) =>
        x.id === v.id ? ({ ...x, ...body } as Bezoek) : x,
      );
      localStorage.setItem(CACHE_KEY, JSON.stringify(updated));
      setVisits(updated);
      setMessage({
        type: result === 'queued' ? 'info' : 'ok',
        text: result === 'queued' ? t.today.queued : t.today.saved,
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onExpired();
      else if (error instanceof ApiError)
        setMessage({ type: 'error', text: t.errors.generic(error.detail) });
    }
  };

  if (signalFor) {
    return (
      <SignalForm
        context={signalFor}
        onDone={(text) => {
          setSignalFor(undefined);
          if (text) setMessage({ type: text === t.today.queued ? 'info' : 'ok', text });
        }}
      />
    );
  }

  const today = (visits ?? [])
    .filter((v) => localDate(new Date(v.geplandStartOp)) === date)
    .sort((a, b) => a.geplandStartOp.localeCompare(b.geplandStartOp));
  return (
    <>
      <Heading level={1}>{t.today.title}</Heading>
      {message && <Alert type={message.type}>{message.text}</Alert>}
      {pending > 0 && <Alert type="info">{t.today.pending(pending)}</Alert>}
      <div className="utrecht-form-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="field-datum">
            {t.today.date}
          </label>
        </div>
        <div className="utrecht-form-field__input">
          <input
            id="field-datum"
            type="date"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={date}
            onChange={(e) => setDate(e.target.value || localDate(new Date()))}
          />
        </div>
      </div>
      {visits === undefined && <Paragraph>{t.today.loading}</Paragraph>}
      {visits !== undefined && today.length === 0 && <Paragraph>{t.today.none}</Paragraph>}
      <ul className="zh-cards">
        {today.map((v) => (
          <li key={v.id} className="zh-card">
            <Heading level={2}>{t.today.visit(time(v.geplandStartOp))}</Heading>
            <dl className="zh-facts">
              <dt>{t.today.client}</dt>
              <dd>{v.clientId}</dd>
              <dt>{t.today.service}</dt>
              <dd>{serviceNames[v.dienstId] ?? v.dienstId}</dd>
              <dt>{t.today.planned}</dt>
              <dd>
                {time(v.geplandStartOp)}–{time(v.geplandEindOp)}
              </dd>
              <dt>{t.today.status}</dt>
              <dd>{label(bezoekstatusLabels, v.status, lang)}</dd>
            </dl>
            {v.status === 'gepland' && checkIns[v.id] && (
              <Paragraph>{t.today.checkedInAt(time(checkIns[v.id]!))}</Paragraph>
            )}
            <div className="utrecht-button-group">
              {v.status === 'gepland' && !checkIns[v.id] && (
                <Button onClick={() => checkIn(v)}>{t.today.checkIn}</Button>
              )}
              {v.status === 'gepland' && checkIns[v.id] && (
                <Button onClick={() => void checkOut(v)}>{t.today.checkOut}</Button>
              )}
              <Button
                variant="secondary"
                onClick={() =>
                  setSignalFor({
                    clientId: v.clientId,
                    bezoekId: v.id,
                    deelnemerId: who.deelnemerId ?? v.deelnemerId,
                  })
                }
              >
                {t.today.raiseSignal}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
