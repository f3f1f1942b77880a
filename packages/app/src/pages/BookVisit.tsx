// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Book a visit against a subscription: the remainder of its period and an overbooking are shown
 * before saving; the record is checked with the standard's validator; the API's refusal is shown
 * in words, in the user's language. What was entered stays when the API refuses.
 */
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { ApiError, call } from '../api';
import { useLang } from '../i18n';
import { newKey } from '../queue';
import { localIso } from '../recurrence';
import { Alert, Button, ErrorSummary, type FieldError, Heading, TextField } from '../ui';
import { validateEntity } from '../validate';
import { inLanguage, remainder } from '../week';
import type { PlanData } from './Planner';
import { useVisits, visitsOf } from './useVisits';
import { VisitPartySelects } from './VisitPartySelects';

const FIELDS = [
  'abonnementId',
  'clientId',
  'deelnemerId',
  'dienstId',
  'geplandStartOp',
  'geplandEindOp',
] as const;

export function BookVisit({
  data,
  defaultDay,
  onDone,
  onExpired,
}: {
  data: PlanData;
  defaultDay: string;
  onDone(id: string | undefined): void;
  onExpired(): void;
}) {
  const { t, lang } = useLang();
  const [form, setForm] = useState({
    abonnementId: '',
    clientId: '',
    deelnemerId: '',
    dienstId: '',
    datum: defaultDay,
    tijd: '10:00',
    minuten: '60',
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(newKey);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = (field: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  const sub = data.subs.find((s) => s.id === form.abonnementId);
  const minutes = Number(form.minuten);
  // The planner holds one week; the remainder counts the subscription's whole period.
  const { visits, ready } = useVisits(
    data.visits,
    [sub ? visitsOf('abonnementId', sub.id) : undefined],
    onExpired,
  );
  const rest = useMemo(
    () => (sub && ready && form.datum ? remainder(sub, visits, form.datum) : undefined),
    [sub, ready, form.datum, visits],
  );
  const thisVisit = rest
    ? rest.unit === 'uur'
      ? Number.isFinite(minutes)
        ? minutes / 60
        : 0
      : 1
    : 0;
  const fmt = (n: number) =>
    n.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });
  const unit = rest?.unit === 'uur' ? t.planner.hours : t.planner.services;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const validTime = /^\d\d:\d\d$/.test(form.tijd) && /^\d{4}-\d\d-\d\d$/.test(form.datum);
    const record: Record<string, unknown> = {
      id: `BZ-${key.slice(0, 8)}`,
      status: 'gepland',
      ...(form.abonnementId ? { abonnementId: form.abonnementId } : {}),
      ...(form.clientId ? { clientId: form.clientId } : {}),
      ...(form.deelnemerId ? { deelnemerId: form.deelnemerId } : {}),
      ...(form.dienstId ? { dienstId: form.dienstId } : {}),
      ...(validTime ? { geplandStartOp: localIso(form.datum, form.tijd) } : {}),
      ...(validTime && minutes > 0
        ? { geplandEindOp: localIso(form.datum, form.tijd, minutes) }
        : {}),
    };
    const found = validateEntity('bezoek', record, FIELDS, t);
    // The standard leaves abonnementId optional; a booking against hours needs it.
    if (!form.abonnementId) found.unshift({ field: 'abonnementId', message: t.errors.required });
    setErrors(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await call('/bezoeken', { method: 'POST', body: record, idempotencyKey: key });
      onDone(String(record.id));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) onExpired();
      else if (error instanceof ApiError)
        setProblem(t.planner.refused(inLanguage(error.detail, lang)));
      else setProblem(t.signIn.offline);
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (f: string) => errors.find((e) => e.field === f)?.message;
  const timeError = errorOf('geplandStartOp');
  const durationError = errorOf('geplandEindOp');
  return (
    <form onSubmit={submit} noValidate>
      <Heading level={1}>{t.planner.bookTitle}</Heading>
      <ErrorSummary
        title={t.errors.summary}
        errors={errors.map((e) => ({
          ...e,
          field:
            e.field === 'geplandStartOp'
              ? 'tijd'
              : e.field === 'geplandEindOp'
                ? 'minuten'
                : e.field,
        }))}
        summaryRef={summaryRef}
      />
      {problem && <Alert type="error">{problem}</Alert>}
      <VisitPartySelects
        data={data}
        value={form}
        onChange={set}
        errorOf={errorOf}
        afterSubscription={
          rest && (
            <Alert type={rest.used + thisVisit > rest.limit + 1e-9 ? 'warning' : 'info'}>
              {t.planner.remaining(
                fmt(Math.max(0, rest.limit - rest.used)),
                fmt(rest.limit),
                unit,
                rest.period[0],
                rest.period[1],
              )}
              {rest.used + thisVisit > rest.limit + 1e-9 && (
                <> {t.planner.overbooked(fmt(rest.used + thisVisit - rest.limit), unit)}</>
              )}
            </Alert>
          )
        }
      />
      <TextField
        name="datum"
        label={t.planner.date}
        type="date"
        value={form.datum}
        onChange={set('datum')}
      />
      <TextField
        name="tijd"
        label={t.planner.start}
        type="time"
        value={form.tijd}
        onChange={set('tijd')}
        {...(timeError ? { error: timeError } : {})}
      />
      <TextField
        name="minuten"
        label={t.planner.duration}
        type="number"
        value={form.minuten}
        onChange={set('minuten')}
        {...(durationError ? { error: durationError } : {})}
      />
      <div className="utrecht-button-group">
        <Button type="submit" disabled={busy}>
          {t.planner.save}
        </Button>
        <Button variant="secondary" onClick={() => onDone(undefined)}>
          {t.planner.cancel}
        </Button>
      </div>
    </form>
  );
}
