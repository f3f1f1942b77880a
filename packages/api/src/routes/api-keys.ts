// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /api-sleutels: the hub's API keys for its beheerder — list, create (the secret is answered once
 * and never stored, so no Idempotency-Key), give an expiry, revoke. Every call is access-logged.
 * A key of another hub is answered as an unknown one (404). `zorghub api-key …` does the same on
 * the command line.
 */
import { createApiKey } from '../auth.js';
import { problem } from '../problem.js';
import { ROLES, type RouteDef } from '../types.js';
import { mustExist } from './store.js';

const ID = { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' };
const DATE_TIME = { type: 'string', format: 'date-time' };
const REVOKED = 'De sleutel is al ingetrokken / The key was already revoked';

const keySchema = {
  type: 'object',
  required: ['id', 'rol', 'organisatieId', 'aangemaaktOp', 'status'],
  properties: {
    id: {
      type: 'string',
      description: 'Kenmerk van de sleutel (geen geheim) / Key id (no secret)',
    },
    rol: { type: 'string', enum: [...ROLES], description: 'Rol / Role' },
    organisatieId: { type: 'string', description: 'Namens organisatie / On behalf of' },
    deelnemerId: {
      type: ['string', 'null'],
      description: 'Medewerker (rol medewerker) / Worker',
    },
    omschrijving: { type: ['string', 'null'], description: 'Omschrijving / Label' },
    aangemaaktOp: { ...DATE_TIME, description: 'Aangemaakt / Created' },
    verlooptOp: {
      type: ['string', 'null'],
      format: 'date-time',
      description: 'Verloopt / Expires',
    },
    ingetrokkenOp: {
      type: ['string', 'null'],
      format: 'date-time',
      description: 'Ingetrokken / Revoked',
    },
    status: {
      type: 'string',
      enum: ['geldig', 'verlopen', 'ingetrokken'],
      description: 'Nu geldig, verlopen of ingetrokken / Now valid, expired or revoked',
    },
  },
};

const newKeySchema = {
  ...keySchema,
  required: [...keySchema.required, 'apiSleutel'],
  properties: {
    ...keySchema.properties,
    apiSleutel: {
      type: 'string',
      description:
        'Het geheim (zh_…), alleen in dit antwoord; bewaard wordt alleen de hash / The secret, in this answer only',
    },
  },
};

const utc = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const SELECT = `SELECT id, role AS rol, org_id AS "organisatieId", participant_id AS "deelnemerId",
    label AS omschrijving, ${utc('created_at')} AS "aangemaaktOp", ${utc('expires_at')} AS "verlooptOp",
    ${utc('revoked_at')} AS "ingetrokkenOp",
    CASE WHEN revoked_at IS NOT NULL THEN 'ingetrokken'
         WHEN expires_at IS NOT NULL AND expires_at <= now() THEN 'verlopen'
         ELSE 'geldig' END AS status
  FROM api_keys`;

const TAG = 'Beheer';
const ROLES_ADMIN = ['beheerder'] as const;

async function keyOf(q: import('../db.js').Queryable, hubId: string, id: string) {
  const { rows } = await q.query<Record<string, unknown>>(
    `${SELECT} WHERE hub_id = $1 AND id = $2`,
    [hubId, id],
  );
  if (!rows[0]) throw problem(404, `api-sleutel ${id} niet gevonden / not found`);
  return rows[0];
}

export function apiKeyRoutes(): RouteDef[] {
  return [
    {
      method: 'GET',
      path: '/api-sleutels',
      operationId: 'listApiSleutels',
      summary: 'API-sleutels van deze hub (zonder geheim) / This hub’s API keys (no secrets)',
      tag: TAG,
      roles: ROLES_ADMIN,
      audit: { action: 'search', objectType: 'apiSleutel' },
      success: {
        status: 200,
        description: 'De sleutels, nieuwste eerst / The keys, newest first',
        schema: {
          type: 'object',
          required: ['resultaten'],
          properties: {
            resultaten: { type: 'array', items: keySchema, description: 'Sleutels / Keys' },
          },
        },
      },
      async handler(ctx) {
        const { rows } = await ctx.q.query(
          `${SELECT} WHERE hub_id = $1 ORDER BY created_at DESC, id`,
          [ctx.principal.hubId],
        );
        return { body: { resultaten: rows } };
      },
    },
    {
      method: 'POST',
      path: '/api-sleutels',
      operationId: 'createApiSleutel',
      unprocessable:
        'Een onbekende organisatie of deelnemer, of deelnemerId bij een andere rol dan medewerker / An unknown organisation or participant, or deelnemerId with a role other than medewerker',
      summary:
        'Nieuwe API-sleutel; het geheim staat alleen in dit antwoord / New API key; the secret is in this answer only',
      description:
        'Geen Idempotency-Key: het geheim wordt niet bewaard, dus een herhaling kan het niet teruggeven (400). Ging het antwoord verloren, trek de sleutel dan in en maak een nieuwe. / No Idempotency-Key: the secret is not stored, so a replay could not return it (400); if the answer was lost, revoke the key and create another.',
      tag: TAG,
      roles: ROLES_ADMIN,
      idempotency: false,
      audit: { action: 'create', objectType: 'apiSleutel' },
      body: {
        schema: {
          type: 'object',
          additionalProperties: false,
          required: ['rol', 'organisatieId'],
          properties: {
            rol: {
              type: 'string',
              // A household's credential comes from its sign-in link only (routes/household-sessions.ts).
              enum: ROLES.filter((r) => r !== 'particulier'),
              description: 'Rol (geen particulier) / Role (not particulier)',
            },
            organisatieId: { ...ID, description: 'Namens organisatie / On behalf of' },
            deelnemerId: {
              ...ID,
              description: 'Verplicht bij rol medewerker / Required for medewerker',
            },
            omschrijving: { type: 'string', maxLength: 200, description: 'Omschrijving / Label' },
            verlooptOp: { ...DATE_TIME, description: 'Verloopt op / Expires at' },
          },
        },
      },
      success: { status: 201, description: 'Aangemaakt / Created', schema: newKeySchema },
      async handler(ctx) {
        const b = ctx.body as {
          rol: Exclude<(typeof ROLES)[number], 'particulier'>;
          organisatieId: string;
          deelnemerId?: string;
          omschrijving?: string;
          verlooptOp?: string;
        };
        const hubId = ctx.principal.hubId;
        await mustExist(ctx.q, hubId, 'organisatie', b.organisatieId, 'organisatieId');
        if ((b.rol === 'medewerker') !== (b.deelnemerId !== undefined))
          throw problem(
            422,
            'deelnemerId hoort bij rol medewerker, en alleen daarbij / deelnemerId goes with role medewerker only',
            {
              invalidParams: [
                { name: 'deelnemerId', code: 'x-role', reason: 'required for medewerker only' },
              ],
            },
          );
        await mustExist(ctx.q, hubId, 'deelnemer', b.deelnemerId, 'deelnemerId');
        const { id, apiKey } = await createApiKey(ctx.q, {
          hubId,
          orgId: b.organisatieId,
          role: b.rol,
          participantId: b.deelnemerId ?? null,
          label: b.omschrijving,
          expiresAt: b.verlooptOp ?? null,
        });
        ctx.audit({ objectId: id });
        return {
          status: 201,
          headers: { location: `/api/v1/api-sleutels/${id}` },
          body: { ...(await keyOf(ctx.q, hubId, id)), apiSleutel: apiKey },
        };
      },
    },
    {
      method: 'POST',
      path: '/api-sleutels/{id}/_verloop',
      operationId: 'expireApiSleutel',
      conflict: REVOKED,
      summary: 'Vervaldatum zetten (zonder tijdstip: nu) / Set the expiry (without a time: now)',
      tag: TAG,
      roles: ROLES_ADMIN,
      audit: { action: 'change', objectType: 'apiSleutel' },
      body: {
        required: false,
        schema: {
          type: 'object',
          additionalProperties: false,
          properties: { verlooptOp: { ...DATE_TIME, description: 'Verloopt op / Expires at' } },
        },
      },
      success: { status: 200, description: 'De sleutel / The key', schema: keySchema },
      async handler(ctx) {
        const hubId = ctx.principal.hubId;
        const at = (ctx.body as { verlooptOp?: string } | undefined)?.verlooptOp ?? null;
        const existing = await keyOf(ctx.q, hubId, ctx.params.id!);
        if (existing.status === 'ingetrokken')
          throw problem(409, `api-sleutel ${ctx.params.id} is al ingetrokken / already revoked`);
        await ctx.q.query(
          'UPDATE api_keys SET expires_at = coalesce($3::timestamptz, now()) WHERE hub_id = $1 AND id = $2',
          [hubId, ctx.params.id, at],
        );
        return { body: await keyOf(ctx.q, hubId, ctx.params.id!) };
      },
    },
    {
      method: 'POST',
      path: '/api-sleutels/{id}/_intrekken',
      operationId: 'revokeApiSleutel',
      conflict: REVOKED,
      summary:
        'Sleutel intrekken; een draaiende server weigert hem binnen 10 s / Revoke; refused within 10 s',
      tag: TAG,
      roles: ROLES_ADMIN,
      audit: { action: 'change', objectType: 'apiSleutel' },
      success: { status: 200, description: 'De sleutel / The key', schema: keySchema },
      async handler(ctx) {
        const hubId = ctx.principal.hubId;
        const existing = await keyOf(ctx.q, hubId, ctx.params.id!);
        if (existing.status === 'ingetrokken')
          throw problem(409, `api-sleutel ${ctx.params.id} is al ingetrokken / already revoked`);
        await ctx.q.query(
          'UPDATE api_keys SET revoked_at = now() WHERE hub_id = $1 AND id = $2 AND revoked_at IS NULL',
          [hubId, ctx.params.id],
        );
        return { body: await keyOf(ctx.q, hubId, ctx.params.id!) };
      },
    },
  ];
}
