// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /facturen: monthly invoices made from performed visits × tariff (`_genereer`, once per
 * subscription and month), read by the hub and the care organisation billed.
 */
import type { Abonnement } from '@zorghub/schemas';
import { fieldCodes } from '../standard.js';
import type { RouteDef } from '../types.js';
import { crudRoutes, type EntityConfig } from './crud.js';
import { hoursBetween, periodBounds } from './periods.js';
import { assertValid } from './record-validity.js';
import { str } from './store.js';

const invoiceConfig: EntityConfig = {
  entity: 'factuur',
  path: 'facturen',
  tag: 'Facturen',
  titleNl: 'Facturen',
  read: { beheerder: 'hub', planner: 'hub', zorgorganisatie: 'careOrg', particulier: 'household' },
  write: { beheerder: 'hub' },
  operations: { create: false, replace: true, remove: false },
  references: [
    { field: 'aanbiederId', entity: 'organisatie' },
    { field: 'afnemerOrganisatieId', entity: 'organisatie' },
    { field: 'abonnementId', entity: 'abonnement' },
  ],
  filters: [
    {
      name: 'abonnementId',
      column: 'parent_id',
      description: 'Alleen voor dit abonnement / Only for this subscription',
    },
  ],
  columns: async (_q, _hub, d) => ({
    careOrgId: str(d.afnemerOrganisatieId),
    clientId: null,
    participantId: null,
    parentId: str(d.abonnementId),
    householdId: str(d.huishoudenId),
  }),
};

function invoiceRun(): RouteDef {
  return {
    method: 'POST',
    path: '/facturen/_genereer',
    operationId: 'generateFacturen',
    summary:
      'Maandfacturen maken uit uitgevoerde bezoeken × tarief (tweemaal draaien maakt niets nieuws) / Generate monthly invoices (idempotent)',
    tag: 'Facturen',
    roles: ['beheerder'],
    body: {
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['maand'],
        properties: {
          maand: {
            type: 'string',
            pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
            description: 'Maand, JJJJ-MM / Month, YYYY-MM',
          },
        },
      },
    },
    success: {
      status: 200,
      description:
        'Niets nieuws: alleen al bestaande facturen / Nothing new: existing invoices only',
      other: {
        status: 201,
        description:
          'Nieuwe facturen gemaakt (en al bestaande) / New invoices made (and existing ones)',
      },
      schema: {
        type: 'object',
        properties: {
          aangemaakt: {
            type: 'array',
            items: { type: 'string' },
            description: 'Nieuwe factuur-ids / New invoice ids',
          },
          bestaand: {
            type: 'array',
            items: { type: 'string' },
            description: 'Al eerder gemaakt / Made before',
          },
        },
      },
    },
    async handler(ctx) {
      const { maand } = ctx.body as { maand: string };
      const hub = ctx.principal.hubId;
      const [from, to] = periodBounds('maand', `${maand}-01`);
      await ctx.q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`invoice|${hub}`]);
      // A care organisation's subscriptions, and a private household's (issue 17).
      const subs = await ctx.q.query<{ id: string; data: Record<string, unknown> }>(
        `SELECT id, data FROM records WHERE hub_id = $1 AND entity = 'abonnement'
           AND (care_org_id IS NOT NULL OR household_id IS NOT NULL) ORDER BY id`,
        [hub],
      );
      const created: string[] = [];
      const existing: string[] = [];
      const statuses = fieldCodes('factuur', 'status');
      const status =
        statuses.includes('concept') || statuses.length === 0 ? 'concept' : statuses[0]!;
      for (const sub of subs.rows) {
        // Stored records passed the standard's validator on write.
        const s = sub.data as Partial<Abonnement>;
        if (
          (typeof s.startDatum === 'string' && s.startDatum > to) ||
          (typeof s.eindDatum === 'string' && s.eindDatum < from)
        )
          continue;
        const done = await ctx.q.query<{ data: Record<string, unknown> }>(
          `SELECT data FROM records WHERE hub_id = $1 AND entity = 'bezoek' AND parent_id = $2
             AND data->>'status' = 'uitgevoerd' AND substring(data->>'geplandStartOp', 1, 10) BETWEEN $3 AND $4 ORDER BY id`,
          [hub, sub.id, from, to],
        );
        if (done.rows.length === 0 && s.tariefeenheid !== 'periode') continue;
        const seen = await ctx.q.query<{ invoice_id: string }>(
          'SELECT invoice_id FROM invoice_runs WHERE hub_id = $1 AND care_org_id = $2 AND period = $3',
          [hub, sub.id, maand],
        );
        if (seen.rows[0]) {
          existing.push(seen.rows[0].invoice_id);
          continue;
        }
        const tariff = Number(s.tariefInCenten);
        let quantity: number;
        if (s.tariefeenheid === 'uur') {
          const hours = done.rows.reduce(
            (sum, r) =>
              sum +
              hoursBetween(
                r.data.werkelijkStartOp ?? r.data.geplandStartOp,
                r.data.werkelijkEindOp ?? r.data.geplandEindOp,
              ),
            0,
          );
          quantity = Math.round(hours * 100) / 100;
        } else if (s.tariefeenheid === 'dienst') quantity = done.rows.length;
        else quantity = 1;
        const amount = Math.round(quantity * tariff);
        const id = `FA-${maand}-${sub.id}`.slice(0, 64);
        const next = new Date(Date.UTC(Number(maand.slice(0, 4)), Number(maand.slice(5, 7)), 1));
        const due = new Date(next.getTime() + 30 * 86400000);
        const invoice: Record<string, unknown> = {
          id,
          factuurnummer: `${maand}-${sub.id}`.slice(0, 64),
          aanbiederId: s.aanbiederId,
          ...(s.afnemerOrganisatieId
            ? { afnemerOrganisatieId: s.afnemerOrganisatieId }
            : { huishoudenId: s.huishoudenId }),
          abonnementId: sub.id,
          factuurDatum: next.toISOString().slice(0, 10),
          vervalDatum: due.toISOString().slice(0, 10),
          periodeStartDatum: from,
          periodeEindDatum: to,
          status,
          regels: [
            {
              omschrijving: `${String(s.abonnementsvorm)} ${maand}: ${done.rows.length} bezoeken / visits`,
              aantal: quantity,
              eenheid: s.tariefeenheid,
              prijsPerEenheidInCenten: tariff,
              bedragExclBtwInCenten: amount,
              btwPercentage: 0,
            },
          ],
          totaalExclBtwInCenten: amount,
          btwBedragInCenten: 0,
          totaalInclBtwInCenten: amount,
        };
        assertValid('factuur', invoice);
        await ctx.q.query(
          `INSERT INTO records (hub_id, entity, id, care_org_id, parent_id, household_id, data) VALUES ($1, 'factuur', $2, $3, $4, $5, $6)`,
          [
            hub,
            id,
            s.afnemerOrganisatieId ?? null,
            sub.id,
            s.huishoudenId ?? null,
            JSON.stringify(invoice),
          ],
        );
        await ctx.q.query(
          'INSERT INTO invoice_runs (hub_id, care_org_id, period, invoice_id) VALUES ($1,$2,$3,$4)',
          [hub, sub.id, maand, id],
        );
        created.push(id);
      }
      return {
        status: created.length > 0 ? 201 : 200,
        body: { aangemaakt: created, bestaand: existing },
      };
    },
  };
}

export function invoiceRoutes(): RouteDef[] {
  return [...crudRoutes(invoiceConfig), invoiceRun()];
}
