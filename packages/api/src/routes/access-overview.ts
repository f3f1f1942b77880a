// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /clienten/{id}/toegangsoverzicht: who read or changed a client's data (NEN 7513, for an inzageverzoek). */
import type { RouteDef } from '../types.js';
import { visibleRow } from './visible.js';

export function accessOverviewRoute(): RouteDef {
  return {
    method: 'GET',
    path: '/clienten/{id}/toegangsoverzicht',
    operationId: 'getClientToegangsoverzicht',
    summary:
      'Wie heeft de gegevens van deze cliënt ingezien of gewijzigd (NEN 7513) / Who accessed this client’s data',
    tag: 'Cliënten',
    roles: ['beheerder', 'zorgorganisatie'],
    audit: { action: 'read', objectType: 'client' },
    query: [
      {
        name: 'vanafDatum',
        schema: { type: 'string', format: 'date' },
        description: 'Vanaf (inclusief) / From (inclusive)',
      },
      {
        name: 'totDatum',
        schema: { type: 'string', format: 'date' },
        description: 'Tot en met / Up to and including',
      },
    ],
    success: {
      status: 200,
      description: 'Toegangen / Accesses',
      schema: {
        type: 'object',
        properties: {
          clientId: { type: 'string', description: 'Cliënt' },
          toegangen: {
            type: 'array',
            description: 'Toegangen, nieuwste eerst / Accesses, newest first',
            items: {
              type: 'object',
              properties: {
                tijdstipOp: { type: 'string', format: 'date-time', description: 'Tijdstip / Time' },
                gebruiker: {
                  type: 'string',
                  description: 'Gebruiker (sleutel of OIDC-subject) / User',
                },
                organisatieId: { type: 'string', description: 'Namens organisatie / On behalf of' },
                rol: { type: 'string', description: 'Rol / Role' },
                actie: { type: 'string', description: 'Actie / Action' },
                objectSoort: { type: 'string', description: 'Soort object / Object type' },
                objectId: { type: ['string', 'null'], description: 'Object' },
                resultaat: { type: 'string', description: 'Resultaat / Result' },
                doel: {
                  type: ['string', 'null'],
                  description: 'Doel (X-Doel of het doel van de rol) / Purpose',
                },
              },
            },
          },
        },
      },
    },
    async handler(ctx) {
      const scope = ctx.principal.role === 'zorgorganisatie' ? 'careOrg' : 'hub';
      const row = await visibleRow(
        ctx.q,
        ctx.principal,
        { entity: 'client' },
        scope,
        ctx.params.id!,
      );
      ctx.audit({ objectId: row.id, clientId: row.id });
      const params: unknown[] = [ctx.principal.hubId, row.id];
      // Entries about the client, and lists, searches and exports that returned it.
      let where = 'hub_id = $1 AND (client_id = $2 OR client_ids @> ARRAY[$2]::text[])';
      if (typeof ctx.query.vanafDatum === 'string') {
        params.push(`${ctx.query.vanafDatum}T00:00:00Z`);
        where += ` AND at >= $${params.length}::timestamptz`;
      }
      if (typeof ctx.query.totDatum === 'string') {
        params.push(`${ctx.query.totDatum}T00:00:00Z`);
        where += ` AND at < $${params.length}::timestamptz + interval '1 day'`;
      }
      const { rows } = await ctx.q.query<Record<string, string>>(
        `SELECT at, actor, on_behalf_of, actor_role, action, object_type, object_id, result, purpose FROM access_log WHERE ${where} ORDER BY seq DESC LIMIT 1000`,
        params,
      );
      return {
        body: {
          clientId: row.id,
          toegangen: rows.map((r) => ({
            tijdstipOp: r.at,
            gebruiker: r.actor,
            organisatieId: r.on_behalf_of,
            rol: r.actor_role,
            actie: r.action,
            objectSoort: r.object_type,
            objectId: r.object_id ?? null,
            resultaat: r.result,
            doel: r.purpose || null,
          })),
        },
      };
    },
  };
}
