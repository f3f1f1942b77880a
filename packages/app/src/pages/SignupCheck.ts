// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The sign-up form's data: the hub's offer it chooses from (GET /aanbod), what the household typed
 * (kept in sessionStorage, so a reload, an error or a refusal never loses it, and removed once the
 * hub has it), the checks before sending (the
 * standard's schemas for Huishouden, Abonnement and Machtiging, and the IBAN's mod-97 check digits,
 * the rule the API applies too) and the body of POST /aanmeldingen (see the households contract).
 */
import {
  abonnementsvormCodes,
  betaalwijzeCodes,
  periodeEenheidCodes,
  toestemmingsonderwerpCodes,
} from '@zorghub/schemas';
import type { Texts } from '../texts/nl';
import type { FieldError } from '../ui';
import { validateEntity } from '../validate';

export interface SignupDraft {
  /** The chosen bundle of the hub's offer, as `<aantalPerPeriode>-<periodeEenheid>`. */
  pakket: string;
  dienstIds: string[];
  voorkeursdagen: string[];
  startDatum: string;
  naam: string;
  straat: string;
  huisnummer: string;
  huisnummertoevoeging: string;
  postcode: string;
  woonplaats: string;
  email: string;
  telefoon: string;
  taal: string;
  betaalwijze: string;
  iban: string;
  rekeninghouder: string;
  toestemming: boolean;
}

/** What the hub offers households (GET /aanbod): bundles with their price, its services. */
export interface Offer {
  uurtariefInCenten: number;
  opzegtermijnDagen: number;
  pakketten: Array<{
    abonnementsvorm: string;
    aantalPerPeriode: number;
    periodeEenheid: string;
    prijsPerPeriodeInCenten: number;
  }>;
  diensten: Array<{ id: string; naam: string; dienstsoort: string; omschrijving?: string }>;
}

/** The form's value for a bundle of the offer. */
export const packageKey = (p: { aantalPerPeriode: number; periodeEenheid: string }) =>
  `${p.aantalPerPeriode}-${p.periodeEenheid}`;
/** A bundle's hours and period unit from the form's value (a draft kept from before: hours only). */
function packageOf(key: string): { aantalPerPeriode: number; periodeEenheid: string } {
  const [hours, unit] = key.split('-');
  return { aantalPerPeriode: Number(hours), periodeEenheid: unit || MONTH };
}
/** The version of the privacy statement the consent refers to (the guide's privacy page). */
export const STATEMENT_VERSION = '2026-1';
const DRAFT_KEY = 'zorghub.aanmelding';
const [INCASSO] = betaalwijzeCodes;
const SERVICE_CONSENT = toestemmingsonderwerpCodes[0];
const [HOUR_BUNDLE] = abonnementsvormCodes;
const MONTH = periodeEenheidCodes[1];

const isoDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export function emptyDraft(lang: string): SignupDraft {
  const start = new Date();
  start.setDate(start.getDate() + 14);
  return {
    pakket: '',
    dienstIds: [],
    voorkeursdagen: [],
    startDatum: isoDate(start),
    naam: '',
    straat: '',
    huisnummer: '',
    huisnummertoevoeging: '',
    postcode: '',
    woonplaats: '',
    email: '',
    telefoon: '',
    taal: lang,
    betaalwijze: INCASSO,
    iban: '',
    rekeninghouder: '',
    toestemming: false,
  };
}

export function loadDraft(lang: string): SignupDraft {
  try {
    const stored = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null') as SignupDraft | null;
    if (!stored) return emptyDraft(lang);
    const draft = { ...emptyDraft(lang), ...stored };
    // A draft from before the offer came from the hub held the hours a month only.
    if (/^\d+$/.test(draft.pakket)) draft.pakket = packageKey(packageOf(draft.pakket));
    return draft;
  } catch {
    return emptyDraft(lang);
  }
}
export const saveDraft = (d: SignupDraft) => sessionStorage.setItem(DRAFT_KEY, JSON.stringify(d));
export const clearDraft = () => sessionStorage.removeItem(DRAFT_KEY);

export const isIncasso = (d: SignupDraft) => d.betaalwijze === INCASSO;
export const normaliseIban = (s: string) => s.replace(/[\s.-]/g, '').toUpperCase();

/** ISO 13616 check digits: the IBAN with its first four characters moved to the end, mod 97 = 1. */
export function ibanChecksumOk(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const n = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = (rest * (n > 9 ? 100 : 10) + n) % 97;
  }
  return rest === 1;
}

/** What is wrong with an IBAN, in words, or undefined when it is right (empty is "required"). */
export function ibanProblem(raw: string, t: Texts): string | undefined {
  const iban = normaliseIban(raw);
  if (!iban) return t.errors.required;
  // a Dutch IBAN is NL, 2 check digits, 4 letters of the bank, 10 digits; others by the ISO shape
  const shape = iban.startsWith('NL')
    ? /^NL[0-9]{2}[A-Z]{4}[0-9]{10}$/
    : /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/;
  if (!shape.test(iban)) return t.household.field.ibanFormat;
  return ibanChecksumOk(iban) ? undefined : t.household.field.iban;
}

/** Every field the form shows, in the order of the page (the error summary keeps this order). */
export const FIELDS = [
  'pakket',
  'dienstIds',
  'voorkeursdagen',
  'startDatum',
  'naam',
  'straat',
  'huisnummer',
  'huisnummertoevoeging',
  'postcode',
  'woonplaats',
  'email',
  'telefoon',
  'taal',
  'betaalwijze',
  'iban',
  'rekeninghouder',
  'toestemming',
] as const;

const trimmed = (d: SignupDraft) => ({
  naam: d.naam.trim(),
  straat: d.straat.trim(),
  huisnummer: d.huisnummer.trim(),
  ...(d.huisnummertoevoeging.trim() ? { huisnummertoevoeging: d.huisnummertoevoeging.trim() } : {}),
  postcode: d.postcode.trim().toUpperCase(),
  woonplaats: d.woonplaats.trim(),
  email: d.email.trim(),
  ...(d.telefoon.trim() ? { telefoon: d.telefoon.trim() } : {}),
  taal: d.taal,
});

function subscription(d: SignupDraft) {
  return {
    abonnementsvorm: HOUR_BUNDLE,
    ...packageOf(d.pakket),
    ...(d.dienstIds.length > 0 ? { dienstIds: d.dienstIds } : {}),
    startDatum: d.startDatum,
    voorkeursdagen: d.voorkeursdagen,
  };
}

/** The errors of the draft, field by field, checked with the standard's schemas and the IBAN rule. */
export function checkDraft(d: SignupDraft, t: Texts): FieldError[] {
  const h = t.household;
  const errors: FieldError[] = [];
  if (!d.pakket) errors.push({ field: 'pakket', message: h.signup.choosePackage });
  const now = new Date().toISOString();
  // Fields the server sets get placeholders, so the standard checks only what the household typed.
  errors.push(
    ...validateEntity(
      'abonnement',
      {
        id: 'AB-X',
        aanbiederId: 'ORG-X',
        afnemersoort: 'particulier',
        huishoudenId: 'HH-X',
        tariefInCenten: 0,
        tariefeenheid: 'uur',
        ...subscription({ ...d, pakket: d.pakket || '1' }),
      },
      ['dienstIds', 'voorkeursdagen', 'startDatum'],
      t,
      { startDatum: h.field.date },
    ),
    ...validateEntity(
      'huishouden',
      { id: 'HH-X', aangemeldOp: now, betaalwijze: d.betaalwijze, ...trimmed(d) },
      FIELDS,
      t,
      {
        huisnummer: h.field.number,
        huisnummertoevoeging: h.field.addition,
        postcode: h.field.postcode,
        email: h.field.email,
        telefoon: h.field.phone,
      },
    ),
  );
  if (isIncasso(d)) {
    const iban = ibanProblem(d.iban, t);
    if (iban) errors.push({ field: 'iban', message: iban });
    errors.push(
      ...validateEntity(
        'machtiging',
        {
          id: 'MA-X',
          huishoudenId: 'HH-X',
          soort: 'doorlopend',
          status: 'actief',
          ondertekendOp: now,
          iban: 'NL91ABNA0417164300',
          rekeninghouder: d.rekeninghouder.trim(),
        },
        ['rekeninghouder'],
        t,
      ),
    );
  }
  if (!d.toestemming) errors.push({ field: 'toestemming', message: h.signup.consentRequired });
  return FIELDS.flatMap((f) => errors.filter((e) => e.field === f).slice(0, 1));
}

/** The body of POST /aanmeldingen. */
export function signupBody(d: SignupDraft) {
  return {
    huishouden: trimmed(d),
    abonnement: subscription(d),
    toestemmingen: [{ onderwerp: SERVICE_CONSENT, verklaringVersie: STATEMENT_VERSION }],
    betaling: isIncasso(d)
      ? {
          betaalwijze: d.betaalwijze,
          iban: normaliseIban(d.iban),
          rekeninghouder: d.rekeninghouder.trim(),
        }
      : { betaalwijze: d.betaalwijze },
  };
}

/** The API names fields as `huishouden.postcode` or `betaling.iban`: the form's field, or ''. */
export function formFieldOf(name: string): string {
  const last = name.replace(/^\/?(body[./])?/, '').split(/[./]/);
  const field = last[1] ?? last[0] ?? '';
  if (last[0] === 'toestemmingen') return 'toestemming';
  if (last[0] === 'abonnement' && ['aantalPerPeriode', 'periodeEenheid'].includes(field))
    return 'pakket';
  return (FIELDS as readonly string[]).includes(field) ? field : '';
}
