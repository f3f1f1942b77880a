// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The job coach's page: each participant's status, contract hours, training, coaching contacts and
 * outflow; a coaching contact recorded in a few fields (checked with the standard's schema, as the
 * API checks it); and the registered hours waiting for approval.
 */
import {
  type Coachingcontact,
  coachingvormCodes,
  coachingvormLabels,
  type Deelnemer,
  deelnemerstatusLabels,
  type Training,
  trainingsresultaatLabels,
  type Urenregistratie,
  urensoortLabels,
} from '@zorghub/schemas';
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, call, listAll, NetworkError } from '../api';
import { label, uitstroombestemmingLabels, useLang } from '../i18n';
import { newKey } from '../queue';
import {
  Alert,
  Button,
  DataTable,
  ErrorSummary,
  type FieldError,
  Heading,
  Paragraph,
  RadioGroup,
  TextField,
} from '../ui';
import { serverFieldErrors, validateEntity } from '../validate';
import { inLanguage, isoDay } from '../week';

const FIELDS = ['deelnemerId', 'contactDatum', 'vorm', 'duurMinuten'] as const;

interface Data {
  participants: Deelnemer[];
  trainings: Training[];
  contacts: Coachingcontact[];
  hours: Urenregistratie[];
}

export function Jobcoach({ onExpired }: { onExpired(): void }) {
  const { t, lang } = useLang();
  const c = t.coach;
  const [data, setData] = useState<Data>();
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string }>();
  const [form, setForm] = useState({
    deelnemerId: '',
    contactDatum: isoDay(new Date()),
    vorm: '',
    duurMinuten: '',
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [key, setKey] = useState(newKey);
  const summaryRef = useRef<HTMLDivElement>(null);
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';

  const fail = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) onExpired();
      else if (error instanceof ApiError)
        setMessage({ type: 'error', text: t.errors.generic(inLanguage(error.detail, lang)) });
      else
        setMessage({
          type: 'error',
          text: error instanceof NetworkError ? t.signIn.offline : String(error),
        });
    },
    [lang, onExpired, t],
  );
  const load = useCallback(async () => {
    try {
      const [participants, trainings, contacts, hours] = await Promise.all([
        listAll<Deelnemer>('/deelnemers'),
        listAll<Training>('/trainingen'),
        listAll<Coachingcontact>('/coachingcontacten'),
        listAll<Urenregistratie>('/uren'),
      ]);
      setData({ participants, trainings, contacts, hours });
    } catch (error) {
      fail(error);
    }
  }, [fail]);
  useEffect(() => {
    void load();
  }, [load]);

  const rows = useMemo(() => {
    if (!data) return [];
    return [...data.participants]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((p) => {
        const training = data.trainings
          .filter((x) => x.deelnemerId === p.id)
          .sort((a, b) => b.startDatum.localeCompare(a.startDatum))[0];
        const contacts = data.contacts
          .filter((x) => x.deelnemerId === p.id)
          .map((x) => x.contactDatum)
          .sort();
        return {
          key: p.id,
          cells: [
            p.id,
            label(deelnemerstatusLabels, p.status, lang),
            p.cohort,
            p.contracturenPerWeek === undefined
              ? '–'
              : p.contracturenPerWeek.toLocaleString(locale),
            training
              ? training.resultaat
                ? label(trainingsresultaatLabels, training.resultaat, lang)
                : c.trainingSince(training.startDatum)
              : '–',
            contacts.length === 0 ? '0' : c.contacts(contacts.length, contacts.at(-1)!),
            p.uitstroomDatum
              ? `${p.uitstroomDatum}${p.uitstroombestemming ? ` · ${label(uitstroombestemmingLabels, p.uitstroombestemming, lang)}` : ''}`
              : '–',
          ],
        };
      });
  }, [data, lang, locale, c]);

  async function record(event: FormEvent) {
    event.preventDefault();
    setMessage(undefined);
    const body: Record<string, unknown> = {
      id: `CC-${key.slice(0, 8)}`,
      ...(form.deelnemerId ? { deelnemerId: form.deelnemerId } : {}),
      ...(form.contactDatum ? { contactDatum: form.contactDatum } : {}),
      ...(form.vorm ? { vorm: form.vorm } : {}),
      ...(form.duurMinuten.trim() ? { duurMinuten: Number(form.duurMinuten.trim()) } : {}),
    };
    const found = validateEntity('coachingcontact', body, FIELDS, t, {
      deelnemerId: c.chooseParticipant,
      vorm: c.chooseForm,
      duurMinuten: c.minutes,
    });
    setErrors(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    try {
      await call('/coachingcontacten', { method: 'POST', body, idempotencyKey: key });
      setMessage({ type: 'ok', text: c.recorded(String(body.deelnemerId)) });
      setForm((f) => ({ ...f, vorm: '', duurMinuten: '' }));
      setKey(newKey());
      await load();
    } catch (error) {
      if (error instanceof ApiError) setErrors(serverFieldErrors(error.invalidParams, FIELDS));
      fail(error);
    }
  }

  async function approve(u: Urenregistratie) {
    try {
      await call(`/uren/${encodeURIComponent(u.id)}/_goedkeuring`, {
        method: 'POST',
        idempotencyKey: newKey(),
      });
      setMessage({ type: 'ok', text: c.approved(u.id) });
      await load();
    } catch (error) {
      fail(error);
    }
  }

  const errorOf = (f: string) => {
    const m = errors.find((e) => e.field === f)?.message;
    return m ? { error: m } : {};
  };
  const waiting = (data?.hours ?? []).filter((u) => !u.goedgekeurdOp);
  const participantError = errorOf('deelnemerId').error;

  return (
    <>
      <Heading level={1}>{c.title}</Heading>
      {message && <Alert type={message.type}>{message.text}</Alert>}
      {!data && <Paragraph>{t.care.loading}</Paragraph>}
      <Heading level={2}>{c.participants}</Heading>
      {data && <DataTable label={c.participants} head={c.columns} rows={rows} />}
      <form onSubmit={record} noValidate>
        <Heading level={2}>{c.record}</Heading>
        <ErrorSummary title={t.errors.summary} errors={errors} summaryRef={summaryRef} />
        <div
          className={`utrecht-form-field${participantError ? ' utrecht-form-field--invalid' : ''}`}
        >
          <label className="utrecht-form-label" htmlFor="field-deelnemerId">
            {c.participant}
          </label>
          {participantError && (
            <div className="utrecht-form-field-error-message" id="error-deelnemerId">
              {participantError}
            </div>
          )}
          <select
            id="field-deelnemerId"
            className="utrecht-select utrecht-select--html-select"
            value={form.deelnemerId}
            aria-invalid={participantError ? true : undefined}
            aria-describedby={participantError ? 'error-deelnemerId' : undefined}
            onChange={(e) => setForm((f) => ({ ...f, deelnemerId: e.target.value }))}
          >
            <option value="">–</option>
            {(data?.participants ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.id}
              </option>
            ))}
          </select>
        </div>
        <TextField
          name="contactDatum"
          type="date"
          label={c.date}
          value={form.contactDatum}
          onChange={(v) => setForm((f) => ({ ...f, contactDatum: v }))}
          {...errorOf('contactDatum')}
        />
        <RadioGroup
          name="vorm"
          legend={c.form}
          value={form.vorm}
          onChange={(v) => setForm((f) => ({ ...f, vorm: v }))}
          options={coachingvormCodes.map((v) => ({
            value: v,
            label: label(coachingvormLabels, v, lang),
          }))}
          {...errorOf('vorm')}
        />
        <TextField
          name="duurMinuten"
          label={c.duration}
          hint={c.durationHint}
          value={form.duurMinuten}
          onChange={(v) => setForm((f) => ({ ...f, duurMinuten: v }))}
          {...errorOf('duurMinuten')}
        />
        <Button type="submit">{c.save}</Button>
      </form>
      <Heading level={2}>{c.hours}</Heading>
      {data && waiting.length === 0 && <Paragraph>{c.noHours}</Paragraph>}
      {waiting.length > 0 && (
        <DataTable
          label={c.hours}
          head={c.hourColumns}
          rows={waiting.map((u) => ({
            key: u.id,
            cells: [
              u.deelnemerId,
              u.werkDatum,
              u.uren.toLocaleString(locale),
              label(urensoortLabels, u.urensoort, lang),
              <Button key="approve" variant="secondary" onClick={() => void approve(u)}>
                {c.approve(u.id)}
              </Button>,
            ],
          }))}
        />
      )}
    </>
  );
}
