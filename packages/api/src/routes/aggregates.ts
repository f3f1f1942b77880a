// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /uitkomst-aggregaties: outcomes for funders as counts only, small cells suppressed. */
import type { RouteDef } from '../types.js';

export const SUPPRESS_BELOW = 5;

export function aggregateRoute(): RouteDef {
  const cell = {
    type: 'object',
    properties: {
      waarde: { type: 'string', description: 'Categorie / Category' },
      aantalDeelnemers: {
        type: ['integer', 'null'],
        description: 'Aantal; null als onderdrukt / Count; null when suppressed',
      },
      onderdrukt: {
        type: 'boolean',
        description: `Minder dan ${SUPPRESS_BELOW} personen / Fewer than ${SUPPRESS_BELOW} people`,
      },
    },
  };
  return {
    method: 'GET',
    path: '/uitkomst-aggregaties',
    operationId: 'getUitkomstAggregaties',
    summary: `Geaggregeerde uitkomsten voor financiers; cellen onder ${SUPPRESS_BELOW} personen onderdrukt / Aggregated outcomes, small cells suppressed`,
    tag: 'Uitkomsten',
    roles: ['financier', 'beheerder'],
    query: [
      {
        name: 'vanafDatum',
        schema: { type: 'string', format: 'date' },
        description: 'Periodes die op of na deze datum eindigen / Periods ending on or after',
      },
      {
        name: 'totDatum',
        schema: { type: 'string', format: 'date' },
        description: 'Periodes die op of voor deze datum beginnen / Periods starting on or before',
      },
    ],
    success: {
      status: 200,
      description: 'Aggregaten / Aggregates',
      schema: {
        type: 'object',
        properties: {
          aantalDeelnemers: { type: ['integer', 'null'], description: 'Totaal / Total' },
          arbeidssituatie: { type: 'array', items: cell, description: 'Per arbeidssituatie' },
          uitkeringsstatus: { type: 'array', items: cell, description: 'Per uitkeringsstatus' },
          uitgestroomd: { type: 'array', items: cell, description: 'Uitgestroomd ja/nee' },
        },
      },
    },
    async handler(ctx) {
      const params: unknown[] = [ctx.principal.hubId];
      let where = "hub_id = $1 AND entity = 'uitkomst'";
      if (typeof ctx.query.vanafDatum === 'string') {
        params.push(ctx.query.vanafDatum);
        where += ` AND data->>'periodeEindDatum' >= $${params.length}`;
      }
      if (typeof ctx.query.totDatum === 'string') {
        params.push(ctx.query.totDatum);
        where += ` AND data->>'periodeStartDatum' <= $${params.length}`;
      }
      const suppress = (rows: Array<{ waarde: string | null; n: number }>) =>
        rows.map((r) => {
          const n = Number(r.n);
          return n < SUPPRESS_BELOW
            ? { waarde: String(r.waarde ?? 'onbekend'), aantalDeelnemers: null, onderdrukt: true }
            : { waarde: String(r.waarde ?? 'onbekend'), aantalDeelnemers: n, onderdrukt: false };
        });
      const by = async (expr: string) =>
        suppress(
          (
            await ctx.q.query<{ waarde: string | null; n: number }>(
              `SELECT ${expr} AS waarde, count(DISTINCT participant_id)::int AS n FROM records WHERE ${where} GROUP BY 1 ORDER BY 1`,
              params,
            )
          ).rows,
        );
      const total = await ctx.q.query<{ n: number }>(
        `SELECT count(DISTINCT participant_id)::int AS n FROM records WHERE ${where}`,
        params,
      );
      const n = Number(total.rows[0]?.n ?? 0);
      return {
        body: {
          aantalDeelnemers: n < SUPPRESS_BELOW ? null : n,
          arbeidssituatie: await by("data->>'arbeidssituatie'"),
          uitkeringsstatus: await by("data->>'uitkeringsstatus'"),
          uitgestroomd: await by("coalesce(data->>'uitgestroomd', 'false')"),
        },
      };
    },
  };
}
