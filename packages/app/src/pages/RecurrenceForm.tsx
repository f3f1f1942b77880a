// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Recurring visits: weekday(s), time, duration and an end (a date or a count). The dates are
 * previewed with what fits the subscription per period and what would overbook or fall outside
 * its term; then the fitting ones are booked one by one, each with an Idempotency-Key made from
 * the series and the date, so trying again never books a date twice. What failed is listed per
 * date, in words.
 */
import { weekdagCodes, weekdagLabels } from '@zorghub/schemas';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { ApiError, call, NetworkError } from '../api';
import { useLang } from '../i18n';
import { newKey } from '../queue';
import { localIso, previewSeries } from '../recurrence';
import { planningTexts } from '../texts/planning';
import {
  Alert,
  Button,
  ErrorSummary,
  type FieldError,
  Heading,
  RadioGroup,
  TextField,
} from '../ui';
import { validateEntity } from '../validate';
import { inLanguage, remainder } from '../week';
import type { PlanData } from './Planner';
import { CheckboxGroup } from './SignupFields';
import { useVisits, visitsOf } from './useVisits';
import { VisitPartySelects } from './VisitPartySelects';

const FIELDS = ['abonnementId', 'clientId', 'deelnemerId', 'dienstId'] as const;

export function RecurrenceForm({
  data,
  defaultDay,
  onDone,
  onExpired,
}: {
  data: PlanData;
  defaultDay: string;
  onDone(booked: number): void;
  onExpired(): void;
}) {
  const { t, lang } = useLang();
  const p = planningTexts[lang];
  const [form, setForm] = useState({
    abonnementId: '',
    clientId: '',
    deelnemerId: '',
    dienstId: '',
    tijd: '10:00',
    minuten: '60',
    vanaf: defaultDay,
    einde: 'until',
    tot: '',
    aantal: '12',
  });
  const [weekdays, setWeekdays] = useState<number[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState<Array<{ day: string; why: string }>>([]);
  const [booked, setBooked] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<string>();
  const [series] = useState(newKey);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = (field: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  const sub = data.subs.find((s) => s.id === form.abonnementId);
  const minutes = Number(form.minuten);
  const rule = {
    weekdays,
    time: /^\d\d:\d\d$/.test(form.tijd) ? form.tijd : '10:00',
    minutes: minutes > 0 ? minutes : 60,
    from: form.vanaf,
    ...(form.einde === 'until' ? { until: form.tot || form.vanaf } : {}),
    ...(form.einde === 'count' ? { count: Math.max(0, Math.trunc(Number(form.aantal) || 0)) } : {}),
  };
  const key = JSON.stringify([rule, form.abonnementId, form.deelnemerId]);
  // The planner holds one week; a series counts the subscription's periods and the worker's days.
  const from = /^\d{4}-\d\d-\d\d$/.test(form.vanaf) ? localIso(form.vanaf, '00:00') : undefined;
  const { visits, ready } = useVisits(
    data.visits,
    [
      sub ? visitsOf('abonnementId', sub.id) : undefined,
      form.deelnemerId && from ? visitsOf('deelnemerId', form.deelnemerId, from) : undefined,
    ],
    onExpired,
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the rule is keyed by its JSON
  const preview = useMemo(
    () => (sub && ready ? previewSeries(rule, sub, visits, form.deelnemerId) : undefined),
    [key, sub, ready, visits],
  );
  const fmt = (n: number) =>
    n.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });
  const unit =
    sub && remainder(sub, [], form.vanaf).unit === 'uur' ? t.planner.hours : t.planner.services;
  const toBook = (preview?.planned ?? []).filter((x) => !x.fate && !booked.has(x.day));
  const visitId = (day: string) => `BZ-${series.slice(0, 8)}-${day.replaceAll('-', '')}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const record = (day: string, start: string, end: string) => ({
      id: visitId(day),
      status: 'gepland',
      ...(form.abonnementId ? { abonnementId: form.abonnementId } : {}),
      ...(form.clientId ? { clientId: form.clientId } : {}),
      ...(form.deelnemerId ? { deelnemerId: form.deelnemerId } : {}),
      ...(form.dienstId ? { dienstId: form.dienstId } : {}),
      geplandStartOp: start,
      geplandEindOp: end,
    });
    const probe = record(
      form.vanaf,
      localIso(form.vanaf, rule.time),
      localIso(form.vanaf, rule.time, rule.minutes),
    );
    const found = validateEntity('bezoek', probe, FIELDS, t);
    if (!form.abonnementId) found.unshift({ field: 'abonnementId', message: t.errors.required });
    if (weekdays.length === 0) found.push({ field: 'weekdagen', message: p.chooseWeekday });
    if (!(minutes > 0)) found.push({ field: 'minuten', message: t.errors.invalid });
    if (
      (form.einde === 'until' && !form.tot) ||
      (form.einde === 'count' && !(Number(form.aantal) > 0))
    )
      found.push({ field: form.einde === 'until' ? 'tot' : 'aantal', message: p.chooseEnd });
    setErrors(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const list = toBook;
    const done = new Set(booked);
    const failures: Array<{ day: string; why: string }> = [];
    for (const [i, x] of list.entries()) {
      setProgress(p.bookingProgress(i, list.length));
      try {
        await call('/bezoeken', {
          method: 'POST',
          body: record(x.day, x.start, x.end),
          // The same series and date always send the same key: a retry is answered, not booked again.
          idempotencyKey: `${series}-${x.day}`,
        });
        done.add(x.day);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setBooked(done);
          onExpired();
          return;
        }
        failures.push({
          day: x.day,
          why:
            error instanceof ApiError
              ? inLanguage(error.detail, lang)
              : error instanceof NetworkError
                ? p.offline
                : String(error),
        });
      }
    }
    setProgress(undefined);
    setBooked(done);
    setFailed(failures);
    if (failures.length === 0) onDone(done.size);
  }

  const errorOf = (f: string) => errors.find((e) => e.field === f)?.message;
  const dayName = (d: string) =>
    new Date(`${d}T12:00:00`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  const weekdayError = errorOf('weekdagen');
  return (
    <form onSubmit={submit} noValidate aria-labelledby="series-title">
      <Heading level={1} id="series-title">
        {p.seriesTitle}
      </Heading>
      <p className="utrecht-paragraph">{p.seriesIntro}</p>
      <ErrorSummary title={t.errors.summary} errors={errors} summaryRef={summaryRef} />
      {failed.length > 0 && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph">{p.seriesFailed(booked.size, failed.length)}</p>
            <ul className="utrecht-unordered-list" data-testid="series-failures">
              {failed.map((f) => (
                <li className="utrecht-unordered-list__item" key={f.day}>
                  {p.failedOn(dayName(f.day), f.why)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {progress && <Alert type="info">{progress}</Alert>}
      <VisitPartySelects data={data} value={form} onChange={set} errorOf={errorOf} />
      <CheckboxGroup
        name="weekdagen"
        legend={p.weekdays}
        options={weekdagCodes.map((code) => ({ value: code, label: weekdagLabels[code][lang] }))}
        value={weekdays.map((n) => weekdagCodes[n - 1]!)}
        onChange={(codes) =>
          setWeekdays(
            codes.map((c) => weekdagCodes.indexOf(c as (typeof weekdagCodes)[number]) + 1),
          )
        }
        {...(weekdayError ? { error: weekdayError } : {})}
      />
      <TextField
        name="tijd"
        label={t.planner.start}
        type="time"
        value={form.tijd}
        onChange={set('tijd')}
      />
      <TextField
        name="minuten"
        label={t.planner.duration}
        type="number"
        value={form.minuten}
        onChange={set('minuten')}
        {...(errorOf('minuten') ? { error: errorOf('minuten')! } : {})}
      />
      <TextField
        name="vanaf"
        label={p.from}
        type="date"
        value={form.vanaf}
        onChange={set('vanaf')}
      />
      <RadioGroup
        name="einde"
        legend={p.endBy}
        value={form.einde}
        onChange={set('einde')}
        options={[
          { value: 'until', label: p.endUntil },
          { value: 'count', label: p.endCount },
        ]}
      />
      {form.einde === 'until' ? (
        <TextField
          name="tot"
          label={p.until}
          type="date"
          value={form.tot}
          onChange={set('tot')}
          {...(errorOf('tot') ? { error: errorOf('tot')! } : {})}
        />
      ) : (
        <TextField
          name="aantal"
          label={p.count}
          type="number"
          value={form.aantal}
          onChange={set('aantal')}
          {...(errorOf('aantal') ? { error: errorOf('aantal')! } : {})}
        />
      )}
      {preview && (
        <section aria-labelledby="series-preview" data-testid="series-preview">
          <Heading level={2} id="series-preview">
            {p.preview}
          </Heading>
          {preview.planned.length === 0 && <p className="utrecht-paragraph">{p.noDates}</p>}
          {preview.periods.map((f) => (
            <p className="utrecht-paragraph" key={f.period[0]}>
              {p.periodFit(
                f.period[0],
                f.period[1],
                f.fits,
                f.over,
                fmt(Math.max(0, f.limit - f.usedBefore)),
                unit,
              )}
            </p>
          ))}
          {preview.truncated && (
            <p className="utrecht-paragraph">{p.truncated(preview.planned.length)}</p>
          )}
          <ul className="utrecht-unordered-list">
            {preview.planned.map((x) => (
              <li className="utrecht-unordered-list__item" key={x.day}>
                {dayName(x.day)} {x.start.slice(11, 16)}–{x.end.slice(11, 16)}:{' '}
                {x.fate
                  ? `⚠ ${p[x.fate]}`
                  : booked.has(x.day)
                    ? `✓ ${t.planner.saved(visitId(x.day))}`
                    : p.fits}
                {x.doubleBooked && ` (⚠ ${p.alsoBooked})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="utrecht-button-group">
        <Button
          type="submit"
          disabled={progress !== undefined || (preview !== undefined && toBook.length === 0)}
        >
          {failed.length > 0 ? p.retry : p.bookSeries(toBook.length)}
        </Button>
        <Button variant="secondary" onClick={() => onDone(booked.size)}>
          {p.back}
        </Button>
      </div>
    </form>
  );
}
