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

const FIELDS = [
  'abonnementId',
  'clientId',
  'deelnemerId',
  'dienstId',
  'geplandStartOp',
  'geplandEindOp',
] as const;

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
  const clients = data.clients.filter(
    (c) => !form.abonnementId || !c.abonnementId || c.abonnementId === form.abonnementId,
  );
  const minutes = Number(form.minuten);
  const rest = useMemo(
    () => (sub && form.datum ? remainder(sub, data.visits, form.datum) : undefined),
    [sub, form.datum, data.visits],
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
      <Select
        name="abonnementId"
        label={t.planner.subscription}
        value={form.abonnementId}
        onChange={set('abonnementId')}
        options={data.subs.map((s) => s.id)}
        error={errorOf('abonnementId')}
        placeholder={t.planner.choose}
      />
      {rest && (
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
      )}
      <Select
        name="clientId"
        label={t.planner.client}
        value={form.clientId}
        onChange={set('clientId')}
        options={clients.map((c) => c.id)}
        error={errorOf('clientId')}
        placeholder={t.planner.choose}
      />
      <Select
        name="deelnemerId"
        label={t.planner.worker}
        value={form.deelnemerId}
        onChange={set('deelnemerId')}
        options={data.workers.map((w) => w.id)}
        error={errorOf('deelnemerId')}
        placeholder={t.planner.choose}
      />
      <Select
        name="dienstId"
        label={t.planner.service}
        value={form.dienstId}
        onChange={set('dienstId')}
        options={data.services.map((d) => d.id)}
        error={errorOf('dienstId')}
        placeholder={t.planner.choose}
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
