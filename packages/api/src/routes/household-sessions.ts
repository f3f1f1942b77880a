// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Sign-in of a private household by e-mail link (issue 17): `POST /huishoudsessies` always answers
 * 202 — whether the address is known is never told — and, for a known address, puts a link with a
 * random one-time token in the outbox (only its SHA-256 hash is stored; 15 minutes; used once).
 * `POST /huishoudsessies/_inwisselen` exchanges the token for a credential of role `particulier`
 * for that one household, valid for an hour (an API key with an expiry, so revocation, expiry and
 * the key cache work as for staff keys).
 *
 * Where DigiD or eHerkenning plugs in: a region that offers DigiD replaces the e-mail step, not the
 * credential. Its DigiD connection (through a broker speaking SAML or OIDC) ends in a verified
 * BSN; the region's own sign-in service looks up the household for that person in its own
 * administration (the BSN is never sent to or stored by this API) and then calls `issueHouseholdKey`
 * (below) or presents an OIDC token with `zorghub_role: particulier` and the household's id, which
 * the API checks like a staff token. eHerkenning is the same for a business customer.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createApiKey } from '../auth.js';
import type { Queryable } from '../db.js';
import { type Language, signInLink, signInText, writeMessage } from '../households/outbox.js';
import { publicLimit, signupSettings } from '../households/public.js';
import { problem } from '../problem.js';
import type { RouteDef } from '../types.js';

export const TOKEN_MINUTES = 15;
export const SESSION_MINUTES = 60;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A credential of role particulier for one household, valid `minutes`. */
export async function issueHouseholdKey(
  q: Queryable,
  hubId: string,
  householdId: string,
  minutes = SESSION_MINUTES,
): Promise<{ apiKey: string; expiresAt: string }> {
  const expiresAt = new Date(Date.now() + minutes * 60_000).toISOString();
  const { apiKey } = await createApiKey(q, {
    hubId,
    orgId: householdId,
    role: 'particulier',
    householdId,
    label: 'huishoudsessie',
    expiresAt,
  });
  return { apiKey, expiresAt };
}

const emailSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['email'],
  properties: {
    email: {
      type: 'string',
      format: 'email',
      maxLength: 254,
      description: 'Het e-mailadres van het huishouden / The household’s e-mail address',
    },
  },
};

export function householdSessionRoutes(): RouteDef[] {
  return [
    {
      method: 'POST',
      path: '/huishoudsessies',
      operationId: 'requestHuishoudsessie',
      summary:
        'Inloglink voor een huishouden aanvragen (openbaar) / Ask for a household sign-in link (public)',
      description:
        'Antwoordt altijd 202, ook voor een onbekend adres. Bij een bekend adres staat daarna een bericht met een eenmalige link (15 minuten geldig) in de uitgaande berichten. / Always answers 202, also for an unknown address; for a known one, a message with a one-time link (15 minutes) is put in the outbox.',
      tag: 'Huishoudens',
      roles: [],
      body: { schema: emailSchema },
      success: {
        status: 202,
        description: 'Aangevraagd / Requested',
        schema: {
          type: 'object',
          properties: { bericht: { type: 'string', description: 'Uitleg / Explanation' } },
        },
      },
      async handler(ctx) {
        await publicLimit(ctx, 'inloglink');
        const settings = await signupSettings(ctx);
        const { email } = ctx.body as { email: string };
        const { rows } = await ctx.q.query<{ id: string; taal: string | null; email: string }>(
          `SELECT id, data->>'taal' AS taal, data->>'email' AS email FROM records
            WHERE hub_id = $1 AND entity = 'huishouden' AND lower(data->>'email') = lower($2)
            ORDER BY id LIMIT 1`,
          [settings.hubId, email],
        );
        const household = rows[0];
        if (household) {
          const token = randomBytes(32).toString('base64url');
          await ctx.q.query(
            `INSERT INTO household_tokens (hash, hub_id, household_id, expires_at)
             VALUES ($1, $2, $3, now() + make_interval(mins => $4::int))`,
            [hash(token), settings.hubId, household.id, TOKEN_MINUTES],
          );
          const language: Language = household.taal === 'en' ? 'en' : 'nl';
          const text = signInText(language, {
            link: signInLink(settings.appUrl, token),
            minutes: TOKEN_MINUTES,
          });
          await writeMessage(ctx.q, settings.hubId, {
            kind: 'inloglink',
            to: household.email,
            language,
            ...text,
          });
        }
        return {
          status: 202,
          body: {
            bericht:
              'Als dit adres bij ons bekend is, staat er een inloglink voor u klaar / If this address is known, a sign-in link is on its way',
          },
        };
      },
    },
    {
      method: 'POST',
      path: '/huishoudsessies/_inwisselen',
      operationId: 'redeemHuishoudsessie',
      summary:
        'Inloglink inwisselen voor een sessie van het huishouden (openbaar) / Exchange a sign-in link for a household session (public)',
      description:
        'Een token is 15 minuten geldig en één keer te gebruiken; onbekend, verlopen en gebruikt geven hetzelfde antwoord (401). De sessie (rol particulier) is een uur geldig. / A token is valid for 15 minutes, once; unknown, expired and used give the same 401. The session (role particulier) lasts an hour.',
      tag: 'Huishoudens',
      roles: [],
      idempotency: false,
      body: {
        schema: {
          type: 'object',
          additionalProperties: false,
          required: ['token'],
          properties: {
            token: {
              type: 'string',
              minLength: 20,
              maxLength: 100,
              pattern: '^[A-Za-z0-9_-]+$',
              description: 'Het token uit de inloglink / The token from the sign-in link',
            },
          },
        },
      },
      success: {
        status: 201,
        description: 'De sessie / The session',
        // A session has no address of its own.
        location: false,
        schema: {
          type: 'object',
          additionalProperties: false,
          required: ['apiKey', 'verlooptOp', 'huishoudenId'],
          properties: {
            apiKey: { type: 'string', description: 'Bearer-credential, rol particulier' },
            verlooptOp: {
              type: 'string',
              format: 'date-time',
              description: 'Verloopt op / Expires at',
            },
            huishoudenId: { type: 'string', description: 'Het huishouden / The household' },
          },
        },
      },
      async handler(ctx) {
        await publicLimit(ctx, 'inwisselen');
        const { token } = ctx.body as { token: string };
        // Used at most once: the update that marks it used is the check.
        const { rows } = await ctx.q.query<{ hub_id: string; household_id: string }>(
          `UPDATE household_tokens SET used_at = now()
            WHERE hash = $1 AND used_at IS NULL AND expires_at > now()
            RETURNING hub_id, household_id`,
          [hash(token)],
        );
        const hit = rows[0];
        if (!hit)
          throw problem(
            401,
            'Deze inloglink is onbekend, verlopen of al gebruikt; vraag een nieuwe aan / This sign-in link is unknown, expired or used; ask for a new one',
          );
        const { apiKey, expiresAt } = await issueHouseholdKey(ctx.q, hit.hub_id, hit.household_id);
        return {
          status: 201,
          headers: { 'cache-control': 'no-store' },
          body: { apiKey, verlooptOp: expiresAt, huishoudenId: hit.household_id },
        };
      },
    },
  ];
}
