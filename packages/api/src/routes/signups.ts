// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * POST /aanmeldingen: the public sign-up of a private household (no credential; limited per client
 * address). One transaction stores the household, its client record (the person visited, for the
 * planner's bookings), the requested subscription, the consents and — paying by direct debit — the
 * mandate, and writes the confirmation to the outbox. The answer carries ids only.
 */
import { randomUUID } from 'node:crypto';
import type {
  AbonnementstatusCode,
  AfnemersoortCode,
  BetaalwijzeCode,
  MachtigingsoortCode,
  MachtigingstatusCode,
  TariefeenheidCode,
  ToestemmingskanaalCode,
  ToestemmingsonderwerpCode,
} from '@zorghub/schemas';
import { checkedIban } from '../households/iban.js';
import { confirmationText, type Language, signInLink, writeMessage } from '../households/outbox.js';
import { publicLimit, signupSettings } from '../households/public.js';
import { problem } from '../problem.js';
import { entitySchema } from '../standard.js';
import type { RouteDef } from '../types.js';
import { assertValid } from './record-validity.js';
import { columnsOf, insertRow, mustExist } from './store.js';

const pick = (entity: string, fields: string[]) => {
  const props = entitySchema(entity).properties as Record<string, object>;
  return Object.fromEntries(fields.map((f) => [f, props[f]!]));
};

const REQUESTED: AbonnementstatusCode = 'aangevraagd';
const PRIVATE: AfnemersoortCode = 'particulier';
const DIRECT_DEBIT: BetaalwijzeCode = 'incasso';
const ONLINE: ToestemmingskanaalCode = 'online';
const SERVICE: ToestemmingsonderwerpCode = 'dienstverlening';
const RECURRING: MachtigingsoortCode = 'doorlopend';
const MANDATE_ACTIVE: MachtigingstatusCode = 'actief';
const PER_HOUR: TariefeenheidCode = 'uur';

/** The request body: the standard's own field definitions, without what the server sets. */
/** The body's parts named after the entities they hold (computed keys: property names, not a code list). */
const HOUSEHOLD = 'huishouden';
const PACKAGE = 'abonnement';

export const signupSchema = {
  type: 'object',
  additionalProperties: false,
  required: [HOUSEHOLD, PACKAGE, 'toestemmingen', 'betaling'],
  properties: {
    [HOUSEHOLD]: {
      type: 'object',
      additionalProperties: false,
      description: 'Het huishouden (persoonsgegevens) / The household (personal data)',
      required: ['naam', 'straat', 'huisnummer', 'postcode', 'woonplaats', 'email'],
      properties: pick('huishouden', [
        'naam',
        'straat',
        'huisnummer',
        'huisnummertoevoeging',
        'postcode',
        'woonplaats',
        'gemeentecode',
        'email',
        'telefoon',
        'taal',
      ]),
    },
    [PACKAGE]: {
      type: 'object',
      additionalProperties: false,
      description: 'Het gekozen pakket / The chosen package',
      required: ['abonnementsvorm', 'aantalPerPeriode', 'periodeEenheid', 'startDatum'],
      properties: pick('abonnement', [
        'abonnementsvorm',
        'aantalPerPeriode',
        'periodeEenheid',
        'dienstIds',
        'startDatum',
        'voorkeursdagen',
      ]),
    },
    toestemmingen: {
      type: 'array',
      minItems: 1,
      maxItems: 10,
      description:
        'Toestemmingen, met ten minste die voor de dienstverlening / Consents, at least the one for the service',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['onderwerp', 'verklaringVersie'],
        properties: pick('toestemming', ['onderwerp', 'verklaringVersie']),
      },
    },
    betaling: {
      type: 'object',
      additionalProperties: false,
      description:
        'Betaalwijze; bij incasso de machtiging / Payment method; for direct debit the mandate',
      required: ['betaalwijze'],
      properties: {
        betaalwijze: (entitySchema('huishouden').properties as Record<string, object>).betaalwijze,
        iban: {
          type: 'string',
          maxLength: 42,
          description: 'IBAN (bij incasso) / IBAN (direct debit)',
        },
        ...pick('machtiging', ['rekeninghouder', 'bic']),
      },
    },
  },
} as const;

const signupAnswer = {
  type: 'object',
  additionalProperties: false,
  required: ['huishoudenId', 'abonnementId', 'toestemmingIds'],
  properties: {
    huishoudenId: { type: 'string', description: 'Het nieuwe huishouden / The new household' },
    abonnementId: { type: 'string', description: 'Het aangevraagde abonnement / The subscription' },
    toestemmingIds: {
      type: 'array',
      items: { type: 'string' },
      description: 'De vastgelegde toestemmingen / The consents recorded',
    },
    machtigingId: { type: 'string', description: 'De machtiging (bij incasso) / The mandate' },
  },
};

type Body = {
  [HOUSEHOLD]: Record<string, unknown> & { email: string; taal?: Language };
  [PACKAGE]: Record<string, unknown> & { aantalPerPeriode: number; startDatum: string };
  toestemmingen: Array<{ onderwerp: string; verklaringVersie: string }>;
  betaling: { betaalwijze: string; iban?: string; rekeninghouder?: string; bic?: string };
};

const missing = (name: string, reason: string, detail: string) =>
  problem(422, detail, { invalidParams: [{ name, code: 'required', reason }] });

export function signupRoute(): RouteDef {
  return {
    method: 'POST',
    path: '/aanmeldingen',
    operationId: 'createAanmelding',
    unprocessable:
      'Een verplicht onderdeel ontbreekt (toestemming voor de dienstverlening, IBAN bij incasso) / A required part is missing',
    summary:
      'Aanmelden als particulier huishouden (openbaar, zonder inlog) / Sign up as a private household (public)',
    description:
      'Openbaar; per adres beperkt (429). Legt huishouden, abonnement (status aangevraagd), toestemmingen en bij incasso de machtiging vast en zet een bevestiging in de uitgaande berichten. Het antwoord bevat alleen ids. / Public; limited per address. Stores household, subscription (requested), consents and, for direct debit, the mandate; writes a confirmation to the outbox. The answer holds ids only.',
    tag: 'Huishoudens',
    roles: [],
    body: { schema: signupSchema, ref: '#/components/schemas/Aanmelding' },
    success: { status: 201, description: 'Aangemeld / Signed up', schema: signupAnswer },
    async handler(ctx) {
      await publicLimit(ctx, 'aanmelding');
      const settings = await signupSettings(ctx);
      const b = ctx.body as Body;
      if (!b.toestemmingen.some((t) => t.onderwerp === SERVICE))
        throw missing(
          'toestemmingen',
          `expected a consent with onderwerp ${SERVICE}`,
          `Toestemming voor de dienstverlening ontbreekt: zonder die kan de Zorghub geen bezoeken plannen / Consent to the service (onderwerp ${SERVICE}) is missing`,
        );
      const pay = b.betaling;
      const debit = pay.betaalwijze === DIRECT_DEBIT;
      let iban: string | undefined;
      if (debit) {
        if (!pay.iban)
          throw missing(
            'betaling.iban',
            'expected an IBAN',
            'IBAN ontbreekt bij incasso / IBAN is missing for a direct debit',
          );
        if (!pay.rekeninghouder)
          throw missing(
            'betaling.rekeninghouder',
            'expected the account holder',
            'Naam van de rekeninghouder ontbreekt bij incasso / Account holder is missing for a direct debit',
          );
        iban = checkedIban(pay.iban, 'betaling.iban');
      }
      const hub = settings.hubId;
      const now = new Date().toISOString();
      const short = randomUUID().slice(0, 8).toUpperCase();
      const hh = `HH-${short}`;
      const sub = `AB-${short}`;
      for (const id of (b.abonnement.dienstIds as string[] | undefined) ?? [])
        await mustExist(ctx.q, hub, 'dienst', id, 'abonnement.dienstIds');
      const household = {
        ...b.huishouden,
        id: hh,
        betaalwijze: pay.betaalwijze,
        taal: b.huishouden.taal ?? 'nl',
        aangemeldOp: now,
      };
      const subscription = {
        id: sub,
        aanbiederId: hub,
        afnemersoort: PRIVATE,
        huishoudenId: hh,
        ...b.abonnement,
        tariefInCenten: settings.hourlyCents,
        tariefeenheid: PER_HOUR,
        status: REQUESTED,
        aangevraagdOp: now,
        opzegtermijnDagen: settings.noticeDays,
      };
      const client = {
        id: `CL-${short}`,
        abonnementId: sub,
        startDatum: b.abonnement.startDatum,
        ...(typeof b.huishouden.gemeentecode === 'string'
          ? { gemeentecode: b.huishouden.gemeentecode }
          : {}),
        postcodegebied: String(b.huishouden.postcode ?? '').slice(0, 4),
      };
      assertValid('huishouden', household);
      assertValid('abonnement', subscription);
      assertValid('client', client);
      const own = { householdId: hh };
      // The household's reads are logged under its client pseudonym (the access overview's subject).
      await insertRow(
        ctx.q,
        hub,
        'huishouden',
        hh,
        household,
        columnsOf({ ...own, clientId: `CL-${short}` }),
      );
      await insertRow(ctx.q, hub, 'abonnement', sub, subscription, columnsOf({ ...own }));
      await insertRow(
        ctx.q,
        hub,
        'client',
        client.id,
        client,
        columnsOf({ ...own, clientId: client.id, parentId: sub }),
      );
      const consentIds: string[] = [];
      for (const [i, t] of b.toestemmingen.entries()) {
        const consent = {
          id: `TS-${short}-${i + 1}`,
          huishoudenId: hh,
          ...t,
          kanaal: ONLINE,
          gegevenOp: now,
        };
        assertValid('toestemming', consent);
        await insertRow(ctx.q, hub, 'toestemming', consent.id, consent, columnsOf(own));
        consentIds.push(consent.id);
      }
      let mandateId: string | undefined;
      if (debit) {
        const mandate = {
          id: `MA-${short}`,
          huishoudenId: hh,
          abonnementId: sub,
          soort: RECURRING,
          iban,
          rekeninghouder: pay.rekeninghouder,
          ...(pay.bic ? { bic: pay.bic } : {}),
          ondertekendOp: now,
          status: MANDATE_ACTIVE,
        };
        assertValid('machtiging', mandate);
        await insertRow(
          ctx.q,
          hub,
          'machtiging',
          mandate.id,
          mandate,
          columnsOf({ ...own, parentId: sub }),
        );
        mandateId = mandate.id;
      }
      const language = household.taal as Language;
      const text = confirmationText(language, {
        subscriptionId: sub,
        hours: b.abonnement.aantalPerPeriode,
        unit: String(b.abonnement.periodeEenheid),
        startDate: b.abonnement.startDatum,
        link: signInLink(settings.appUrl),
      });
      await writeMessage(ctx.q, hub, {
        kind: 'aanmeldbevestiging',
        to: b.huishouden.email,
        language,
        ...text,
      });
      return {
        status: 201,
        headers: { location: `/api/v1/huishoudens/${hh}` },
        body: {
          huishoudenId: hh,
          abonnementId: sub,
          toestemmingIds: consentIds,
          ...(mandateId ? { machtigingId: mandateId } : {}),
        },
      };
    },
  };
}
