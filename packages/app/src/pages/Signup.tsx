// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The public sign-up page of a private household (`#/aanmelden`, no credential): a package of hours
 * and the services the hub offers (GET /aanbod: the hub's bundles and prices, not the app's),
 * preferred days, the address, contact, language, consent with a link to the privacy statement, and
 * payment by SEPA direct-debit mandate (IBAN checked here with mod-97, as the API does) or invoice.
 * Checked with the standard's schemas before sending; errors next to the field and in a summary at
 * the top; what was typed is kept in the tab (sessionStorage) until the hub has accepted it.
 */
import {
  betaalwijzeCodes,
  betaalwijzeLabels,
  periodeEenheidLabels,
  taalCodes,
  taalLabels,
  weekdagCodes,
  weekdagLabels,
} from '@zorghub/schemas';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, call, NetworkError } from '../api';
import { label, useLang } from '../i18n';
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
import {
  checkDraft,
  clearDraft,
  formFieldOf,
  ibanProblem,
  isIncasso,
  loadDraft,
  type Offer,
  packageKey,
  type SignupDraft,
  saveDraft,
  signupBody,
} from './SignupCheck';
import { Checkbox, CheckboxGroup, Section } from './SignupFields';

/** Where the privacy statement is: the guide's privacy page (a region sets its own at build time). */
const PRIVACY_URL: string =
  import.meta.env.VITE_ZORGHUB_PRIVACY_URL ?? 'http://localhost:3000/docs/privacy';

export interface SignupResult {
  huishoudenId: string;
  abonnementId: string;
}

export function Signup({ onDone }: { onDone(result: SignupResult): void }) {
  const { t, lang } = useLang();
  const h = t.household;
  const [draft, setDraft] = useState<SignupDraft>(() => loadDraft(lang));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => saveDraft(draft), [draft]);
  // What the hub offers comes from the hub (GET /aanbod, public), not from the app.
  const [offer, setOffer] = useState<Offer>();
  const [offerError, setOfferError] = useState<string>();
  const loadOffer = useCallback(async () => {
    setOfferError(undefined);
    try {
      setOffer(await call<Offer>('/aanbod', { key: '' }));
    } catch (error) {
      setOfferError(error instanceof ApiError ? error.detail : String(error));
    }
  }, []);
  useEffect(() => void loadOffer(), [loadOffer]);
  const euro = (cents: number) =>
    new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
      style: 'currency',
      currency: 'EUR',
    }).format(cents / 100);
  const unit = (code: string) => label(periodeEenheidLabels, code, lang).toLowerCase();

  const set =
    <K extends keyof SignupDraft>(key: K) =>
    (value: SignupDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const errorOf = (f: string) => {
    const message = errors.find((e) => e.field === f)?.message;
    return message ? { error: message } : {};
  };
  const showErrors = (found: FieldError[]) => {
    setErrors(found);
    if (found.length > 0) requestAnimationFrame(() => summaryRef.current?.focus());
  };

  // The IBAN is checked as soon as the field is left, so the error is next to it at once.
  const checkIban = () => {
    if (!draft.iban.trim()) return;
    const message = ibanProblem(draft.iban, t);
    setErrors((es) => [
      ...es.filter((e) => e.field !== 'iban'),
      ...(message ? [{ field: 'iban', message }] : []),
    ]);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const found = checkDraft(draft, t);
    showErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const result = await call<SignupResult>('/aanmeldingen', {
        method: 'POST',
        body: signupBody(draft),
        key: '',
      });
      clearDraft();
      onDone(result);
    } catch (error) {
      if (error instanceof ApiError) {
        const fieldErrors = error.invalidParams
          .map((p) => ({ field: formFieldOf(p.name), message: p.reason }))
          .filter((e) => e.field);
        showErrors(fieldErrors);
        setProblem(h.home.refused(error.detail));
      } else setProblem(error instanceof NetworkError ? t.signIn.offline : String(error));
    } finally {
      setBusy(false);
    }
  }

  const text = (
    name: keyof SignupDraft & string,
    labelText: string,
    extra: { hint?: string; type?: string; autoComplete?: string; onBlur?: () => void } = {},
  ) => (
    <TextField
      name={name}
      label={labelText}
      value={String(draft[name])}
      onChange={set(name) as (v: string) => void}
      {...(extra.hint ? { hint: extra.hint } : {})}
      {...(extra.type ? { type: extra.type } : {})}
      {...(extra.autoComplete ? { autoComplete: extra.autoComplete } : {})}
      {...errorOf(name)}
    />
  );

  // Until the hub's offer is there, only the heading, the intro and a loading line are shown: the
  // form appears below them in one go, so nothing the reader already sees moves (Lighthouse measured
  // a layout shift of 0.195 when the packages were put in above a form that was already drawn).
  if (!offer) {
    return (
      <>
        <Heading level={1}>{h.signup.title}</Heading>
        <Paragraph>{h.signup.intro}</Paragraph>
        {offerError ? (
          <Alert type="error">
            {h.signup.offerFailed(offerError)}{' '}
            <Button variant="secondary" onClick={() => void loadOffer()}>
              {h.signup.offerRetry}
            </Button>
          </Alert>
        ) : (
          <Paragraph>{h.signup.offerLoading}</Paragraph>
        )}
      </>
    );
  }

  return (
    <form onSubmit={submit} noValidate onBlur={(e) => e.target.id === 'field-iban' && checkIban()}>
      <Heading level={1}>{h.signup.title}</Heading>
      <ErrorSummary title={t.errors.summary} errors={errors} summaryRef={summaryRef} />
      {problem && <Alert type="error">{problem}</Alert>}
      <Paragraph>{h.signup.intro}</Paragraph>
      <RadioGroup
        name="pakket"
        legend={h.signup.package}
        value={draft.pakket}
        onChange={set('pakket')}
        options={offer.pakketten.map((p) => ({
          value: packageKey(p),
          label: h.signup.packageOption(p.aantalPerPeriode, unit(p.periodeEenheid)),
          hint: h.signup.packageHint(
            euro(p.prijsPerPeriodeInCenten),
            unit(p.periodeEenheid),
            euro(offer.uurtariefInCenten),
          ),
        }))}
        {...errorOf('pakket')}
      />
      {offer.diensten.length > 0 && (
        <CheckboxGroup
          name="dienstIds"
          legend={h.signup.services}
          value={draft.dienstIds}
          onChange={set('dienstIds')}
          options={offer.diensten.map((d) => ({ value: d.id, label: d.naam }))}
          {...errorOf('dienstIds')}
        />
      )}
      <CheckboxGroup
        name="voorkeursdagen"
        legend={h.signup.days}
        value={draft.voorkeursdagen}
        onChange={set('voorkeursdagen')}
        options={weekdagCodes.map((c) => ({ value: c, label: label(weekdagLabels, c, lang) }))}
        {...errorOf('voorkeursdagen')}
      />
      {text('startDatum', h.signup.start, { hint: h.signup.startHint, type: 'date' })}
      <Section title={h.signup.address}>
        {text('naam', h.signup.name, { autoComplete: 'name' })}
        {text('straat', h.signup.street, { autoComplete: 'address-line1' })}
        {text('huisnummer', h.signup.number, { hint: h.signup.numberHint })}
        {text('huisnummertoevoeging', h.signup.addition)}
        {text('postcode', h.signup.postcode, {
          hint: h.signup.postcodeHint,
          autoComplete: 'postal-code',
        })}
        {text('woonplaats', h.signup.town, { autoComplete: 'address-level2' })}
      </Section>
      <Section title={h.signup.contact}>
        {text('email', h.signup.email, {
          hint: h.signup.emailHint,
          type: 'email',
          autoComplete: 'email',
        })}
        {text('telefoon', h.signup.phone, { type: 'tel', autoComplete: 'tel' })}
      </Section>
      <RadioGroup
        name="taal"
        legend={h.signup.language}
        value={draft.taal}
        onChange={set('taal')}
        options={taalCodes.map((c) => ({ value: c, label: label(taalLabels, c, lang) }))}
        {...errorOf('taal')}
      />
      <RadioGroup
        name="betaalwijze"
        legend={h.signup.payment}
        value={draft.betaalwijze}
        onChange={set('betaalwijze')}
        options={betaalwijzeCodes.map((c) => ({
          value: c,
          label: label(betaalwijzeLabels, c, lang),
        }))}
        {...errorOf('betaalwijze')}
      />
      {isIncasso(draft) ? (
        <>
          <Paragraph>{h.signup.mandate}</Paragraph>
          {text('iban', h.signup.iban, { hint: h.signup.ibanHint, autoComplete: 'off' })}
          {text('rekeninghouder', h.signup.holder, { autoComplete: 'name' })}
        </>
      ) : (
        <Paragraph>{h.signup.invoice}</Paragraph>
      )}
      <Section title={h.signup.consent}>
        <Checkbox
          name="toestemming"
          label={h.signup.consentLabel}
          checked={draft.toestemming}
          onChange={set('toestemming')}
          {...errorOf('toestemming')}
        >
          <a
            className="utrecht-link utrecht-link--html-a"
            href={PRIVACY_URL}
            target="_blank"
            rel="noopener"
          >
            {h.signup.privacyLink}
          </a>
        </Checkbox>
      </Section>
      <Button type="submit" disabled={busy}>
        {busy ? h.signup.busy : h.signup.submit}
      </Button>
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href="#/inloggen">
          {h.signup.signIn}
        </a>
      </Paragraph>
    </form>
  );
}
