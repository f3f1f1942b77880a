// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /uitkomst-aggregaties: outcomes for funders as counts only. Cells under {@link SUPPRESS_BELOW}
 * people are suppressed, and then as many more (the next smallest of the breakdown, the total
 * only when nothing else is left) as it takes for no suppressed count to follow from the total
 * and the other cells (secondary suppression, suppression.ts). The three breakdowns share the
 * total: when one of them needs it suppressed, everything is.
 */
import { suppressLine } from '../suppression.js';
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
        description: `Onderdrukt: minder dan ${SUPPRESS_BELOW} personen, of nodig opdat geen onderdrukte cel uit het totaal en de andere cellen volgt / Suppressed: fewer than ${SUPPRESS_BELOW} people, or needed so that no suppressed cell follows from the total and the other cells`,
      },
    },
  };
  return {
    method: 'GET',
    path: '/uitkomst-aggregaties',
    operationId: 'getUitkomstAggregaties',
    summary: `Geaggregeerde uitkomsten voor financiers; cellen onder ${SUPPRESS_BELOW} personen onderdrukt / Aggregated outcomes, small cells suppressed`,
    description: `Aantallen deelnemers per categorie. Cellen onder ${SUPPRESS_BELOW} personen zijn onderdrukt (null, onderdrukt: true), en daarna zo veel andere (de kleinste van dezelfde verdeling, het totaal alleen als niets anders overblijft) dat geen onderdrukte waarde uit het totaal, de andere cellen of de andere verdelingen volgt (secundaire onderdrukking). Verschillen tussen twee vragen met een andere periode zijn niet afgeschermd: vraag vaste periodes op. / Participant counts per category. Cells under ${SUPPRESS_BELOW} people are suppressed, then as many others (the smallest of the same breakdown, the total only when nothing else is left) that no suppressed value follows from the total, the other cells or the other breakdowns (secondary suppression). Differences between two requests for different periods are not protected: request fixed periods.`,
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
      const by = async (expr: string) =>
        (
          await ctx.q.query<{ waarde: string | null; n: number }>(
            `SELECT ${expr} AS waarde, count(DISTINCT participant_id)::int AS n FROM records WHERE ${where} GROUP BY 1 ORDER BY 1`,
            params,
          )
        ).rows.map((r) => ({ waarde: String(r.waarde ?? 'onbekend'), n: Number(r.n) }));
      const total = await ctx.q.query<{ n: number }>(
        `SELECT count(DISTINCT participant_id)::int AS n FROM records WHERE ${where}`,
        params,
      );
      const n = Number(total.rows[0]?.n ?? 0);
      const tables = {
        arbeidssituatie: await by("data->>'arbeidssituatie'"),
        uitkeringsstatus: await by("data->>'uitkeringsstatus'"),
        uitgestroomd: await by("coalesce(data->>'uitgestroomd', 'false')"),
      };
      const patterns = Object.values(tables).map((cells) =>
        suppressLine(
          cells.map((c) => c.n),
          cells.map((c) => c.n < SUPPRESS_BELOW),
          { primaryTotal: n < SUPPRESS_BELOW },
        ),
      );
      const totalHidden = n < SUPPRESS_BELOW || patterns.some((p) => p.total);
      const show = (cells: Array<{ waarde: string; n: number }>, hidden: boolean[]) =>
        cells.map((c, i) =>
          totalHidden || hidden[i]
            ? { waarde: c.waarde, aantalDeelnemers: null, onderdrukt: true }
            : { waarde: c.waarde, aantalDeelnemers: c.n, onderdrukt: false },
        );
      return {
        body: {
          aantalDeelnemers: totalHidden ? null : n,
          ...Object.fromEntries(
            Object.entries(tables).map(([k, cells], i) => [k, show(cells, patterns[i]!.cells)]),
          ),
        },
      };
    },
  };
}
