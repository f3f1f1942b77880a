// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Move a visit (new date, time or worker; PUT) or cancel it with a reason from the
 * annuleringsreden codelist (POST …/_annuleren, the API's cancel route, which records who cancelled
 * and when). The visit and its ETag are read when the form opens and the change is sent with
 * If-Match, so a change someone else made meanwhile is refused (412) and never overwritten.
 */
import {
  type AnnuleringsredenCode,
  annuleringsredenCodes,
  annuleringsredenLabels,
  type Bezoek,
  bezoekstatusLabels,
} from '@zorghub/schemas';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError, request } from '../api';
import { useLang } from '../i18n';
import { localIso } from '../recurrence';
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
import { CANCELLED, hoursOf } from '../week';
import type { PlanData } from './Planner';
import { VisitPartySelects } from './VisitPartySelects';
import { describe, save, type Versioned } from './visitChange';

/** The visit as the API has it now, with its ETag; errors as words. */
function useVersioned(id: string, onExpired: () => void) {
  const { lang } = useLang();
  const [state, setState] = useState<Versioned>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    let live = true;
    request<Bezoek>(`/bezoeken/${encodeURIComponent(id)}`)
      .then((a) => live && setState({ record: a.body, etag: a.headers.get('etag') ?? '' }))
      .catch((error) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) onExpired();
        else setProblem(describe(error, lang));
      });
    return () => {
      live = false;
    };
  }, [id, onExpired, lang]);
  return { state, problem, setProblem };
}

/** What a move or cancel form ends with: a message, and the stored visit or `reload` (stale). */
export type ChangeDone = (
  message: string | undefined,
  result?: { saved: Bezoek } | { reload: true },
) => void;

function Frame({
  title,
  problem,
  children,
  onSubmit,
}: {
  title: string;
  problem: string | undefined;
  children: ReactNode;
  onSubmit(e: FormEvent): void;
}) {
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="change-title">
      <Heading level={1} id="change-title">
        {title}
      </Heading>
      {problem && <Alert type="error">{problem}</Alert>}
      {children}
    </form>
  );
}

export function MoveVisit({
  visit,
  data,
  onDone,
  onExpired,
}: {
  visit: Bezoek;
  data: PlanData;
  onDone: ChangeDone;
  onExpired(): void;
}) {
  const { t, lang } = useLang();
  const p = planningTexts[lang];
  const { state, problem, setProblem } = useVersioned(visit.id, onExpired);
  const [form, setForm] = useState({
    datum: visit.geplandStartOp.slice(0, 10),
    tijd: visit.geplandStartOp.slice(11, 16),
    minuten: String(Math.round(hoursOf(visit) * 60)),
    deelnemerId: visit.deelnemerId,
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = (field: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!/^\d{4}-\d\d-\d\d$/.test(form.datum))
      found.push({ field: 'datum', message: t.errors.required });
    if (!/^\d\d:\d\d$/.test(form.tijd)) found.push({ field: 'tijd', message: t.errors.required });
    if (!(Number(form.minuten) > 0)) found.push({ field: 'minuten', message: t.errors.invalid });
    if (!form.deelnemerId) found.push({ field: 'deelnemerId', message: t.errors.required });
    setErrors(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    if (!state) return;
    setBusy(true);
    const changed: Bezoek = {
      ...state.record,
      deelnemerId: form.deelnemerId,
      geplandStartOp: localIso(form.datum, form.tijd),
      geplandEindOp: localIso(form.datum, form.tijd, Number(form.minuten)),
    };
    const result = await save(state, { changed }, onExpired, lang);
    setBusy(false);
    if ('saved' in result) onDone(p.moved(visit.id), result);
    else if (result.stale) onDone(result.failure, { reload: true });
    else setProblem(t.planner.refused(result.failure));
  }

  const errorOf = (f: string) => errors.find((e) => e.field === f)?.message;
  const opt = (f: string) => (errorOf(f) ? { error: errorOf(f)! } : {});
  return (
    <Frame title={p.moveTitle(visit.id)} problem={problem} onSubmit={submit}>
      <ErrorSummary title={t.errors.summary} errors={errors} summaryRef={summaryRef} />
      <TextField
        name="datum"
        label={t.planner.date}
        type="date"
        value={form.datum}
        onChange={set('datum')}
        {...opt('datum')}
      />
      <TextField
        name="tijd"
        label={t.planner.start}
        type="time"
        value={form.tijd}
        onChange={set('tijd')}
        {...opt('tijd')}
      />
      <TextField
        name="minuten"
        label={t.planner.duration}
        type="number"
        value={form.minuten}
        onChange={set('minuten')}
        {...opt('minuten')}
      />
      <VisitPartySelects
        data={data}
        value={form}
        onChange={(f) => set(f as 'deelnemerId')}
        errorOf={errorOf}
        parties={['deelnemerId']}
      />
      <div className="utrecht-button-group">
        <Button type="submit" disabled={busy || !state}>
          {p.moveSave}
        </Button>
        <Button variant="secondary" onClick={() => onDone(undefined)}>
          {p.back}
        </Button>
      </div>
    </Frame>
  );
}

export function CancelVisit({
  visit,
  onDone,
  onExpired,
}: {
  visit: Bezoek;
  onDone: ChangeDone;
  onExpired(): void;
}) {
  const { t, lang } = useLang();
  const p = planningTexts[lang];
  const { state, problem, setProblem } = useVersioned(visit.id, onExpired);
  const byWhom = [...CANCELLED];
  const [status, setStatus] = useState<string>(byWhom.at(-1) ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = reason ? [] : [{ field: 'annuleringsreden', message: p.chooseReason }];
    setErrors(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    if (!state) return;
    setBusy(true);
    const result = await save(
      state,
      { cancel: { status, annuleringsreden: reason as AnnuleringsredenCode } },
      onExpired,
      lang,
    );
    setBusy(false);
    if ('saved' in result) onDone(t.planner.cancelled(visit.id), result);
    else if (result.stale) onDone(result.failure, { reload: true });
    else setProblem(t.planner.refused(result.failure));
  }

  const reasonError = errors[0]?.message;
  return (
    <Frame title={p.cancelTitle(visit.id)} problem={problem} onSubmit={submit}>
      <ErrorSummary title={t.errors.summary} errors={errors} summaryRef={summaryRef} />
      <RadioGroup
        name="status"
        legend={p.byWhom}
        value={status}
        onChange={setStatus}
        options={byWhom.map((code) => ({ value: code, label: bezoekstatusLabels[code][lang] }))}
      />
      <div className={`utrecht-form-field${reasonError ? ' utrecht-form-field--invalid' : ''}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="field-annuleringsreden">
            {p.reason}
          </label>
        </div>
        <div className="utrecht-form-field-description" id="hint-annuleringsreden">
          {p.reasonHint}
        </div>
        {reasonError && (
          <div className="utrecht-form-field-error-message" id="error-annuleringsreden">
            {reasonError}
          </div>
        )}
        <div className="utrecht-form-field__input">
          <select
            id="field-annuleringsreden"
            className="utrecht-select utrecht-select--html-select"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`hint-annuleringsreden${reasonError ? ' error-annuleringsreden' : ''}`}
          >
            <option value="">{t.planner.choose}</option>
            {annuleringsredenCodes.map((c) => (
              <option key={c} value={c}>
                {annuleringsredenLabels[c][lang]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="utrecht-button-group">
        <Button type="submit" disabled={busy || !state}>
          {p.confirmCancel}
        </Button>
        <Button variant="secondary" onClick={() => onDone(undefined)}>
          {p.keep}
        </Button>
      </div>
    </Frame>
  );
}
