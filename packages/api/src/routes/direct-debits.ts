// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * GET /incassobestanden/{maand}: the SEPA direct-debit file (pain.008.001.02) of a month for the
 * hub's bank: one transaction per sent household invoice dated in that month whose household pays
 * by direct debit and has an active mandate. The file holds names and IBANs, so every download is
 * access-logged (an export), and it is answered `no-store`.
 */
import type { BetaalwijzeCode, FactuurstatusCode, MachtigingstatusCode } from '@zorghub/schemas';
import { type Collection, DEMO_CREDITOR, pain008 } from '../households/pain008.js';
import { problem } from '../problem.js';
import type { RouteDef } from '../types.js';

const SENT: FactuurstatusCode = 'verzonden';
const DIRECT_DEBIT: BetaalwijzeCode = 'incasso';
const MANDATE_ACTIVE: MachtigingstatusCode = 'actief';

export function directDebitRoute(): RouteDef {
  return {
    method: 'GET',
    path: '/incassobestanden/{maand}',
    operationId: 'getIncassobestand',
    summary:
      'SEPA-incassobestand (pain.008.001.02) van een maand / SEPA direct-debit file (pain.008.001.02) of a month',
    description:
      'Eén transactie per verzonden factuur van een huishouden met incasso en een actieve machtiging, met factuurdatum in de maand (JJJJ-MM). FRST voor de eerste incasso van een machtiging, daarna RCUR. / One transaction per sent household invoice dated in the month, paid by direct debit under an active mandate; FRST for a mandate’s first collection, then RCUR.',
    tag: 'Huishoudens',
    roles: ['beheerder', 'planner'],
    audit: { action: 'export', objectType: 'export' },
    success: {
      status: 200,
      description: 'Het incassobestand / The direct-debit file',
      schema: { type: 'string' },
      contentType: 'application/xml',
    },
    async handler(ctx) {
      const month = ctx.params.maand!;
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
        throw problem(
          404,
          `Geen incassobestand ${month}: een maand is JJJJ-MM, bijvoorbeeld 2026-11 / No such file: a month is YYYY-MM, e.g. 2026-11`,
        );
      const hub = ctx.principal.hubId;
      const { rows } = await ctx.q.query<{
        invoice: Record<string, unknown>;
        mandate: Record<string, unknown>;
        client_id: string | null;
        earlier: boolean;
      }>(
        `SELECT f.data AS invoice, m.data AS mandate, h.client_id,
                EXISTS (SELECT 1 FROM records e WHERE e.hub_id = f.hub_id AND e.entity = 'factuur'
                          AND e.parent_id = f.parent_id AND e.data->>'factuurDatum' < f.data->>'factuurDatum'
                          AND e.data->>'status' <> 'concept') AS earlier
           FROM records f
           JOIN records h ON h.hub_id = f.hub_id AND h.entity = 'huishouden' AND h.id = f.household_id
           JOIN records m ON m.hub_id = f.hub_id AND m.entity = 'machtiging' AND m.household_id = f.household_id
                         AND m.data->>'status' = $4
                         AND (m.parent_id IS NULL OR m.parent_id = f.parent_id)
          WHERE f.hub_id = $1 AND f.entity = 'factuur' AND f.household_id IS NOT NULL
            AND f.data->>'status' = $2 AND h.data->>'betaalwijze' = $3
            AND substring(f.data->>'factuurDatum', 1, 7) = $5
          ORDER BY f.id`,
        [hub, SENT, DIRECT_DEBIT, MANDATE_ACTIVE, month],
      );
      const seen = new Set<string>();
      const collections: Collection[] = [];
      for (const r of rows) {
        const id = String(r.invoice.id);
        // An invoice of nothing (or a credit) is not collected: SEPA has no zero collection.
        if (seen.has(id) || !(Number(r.invoice.totaalInclBtwInCenten) > 0)) continue;
        seen.add(id);
        collections.push({
          endToEndId: id,
          amountCents: Number(r.invoice.totaalInclBtwInCenten),
          mandateId: String(r.mandate.id),
          mandateSignedOn: String(r.mandate.ondertekendOp).slice(0, 10),
          sequence: r.earlier ? 'RCUR' : 'FRST',
          debtorName: String(r.mandate.rekeninghouder),
          debtorIban: String(r.mandate.iban),
          ...(typeof r.mandate.bic === 'string' ? { debtorBic: r.mandate.bic } : {}),
          remittance: `Factuur ${String(r.invoice.factuurnummer)}`,
          collectOn: String(r.invoice.vervalDatum ?? r.invoice.factuurDatum),
        });
      }
      ctx.audit({
        objectId: null,
        clientIds: rows.map((r) => r.client_id).filter((c): c is string => c !== null),
      });
      if (collections.length === 0)
        throw problem(
          404,
          `Geen incassobestand voor ${month}: er is geen verzonden factuur van een huishouden met incasso en een actieve machtiging in die maand, en een bank neemt geen leeg bestand aan / No direct-debit file for ${month}: no sent household invoice paid by direct debit under an active mandate is dated in that month, and a bank does not accept an empty file`,
        );
      const region = ctx.req.server.zorghub.region;
      const creditor = region?.directDebit
        ? { ...region.directDebit, name: region.directDebit.name ?? region.hub.name }
        : DEMO_CREDITOR;
      const xml = pain008(
        `ZH-${month}-${Date.now().toString(36)}`,
        new Date(),
        creditor,
        collections,
      );
      return {
        contentType: 'application/xml',
        headers: {
          'cache-control': 'no-store',
          'content-disposition': `attachment; filename="incasso-${month}.xml"`,
        },
        body: xml,
      };
    },
  };
}
