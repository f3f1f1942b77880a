// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Who a visit is for and by: the subscription, the client (only those of the chosen subscription),
 * the worker and the service, as the selects the booking, series and move forms share; each with
 * its error next to it and `field-<name>` as the id the error summary links to.
 */
import { Fragment, type ReactNode } from 'react';
import { useLang } from '../i18n';
import type { PlanData } from './Planner';

export function Select({
  name,
  label,
  value,
  onChange,
  options,
  error,
  placeholder,
}: {
  name: string;
  label: string;
  value: string;
  onChange(v: string): void;
  options: string[];
  error?: string | undefined;
  placeholder: string;
}) {
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={`field-${name}`}>
          {label}
        </label>
      </div>
      {error && (
        <div className="utrecht-form-field-error-message" id={`error-${name}`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <select
          id={`field-${name}`}
          className="utrecht-select utrecht-select--html-select"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `error-${name}` : undefined}
        >
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export type Party = 'abonnementId' | 'clientId' | 'deelnemerId' | 'dienstId';
const ALL: readonly Party[] = ['abonnementId', 'clientId', 'deelnemerId', 'dienstId'];

export function VisitPartySelects({
  data,
  value,
  onChange,
  errorOf,
  parties = ALL,
  afterSubscription,
}: {
  data: PlanData;
  value: Partial<Record<Party, string>>;
  onChange(field: Party): (v: string) => void;
  errorOf(field: string): string | undefined;
  /** Which selects, in this order (the move form only changes the worker). */
  parties?: readonly Party[];
  /** Shown right under the subscription (the booking form's remainder). */
  afterSubscription?: ReactNode;
}) {
  const { t } = useLang();
  const sub = value.abonnementId ?? '';
  const options: Record<Party, () => string[]> = {
    abonnementId: () => data.subs.map((s) => s.id),
    clientId: () =>
      data.clients
        .filter((c) => !sub || !c.abonnementId || c.abonnementId === sub)
        .map((c) => c.id),
    deelnemerId: () => data.workers.map((w) => w.id),
    dienstId: () => data.services.map((d) => d.id),
  };
  const labels: Record<Party, string> = {
    abonnementId: t.planner.subscription,
    clientId: t.planner.client,
    deelnemerId: t.planner.worker,
    dienstId: t.planner.service,
  };
  return (
    <>
      {parties.map((field) => (
        <Fragment key={field}>
          <Select
            name={field}
            label={labels[field]}
            value={value[field] ?? ''}
            onChange={onChange(field)}
            options={options[field]()}
            error={errorOf(field)}
            placeholder={t.planner.choose}
          />
          {field === 'abonnementId' && afterSubscription}
        </Fragment>
      ))}
    </>
  );
}
