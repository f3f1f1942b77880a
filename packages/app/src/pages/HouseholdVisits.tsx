// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The household's upcoming visits. A visit can be cancelled by the household up to 24 hours before
 * it starts (the API's rule; the app shows why the button is not there when it is too late, and the
 * API's refusal in words if the clock moved on meanwhile).
 */
import {
  annuleringsredenCodes,
  annuleringsredenLabels,
  type Bezoek,
  bezoekstatusLabels,
} from '@zorghub/schemas';
import { useState } from 'react';
import { ApiError, call } from '../api';
import { label, useLang } from '../i18n';
import { Alert, Button, Heading, Paragraph } from '../ui';

const DAY_MS = 24 * 60 * 60 * 1000;
// A household cancels for its own reasons; "worker absent" is the hub's.
const REASONS = annuleringsredenCodes.filter((c) => c !== 'medewerkerAfwezig');

export function HouseholdVisits({
  visits,
  serviceNames,
  onChanged,
  onExpired,
}: {
  visits: Bezoek[];
  /** The hub's services by id: a card shows the service's name, not its id. */
  serviceNames: ReadonlyMap<string, string>;
  onChanged(visit: Bezoek, message: string): void;
  onExpired(): void;
}) {
  const { t, lang } = useLang();
  const h = t.household.home;
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const day = (iso: string) =>
    new Date(iso).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function cancel(v: Bezoek) {
    const annuleringsreden = reasons[v.id];
    if (!annuleringsreden) {
      setErrors((e) => ({ ...e, [v.id]: h.chooseReason }));
      document.getElementById(`field-reden-${v.id}`)?.focus();
      return;
    }
    try {
      const updated = await call<Bezoek>(`/bezoeken/${encodeURIComponent(v.id)}/_annuleren`, {
        method: 'POST',
        body: { annuleringsreden },
      });
      setErrors((e) => ({ ...e, [v.id]: '' }));
      onChanged(updated, h.cancelled(day(v.geplandStartOp)));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onExpired();
      else
        setErrors((e) => ({
          ...e,
          [v.id]: error instanceof ApiError ? h.refused(error.detail) : String(error),
        }));
    }
  }

  const upcoming = visits
    .filter((v) => Date.parse(v.geplandEindOp) > Date.now())
    .sort((a, b) => a.geplandStartOp.localeCompare(b.geplandStartOp));
  return (
    <section aria-labelledby="bezoeken-titel">
      <Heading level={2} id="bezoeken-titel">
        {h.visits}
      </Heading>
      {upcoming.length === 0 && <Paragraph>{h.noVisits}</Paragraph>}
      <ul className="zh-cards">
        {upcoming.map((v) => {
          const cancellable =
            v.status === 'gepland' && Date.parse(v.geplandStartOp) - Date.now() >= DAY_MS;
          const error = errors[v.id];
          return (
            <li key={v.id} className="zh-card" data-bezoek={v.id}>
              <Heading level={3}>{h.visit(day(v.geplandStartOp))}</Heading>
              <dl className="zh-facts">
                <dt>{h.time}</dt>
                <dd>
                  {time(v.geplandStartOp)}–{time(v.geplandEindOp)}
                </dd>
                <dt>{h.service}</dt>
                <dd>{serviceNames.get(v.dienstId) ?? v.dienstId}</dd>
                <dt>{h.status}</dt>
                <dd>{label(bezoekstatusLabels, v.status, lang)}</dd>
              </dl>
              {v.status === 'gepland' && !cancellable && <Paragraph>{h.tooLate}</Paragraph>}
              {cancellable && (
                <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
                  <div className="utrecht-form-field__label">
                    <label className="utrecht-form-label" htmlFor={`field-reden-${v.id}`}>
                      {h.reason}
                    </label>
                  </div>
                  {error && (
                    <div className="utrecht-form-field-error-message" id={`fout-${v.id}`}>
                      {error}
                    </div>
                  )}
                  <div className="utrecht-form-field__input">
                    <select
                      id={`field-reden-${v.id}`}
                      className="utrecht-select utrecht-select--html-select"
                      value={reasons[v.id] ?? ''}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `fout-${v.id}` : undefined}
                      onChange={(e) => setReasons((r) => ({ ...r, [v.id]: e.target.value }))}
                    >
                      <option value="">{t.planner.choose}</option>
                      {REASONS.map((c) => (
                        <option key={c} value={c}>
                          {label(annuleringsredenLabels, c, lang)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <Button variant="secondary" onClick={() => void cancel(v)}>
                    {h.cancel}
                  </Button>
                </div>
              )}
              {!cancellable && error && <Alert type="error">{error}</Alert>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
