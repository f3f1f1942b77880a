// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Raise a signal in under 30 seconds: category, urgency, an optional short note (no diagnoses). */
import {
  signaalcategorieCodes,
  signaalcategorieLabels,
  urgentieCodes,
  urgentieLabels,
} from '@zorghub/schemas';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError } from '../api';
import { label, useLang } from '../i18n';
import { newKey, send } from '../queue';
import {
  Alert,
  Button,
  ErrorSummary,
  type FieldError,
  Heading,
  Paragraph,
  RadioGroup,
  TextField,
} from '../ui';
import { serverFieldErrors, validateEntity } from '../validate';

const FIELDS = ['categorie', 'urgentie', 'omschrijving'] as const;

export interface SignalContext {
  clientId: string;
  bezoekId: string;
  deelnemerId: string;
}

export function SignalForm({
  context,
  onDone,
}: {
  context: SignalContext;
  onDone(message: string): void;
}) {
  const { t, lang } = useLang();
  const [categorie, setCategorie] = useState('');
  const [urgentie, setUrgentie] = useState('normaal');
  const [omschrijving, setOmschrijving] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  // One key per signal: a retry after a lost answer cannot raise it twice.
  const [key] = useState(newKey);
  const summaryRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const id = `SG-${key.slice(0, 8)}`;
    const body: Record<string, unknown> = {
      id,
      clientId: context.clientId,
      bezoekId: context.bezoekId,
      deelnemerId: context.deelnemerId,
      ...(categorie ? { categorie } : {}),
      ...(urgentie ? { urgentie } : {}),
      ...(omschrijving.trim() ? { omschrijving: omschrijving.trim() } : {}),
    };
    // doorgezetNaarId and gemeldOp are set by the API; placeholders let the standard check the rest.
    const found = validateEntity(
      'signaal',
      { ...body, doorgezetNaarId: 'ORG-X', gemeldOp: new Date().toISOString() },
      FIELDS,
      t,
      { categorie: t.signal.chooseCategory, urgentie: t.signal.chooseUrgency },
    );
    setErrors(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const result = await send('/signalen', body, key);
      onDone(result === 'queued' ? t.today.queued : t.signal.sent);
    } catch (error) {
      if (error instanceof ApiError) {
        const fieldErrors = serverFieldErrors(error.invalidParams, FIELDS);
        setErrors(fieldErrors);
        setProblem(t.errors.generic(error.detail));
      } else setProblem(String(error));
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (f: string) => {
    const message = errors.find((e) => e.field === f)?.message;
    return message ? { error: message } : {};
  };
  return (
    <form onSubmit={submit} noValidate>
      <Heading level={1}>{t.signal.title}</Heading>
      <ErrorSummary title={t.errors.summary} errors={errors} summaryRef={summaryRef} />
      {problem && <Alert type="error">{problem}</Alert>}
      <Paragraph>{t.signal.intro}</Paragraph>
      <RadioGroup
        name="categorie"
        legend={t.signal.category}
        value={categorie}
        onChange={setCategorie}
        options={signaalcategorieCodes.map((c) => ({
          value: c,
          label: label(signaalcategorieLabels, c, lang),
        }))}
        {...errorOf('categorie')}
      />
      <RadioGroup
        name="urgentie"
        legend={t.signal.urgency}
        value={urgentie}
        onChange={setUrgentie}
        options={urgentieCodes.map((c) => ({ value: c, label: label(urgentieLabels, c, lang) }))}
        {...errorOf('urgentie')}
      />
      <TextField
        name="omschrijving"
        label={t.signal.text}
        hint={t.signal.textHint}
        multiline
        value={omschrijving}
        onChange={setOmschrijving}
        {...errorOf('omschrijving')}
      />
      <div className="utrecht-button-group">
        <Button type="submit" disabled={busy}>
          {t.signal.submit}
        </Button>
        <Button variant="secondary" onClick={() => onDone('')}>
          {t.signal.cancel}
        </Button>
      </div>
    </form>
  );
}
