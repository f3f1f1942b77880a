// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The care organisation's portal: the signals inbox with acknowledge and follow-up, hours booked,
 * performed and left per subscription in a month, and the invoices. The API scopes every list to
 * the organisation of the credential; each read of signals is access-logged by the API.
 */
import {
  type Abonnement,
  type Bezoek,
  type Factuur,
  factuurstatusLabels,
  type Signaal,
  signaalcategorieLabels,
  signaalopvolgingCodes,
  signaalopvolgingLabels,
  urgentieLabels,
} from '@zorghub/schemas';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, call, listAll, NetworkError } from '../api';
import { label, useLang } from '../i18n';
import { newKey } from '../queue';
import { Alert, Button, DataTable, Heading, Paragraph } from '../ui';
import { hoursOf, inLanguage, isoDay, remainder, visitDay } from '../week';

interface Data {
  signals: Signaal[];
  subs: Abonnement[];
  visits: Bezoek[];
  invoices: Factuur[];
}

export function CareOrg({ onExpired }: { onExpired(): void }) {
  const { t, lang } = useLang();
  const [data, setData] = useState<Data>();
  const [month, setMonth] = useState(() => isoDay(new Date()).slice(0, 7));
  const [followUp, setFollowUp] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string }>();
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';

  const load = useCallback(async () => {
    try {
      const [signals, subs, visits, invoices] = await Promise.all([
        listAll<Signaal>('/signalen'),
        listAll<Abonnement>('/abonnementen'),
        listAll<Bezoek>('/bezoeken'),
        listAll<Factuur>('/facturen'),
      ]);
      setData({ signals, subs, visits, invoices });
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

  async function acknowledge(s: Signaal) {
    const opvolging = followUp[s.id];
    try {
      await call(`/signalen/${encodeURIComponent(s.id)}/_ontvangst`, {
        method: 'POST',
        body: opvolging ? { opvolging } : {},
        idempotencyKey: newKey(),
      });
      setMessage({ type: 'ok', text: t.care.acknowledged(s.id) });
      await load();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onExpired();
      else if (error instanceof ApiError)
        setMessage({ type: 'error', text: t.errors.generic(inLanguage(error.detail, lang)) });
    }
  }

  const hours = useMemo(() => {
    if (!data) return [];
    const day = `${month}-01`;
    return data.subs.map((sub) => {
      const rest = remainder(sub, data.visits, day);
      const performed = data.visits
        .filter((v) => v.abonnementId === sub.id && v.status === 'uitgevoerd')
        .filter((v) => visitDay(v) >= rest.period[0] && visitDay(v) <= rest.period[1])
        .reduce((n, v) => n + (rest.unit === 'uur' ? hoursOf(v) : 1), 0);
      return { sub, rest, performed };
    });
  }, [data, month]);
  const num = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
  const euro = (cents: number) =>
    (cents / 100).toLocaleString(locale, { style: 'currency', currency: 'EUR' });
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const signals = [...(data?.signals ?? [])].sort((a, b) => b.gemeldOp.localeCompare(a.gemeldOp));

  return (
    <>
      <Heading level={1}>{t.care.title}</Heading>
      {message && <Alert type={message.type}>{message.text}</Alert>}
      {!data && <Paragraph>{t.care.loading}</Paragraph>}
      <Heading level={2}>{t.care.signals}</Heading>
      {data && signals.length === 0 && <Paragraph>{t.care.noSignals}</Paragraph>}
      <ul className="zh-cards">
        {signals.map((s) => (
          <li key={s.id} className="zh-card">
            <Heading level={3}>
              {label(signaalcategorieLabels, s.categorie, lang)} ·{' '}
              {label(urgentieLabels, s.urgentie, lang)}
            </Heading>
            <dl className="zh-facts">
              <dt>{t.care.raisedAt}</dt>
              <dd>{when(s.gemeldOp)}</dd>
              <dt>{t.care.client}</dt>
              <dd>{s.clientId}</dd>
              {s.omschrijving && (
                <>
                  <dt>{t.care.note}</dt>
                  <dd>{s.omschrijving}</dd>
                </>
              )}
              <dt>{t.care.received}</dt>
              <dd>
                {s.ontvangenOp ? when(s.ontvangenOp) : t.care.notReceived}
                {s.opvolging ? ` · ${label(signaalopvolgingLabels, s.opvolging, lang)}` : ''}
              </dd>
            </dl>
            {!s.opvolging && (
              <div className="zh-toolbar">
                <div className="utrecht-form-field">
                  <label className="utrecht-form-label" htmlFor={`opvolging-${s.id}`}>
                    {t.care.followUp}
                  </label>
                  <select
                    id={`opvolging-${s.id}`}
                    className="utrecht-select utrecht-select--html-select"
                    value={followUp[s.id] ?? ''}
                    onChange={(e) => setFollowUp((f) => ({ ...f, [s.id]: e.target.value }))}
                  >
                    <option value="">–</option>
                    {signaalopvolgingCodes.map((c) => (
                      <option key={c} value={c}>
                        {label(signaalopvolgingLabels, c, lang)}
                      </option>
                    ))}
                  </select>
                </div>
                <Button onClick={() => void acknowledge(s)}>{t.care.acknowledge}</Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <Heading level={2}>{t.care.hours}</Heading>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="field-maand">
          {t.care.month}
        </label>
        <input
          id="field-maand"
          type="month"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={month}
          onChange={(e) => e.target.value && setMonth(e.target.value)}
        />
      </div>
      <DataTable
        label={t.care.hours}
        head={[t.care.subscription, t.care.limit, t.care.booked, t.care.performed, t.care.left]}
        rows={hours.map(({ sub, rest, performed }) => ({
          key: sub.id,
          cells: [
            sub.id,
            `${num(rest.limit)} ${rest.unit === 'uur' ? t.planner.hours : t.planner.services}`,
            num(rest.used),
            num(performed),
            num(rest.limit - rest.used),
          ],
        }))}
      />
      <Heading level={2}>{t.care.invoices}</Heading>
      {data && data.invoices.length === 0 && <Paragraph>{t.care.noInvoices}</Paragraph>}
      {data && data.invoices.length > 0 && (
        <DataTable
          label={t.care.invoices}
          head={[t.care.number, t.care.period, t.care.status, t.care.total]}
          rows={data.invoices.map((f) => ({
            key: f.id,
            cells: [
              f.factuurnummer,
              `${f.periodeStartDatum} – ${f.periodeEindDatum}`,
              label(factuurstatusLabels, f.status, lang),
              euro(f.totaalInclBtwInCenten),
            ],
          }))}
        />
      )}
    </>
  );
}
