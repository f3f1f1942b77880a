// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * One subscription of the household: what it is, a change of the hours or preferred days, and the
 * notice: the end date the notice period gives is shown before the household confirms. A change
 * that is not saved yet stays in the tab (sessionStorage), also when the session expires meanwhile.
 */
import {
  type Abonnement,
  abonnementstatusLabels,
  periodeEenheidLabels,
  weekdagCodes,
  weekdagLabels,
} from '@zorghub/schemas';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, call } from '../api';
import { label, useLang } from '../i18n';
import { Alert, Button, ErrorSummary, type FieldError, Heading, TextField } from '../ui';
import { validateEntity } from '../validate';
import { CheckboxGroup } from './SignupFields';

const DRAFT_KEY = 'zorghub.wijziging';

/** The end date a notice given today leads to: today plus the notice period (as the API counts). */
export function endDateAfterNotice(days: number, today = new Date()): string {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface Draft {
  id: string;
  aantalPerPeriode: string;
  voorkeursdagen: string[];
}

function loadDraft(s: Abonnement): Draft {
  try {
    const d = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null') as Draft | null;
    if (d?.id === s.id) return d;
  } catch {}
  return {
    id: s.id,
    aantalPerPeriode: String(s.aantalPerPeriode),
    voorkeursdagen: [...(s.voorkeursdagen ?? [])],
  };
}

export function HouseholdSubscription({
  subscription: s,
  onChanged,
  onExpired,
}: {
  subscription: Abonnement;
  onChanged(next: Abonnement, message: string): void;
  onExpired(): void;
}) {
  const { t, lang } = useLang();
  const h = t.household.home;
  const [draft, setDraft] = useState<Draft>(() => loadDraft(s));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft)), [draft]);
  const notice = s.opzegtermijnDagen ?? 0;
  const endable = !s.opgezegdOp && s.status !== 'beeindigd';
  const days = (codes: readonly string[] | undefined) =>
    codes?.length ? codes.map((c) => label(weekdagLabels, c, lang)).join(', ') : h.noDays;

  const refused = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) return onExpired();
    setProblem(error instanceof ApiError ? h.refused(error.detail) : String(error));
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const amount = Number(draft.aantalPerPeriode);
    const changes = { aantalPerPeriode: amount, voorkeursdagen: draft.voorkeursdagen };
    const found = validateEntity(
      'abonnement',
      { ...s, ...changes, aantalPerPeriode: draft.aantalPerPeriode.trim() ? amount : undefined },
      ['aantalPerPeriode', 'voorkeursdagen'],
      t,
      { aantalPerPeriode: h.amountHint },
    );
    if (!Number.isInteger(amount) && found.length === 0)
      found.push({ field: 'aantalPerPeriode', message: h.amountHint });
    setErrors(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    try {
      const next = await call<Abonnement>(`/abonnementen/${encodeURIComponent(s.id)}`, {
        method: 'PATCH',
        body: changes,
      });
      sessionStorage.removeItem(DRAFT_KEY);
      onChanged(next, h.changed);
    } catch (error) {
      refused(error);
    }
  }

  async function end() {
    setProblem(undefined);
    try {
      const next = await call<Abonnement>(`/abonnementen/${encodeURIComponent(s.id)}/_opzeggen`, {
        method: 'POST',
        body: {},
      });
      setConfirming(false);
      onChanged(next, h.ended(next.eindDatum ?? ''));
    } catch (error) {
      refused(error);
    }
  }

  const amountError = errors.find((e) => e.field === 'aantalPerPeriode')?.message;
  const daysError = errors.find((e) => e.field === 'voorkeursdagen')?.message;
  return (
    <section aria-labelledby={`abonnement-${s.id}`} className="zh-card">
      <Heading level={2} id={`abonnement-${s.id}`}>
        {`${h.subscription} ${s.id}`}
      </Heading>
      {problem && <Alert type="error">{problem}</Alert>}
      <dl className="zh-facts">
        <dt>{h.status}</dt>
        <dd>{label(abonnementstatusLabels, s.status ?? '', lang)}</dd>
        <dt>{h.amount}</dt>
        <dd>
          {t.household.signup.packageOption(
            s.aantalPerPeriode,
            label(periodeEenheidLabels, s.periodeEenheid, lang).toLowerCase(),
          )}
        </dd>
        <dt>{h.days}</dt>
        <dd>{days(s.voorkeursdagen)}</dd>
        <dt>{h.startDate}</dt>
        <dd>{s.startDatum}</dd>
        {s.eindDatum && (
          <>
            <dt>{h.endDate}</dt>
            <dd>{s.eindDatum}</dd>
          </>
        )}
        <dt>{h.notice}</dt>
        <dd>{h.noticeDays(notice)}</dd>
      </dl>
      {endable && (
        <form onSubmit={save} noValidate>
          <Heading level={3}>{h.change}</Heading>
          <ErrorSummary title={t.errors.summary} errors={errors} summaryRef={summaryRef} />
          <TextField
            name="aantalPerPeriode"
            label={h.newAmount}
            hint={h.amountHint}
            type="number"
            value={draft.aantalPerPeriode}
            onChange={(v) => setDraft((d) => ({ ...d, aantalPerPeriode: v }))}
            {...(amountError ? { error: amountError } : {})}
          />
          <CheckboxGroup
            name="voorkeursdagen"
            legend={h.days}
            value={draft.voorkeursdagen}
            onChange={(v) => setDraft((d) => ({ ...d, voorkeursdagen: v }))}
            options={weekdagCodes.map((c) => ({ value: c, label: label(weekdagLabels, c, lang) }))}
            {...(daysError ? { error: daysError } : {})}
          />
          <Button type="submit">{h.save}</Button>
        </form>
      )}
      {endable && (
        <>
          <Heading level={3}>{h.end}</Heading>
          {!confirming && (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {h.end}
            </Button>
          )}
          {confirming && (
            <Alert type="warning">
              {h.endIntro(endDateAfterNotice(notice), h.noticeDays(notice))}
              <div className="utrecht-button-group">
                <Button onClick={() => void end()}>{h.confirmEnd}</Button>
                <Button variant="subtle" onClick={() => setConfirming(false)}>
                  {t.signal.cancel}
                </Button>
              </div>
            </Alert>
          )}
        </>
      )}
      {!endable && <Alert type="info">{h.notEndable}</Alert>}
    </section>
  );
}
