// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The household's own pages (role particulier, scoped by the API to one household): its
 * subscriptions (change, end within the notice period), upcoming visits (cancel >= 24 h ahead, the
 * service by its name), its consents and mandate (withdraw, revoke) and invoices. The API shows the household nothing but its own records.
 */
import {
  type Abonnement,
  type Bezoek,
  type Dienst,
  type Factuur,
  factuurstatusLabels,
  type Machtiging,
  type Toestemming,
} from '@zorghub/schemas';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, listAll } from '../api';
import { label, useLang } from '../i18n';
import type { Who } from '../session';
import { Alert, DataTable, Heading, Paragraph } from '../ui';
import { HouseholdConsents } from './HouseholdConsents';
import { HouseholdSubscription } from './HouseholdSubscription';
import { HouseholdVisits } from './HouseholdVisits';

interface Data {
  subscriptions: Abonnement[];
  visits: Bezoek[];
  invoices: Factuur[];
  serviceNames: Map<string, string>;
  consents: Toestemming[];
  mandates: Machtiging[];
}

export function Household({ who, onExpired }: { who: Who; onExpired(): void }) {
  const { t, lang } = useLang();
  const h = t.household.home;
  const [data, setData] = useState<Data>();
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string }>();
  const id = who.huishoudenId ?? who.organisatieId;

  const load = useCallback(async () => {
    try {
      const subscriptions = await listAll<Abonnement>(
        `/abonnementen?huishoudenId=${encodeURIComponent(id)}`,
      );
      // Visits from the start of today: the page shows what is still to come.
      const today = new Date();
      today.setHours(0, 0, 0, 0);
      const visits = (
        await Promise.all(
          subscriptions.map((s) =>
            listAll<Bezoek>(
              `/bezoeken?abonnementId=${encodeURIComponent(s.id)}&vanaf=${encodeURIComponent(today.toISOString())}`,
            ),
          ),
        )
      ).flat();
      const [invoices, services, consents, mandates] = await Promise.all([
        listAll<Factuur>('/facturen'),
        listAll<Dienst>('/diensten'),
        listAll<Toestemming>('/toestemmingen'),
        listAll<Machtiging>('/machtigingen'),
      ]);
      const serviceNames = new Map(services.map((d) => [d.id, d.naam]));
      setData({ subscriptions, visits, invoices, serviceNames, consents, mandates });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onExpired();
      else setMessage({ type: 'error', text: String(error) });
    }
  }, [id, onExpired]);
  useEffect(() => void load(), [load]);

  const euro = (cents: number) =>
    new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
      style: 'currency',
      currency: 'EUR',
    }).format(cents / 100);
  const changed = (text: string) => {
    setMessage({ type: 'ok', text });
    void load();
  };

  return (
    <>
      <Heading level={1}>{h.title}</Heading>
      {message && <Alert type={message.type}>{message.text}</Alert>}
      {!data && <Paragraph>{h.loading}</Paragraph>}
      {data?.subscriptions.map((s) => (
        <HouseholdSubscription
          key={`${s.id}-${s.status}-${s.aantalPerPeriode}`}
          subscription={s}
          onChanged={(_next, text) => changed(text)}
          onExpired={onExpired}
        />
      ))}
      {data && (
        <HouseholdVisits
          visits={data.visits}
          serviceNames={data.serviceNames}
          onChanged={(_v, text) => changed(text)}
          onExpired={onExpired}
        />
      )}
      {data && (
        <HouseholdConsents
          consents={data.consents}
          mandates={data.mandates}
          noticeDays={Math.max(0, ...data.subscriptions.map((s) => s.opzegtermijnDagen ?? 0))}
          onChanged={changed}
          onExpired={onExpired}
        />
      )}
      {data && (
        <section aria-labelledby="facturen-titel">
          <Heading level={2} id="facturen-titel">
            {h.invoices}
          </Heading>
          {data.invoices.length === 0 ? (
            <Paragraph>{h.noInvoices}</Paragraph>
          ) : (
            <DataTable
              label={h.invoices}
              head={h.invoiceColumns}
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
        </section>
      )}
    </>
  );
}
