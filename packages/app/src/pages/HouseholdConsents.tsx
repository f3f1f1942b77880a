// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The household's consents and direct-debit mandate, and withdrawing them as easily as they were
 * given (AVG art. 7(3)): one button per consent or mandate, then a confirmation that says what
 * follows (no more use of the data; for the consent to the service itself, the subscription ends at
 * its notice period on the date shown; for the mandate, invoices from now on), then the API's
 * `_intrekken`. The IBAN is shown by its last four characters only.
 */
import {
  type Machtiging,
  machtigingstatusCodes,
  machtigingstatusLabels,
  type Toestemming,
  toestemmingsonderwerpCodes,
  toestemmingsonderwerpLabels,
} from '@zorghub/schemas';
import { useState } from 'react';
import { ApiError, call } from '../api';
import { label, useLang } from '../i18n';
import { Alert, Button, Heading, Paragraph } from '../ui';
import { endDateAfterNotice } from './HouseholdSubscription';

const [SERVICE] = toestemmingsonderwerpCodes;
const [ACTIVE] = machtigingstatusCodes;

export function HouseholdConsents({
  consents,
  mandates,
  noticeDays,
  onChanged,
  onExpired,
}: {
  consents: Toestemming[];
  mandates: Machtiging[];
  /** The longest notice period of the household's subscriptions (the end date a withdrawal gives). */
  noticeDays: number;
  onChanged(message: string): void;
  onExpired(): void;
}) {
  const { t, lang } = useLang();
  const c = t.household.consent;
  const [asking, setAsking] = useState<string>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const subject = (code: string) => label(toestemmingsonderwerpLabels, code, lang);
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });

  const ask = (id: string) => {
    setAsking(id);
    // The confirmation takes the focus, so a keyboard or screen-reader user is told what follows.
    requestAnimationFrame(() => document.getElementById(`bevestig-${id}`)?.focus());
  };

  async function send(id: string, path: string, message: string) {
    try {
      await call(path, { method: 'POST', body: {} });
      setAsking(undefined);
      onChanged(message);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onExpired();
      else
        setErrors((e) => ({
          ...e,
          [id]: error instanceof ApiError ? t.household.home.refused(error.detail) : String(error),
        }));
    }
  }

  const confirmation = (id: string, text: string[], yes: string, onYes: () => void) =>
    asking === id && (
      <div id={`bevestig-${id}`} tabIndex={-1}>
        <Alert type="warning">
          {text.map((p) => (
            <Paragraph key={p}>{p}</Paragraph>
          ))}
          <div className="utrecht-button-group">
            <Button onClick={onYes}>{yes}</Button>
            <Button variant="subtle" onClick={() => setAsking(undefined)}>
              {c.keep}
            </Button>
          </div>
        </Alert>
      </div>
    );

  return (
    <section aria-labelledby="toestemming-titel">
      <Heading level={2} id="toestemming-titel">
        {c.title}
      </Heading>
      <Paragraph>{c.intro}</Paragraph>
      <Heading level={3}>{c.consents}</Heading>
      <ul className="zh-cards">
        {consents.map((ts) => {
          const name = subject(ts.onderwerp);
          const text = [c.withdrawIntro(name)];
          if (ts.onderwerp === SERVICE)
            text.push(c.withdrawService(endDateAfterNotice(noticeDays)));
          return (
            <li key={ts.id} className="zh-card" data-toestemming={ts.id}>
              <Paragraph>
                <strong>{name}</strong>
              </Paragraph>
              <dl className="zh-facts">
                <dt>{c.givenOn}</dt>
                <dd>{date(ts.gegevenOp)}</dd>
                <dt>{c.version}</dt>
                <dd>{ts.verklaringVersie}</dd>
                {ts.ingetrokkenOp && (
                  <>
                    <dt>{c.withdrawnOn}</dt>
                    <dd>{date(ts.ingetrokkenOp)}</dd>
                  </>
                )}
              </dl>
              {errors[ts.id] && <Alert type="error">{errors[ts.id]}</Alert>}
              {!ts.ingetrokkenOp && asking !== ts.id && (
                <Button variant="secondary" onClick={() => ask(ts.id)}>
                  {c.withdraw(name)}
                </Button>
              )}
              {!ts.ingetrokkenOp &&
                confirmation(
                  ts.id,
                  text,
                  c.confirmWithdraw,
                  () =>
                    void send(
                      ts.id,
                      `/toestemmingen/${encodeURIComponent(ts.id)}/_intrekken`,
                      c.withdrawn(name),
                    ),
                )}
            </li>
          );
        })}
      </ul>
      <Heading level={3}>{c.mandates}</Heading>
      {mandates.length === 0 && <Paragraph>{c.noMandates}</Paragraph>}
      <ul className="zh-cards">
        {mandates.map((m) => (
          <li key={m.id} className="zh-card" data-machtiging={m.id}>
            <dl className="zh-facts">
              <dt>{c.account}</dt>
              <dd>{c.accountEnding(m.iban.slice(-4))}</dd>
              <dt>{t.household.home.status}</dt>
              <dd>{label(machtigingstatusLabels, m.status, lang)}</dd>
              <dt>{c.signedOn}</dt>
              <dd>{date(m.ondertekendOp)}</dd>
              {m.ingetrokkenOp && (
                <>
                  <dt>{c.revokedOn}</dt>
                  <dd>{date(m.ingetrokkenOp)}</dd>
                </>
              )}
            </dl>
            {errors[m.id] && <Alert type="error">{errors[m.id]}</Alert>}
            {m.status === ACTIVE && asking !== m.id && (
              <Button variant="secondary" onClick={() => ask(m.id)}>
                {c.revoke}
              </Button>
            )}
            {m.status === ACTIVE &&
              confirmation(
                m.id,
                [c.revokeIntro],
                c.confirmRevoke,
                () =>
                  void send(
                    m.id,
                    `/machtigingen/${encodeURIComponent(m.id)}/_intrekken`,
                    c.revoked,
                  ),
              )}
          </li>
        ))}
      </ul>
    </section>
  );
}
