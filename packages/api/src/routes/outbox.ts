// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /uitgaande-berichten: the outbox of messages to households (households/outbox.ts), newest first,
 * for the hub's administrator. Nothing is sent by the API; a mail service plugs in as a
 * `MailSender` that empties the outbox.
 */
import type { RouteDef } from '../types.js';

const messageSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'soort', 'aan', 'taal', 'onderwerp', 'tekst', 'aangemaaktOp'],
  properties: {
    id: { type: 'string', description: 'Id' },
    soort: {
      type: 'string',
      description:
        'aanmeldbevestiging, inloglink, toestemmingIngetrokken of machtigingIngetrokken / confirmation, sign-in link, consent withdrawn or mandate revoked',
    },
    aan: {
      type: 'string',
      description: 'E-mailadres (persoonsgegeven) / E-mail address (personal)',
    },
    taal: { type: 'string', description: 'Taal / Language' },
    onderwerp: { type: 'string', description: 'Onderwerp / Subject' },
    tekst: { type: 'string', description: 'Tekst / Body' },
    aangemaaktOp: {
      type: 'string',
      format: 'date-time',
      description: 'Aangemaakt op / Created at',
    },
    verzondenOp: {
      type: ['string', 'null'],
      format: 'date-time',
      description: 'Verzonden op (leeg: nog niet) / Sent at (empty: not yet)',
    },
  },
};

export function outboxRoute(): RouteDef {
  return {
    method: 'GET',
    path: '/uitgaande-berichten',
    operationId: 'listUitgaandeBerichten',
    summary:
      'Uitgaande berichten aan huishoudens (niet verzonden) / Outgoing messages to households (not sent)',
    tag: 'Huishoudens',
    roles: ['beheerder'],
    query: [
      {
        name: 'pageSize',
        schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
        description: 'Aantal berichten, nieuwste eerst / Number of messages, newest first',
      },
    ],
    success: {
      status: 200,
      description: 'De nieuwste berichten / The newest messages',
      schema: {
        type: 'object',
        required: ['resultaten'],
        properties: {
          resultaten: { type: 'array', items: messageSchema, description: 'Berichten / Messages' },
        },
      },
    },
    async handler(ctx) {
      const size = Number(ctx.query.pageSize ?? 20);
      const { rows } = await ctx.q.query<Record<string, string | null>>(
        `SELECT id, kind AS soort, to_address AS aan, language AS taal, subject AS onderwerp, body AS tekst,
                to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "aangemaaktOp",
                to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "verzondenOp"
           FROM uitgaande_berichten WHERE hub_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
        [ctx.principal.hubId, size],
      );
      return { headers: { 'cache-control': 'no-store' }, body: { resultaten: rows } };
    },
  };
}
