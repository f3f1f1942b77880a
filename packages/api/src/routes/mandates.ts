// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /machtigingen: a household's SEPA mandates (IBAN and account holder are personal: read by the
 * household itself and the hub's planner and administrator, every read access-logged);
 * `POST /machtigingen/{id}/_intrekken` revokes one. The record stays as evidence with status
 * ingetrokken and `ingetrokkenOp`; the next direct-debit file (GET /incassobestanden/{maand}) takes
 * active mandates only, so the household's lines stop there. With no active mandate left the
 * household pays by invoice from then on (its `betaalwijze` becomes factuur), and a confirmation
 * goes to the outbox.
 */
import {
  type BetaalwijzeCode,
  type MachtigingstatusCode,
  machtigingstatusCodes,
} from '@zorghub/schemas';
import { writeMessage } from '../households/outbox.js';
import { mandateRevokedText } from '../households/withdrawal.js';
import type { RouteDef } from '../types.js';
import { crudRoutes, type EntityConfig } from './crud.js';
import { assertValid } from './record-validity.js';
import { columnsOf, getRow, rowCols, str, updateRow } from './store.js';
import { withdrawalRoute } from './withdrawal-route.js';

const [ACTIVE, REVOKED] = machtigingstatusCodes as readonly MachtigingstatusCode[];
const BY_INVOICE: BetaalwijzeCode = 'factuur';

export const mandateConfig: EntityConfig = {
  entity: 'machtiging',
  path: 'machtigingen',
  tag: 'Huishoudens',
  titleNl: 'Machtigingen',
  read: { beheerder: 'hub', planner: 'hub', particulier: 'household' },
  write: {},
  audit: 'huishouden',
  // Mandates come in through POST /aanmeldingen and end through _intrekken only.
  operations: { create: false, replace: false, remove: false },
  filters: [
    {
      name: 'huishoudenId',
      column: 'household_id',
      description: 'Alleen van dit huishouden / Only of this household',
    },
  ],
  columns: async (_q, _hub, d) =>
    columnsOf({ householdId: str(d.huishoudenId), parentId: str(d.abonnementId) }),
};

export function mandateRoutes(): RouteDef[] {
  return [
    ...crudRoutes(mandateConfig),
    withdrawalRoute({
      config: mandateConfig,
      path: '/machtigingen/{id}/_intrekken',
      operationId: 'revokeMachtiging',
      summary:
        'Machtiging intrekken: er wordt niet meer mee geïncasseerd / Revoke a mandate: nothing more is collected under it',
      answer: 'De ingetrokken machtiging / The revoked mandate',
      alreadyWithdrawn: (row) =>
        row.data.status !== ACTIVE
          ? `Machtiging ${row.id} is al ingetrokken / was already revoked`
          : undefined,
      withdraw: (row, at) => ({ ...row.data, status: REVOKED, ingetrokkenOp: at }),
      async after(ctx, row, _data, household, revokedAt) {
        if (!household) return;
        const hub = ctx.principal.hubId;
        const at = revokedAt.toISOString();
        const { rows } = await ctx.q.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM records WHERE hub_id = $1 AND entity = 'machtiging' AND household_id = $2 AND data->>'status' = $3",
          [hub, household.id, ACTIVE],
        );
        const own = await getRow(ctx.q, hub, 'huishouden', household.id, true);
        if (own && rows[0]!.n === 0 && own.data.betaalwijze !== BY_INVOICE) {
          const next = { ...own.data, betaalwijze: BY_INVOICE };
          assertValid('huishouden', next);
          await updateRow(ctx.q, hub, 'huishouden', own.id, next, rowCols(own));
        }
        await writeMessage(ctx.q, hub, {
          kind: 'machtigingIngetrokken',
          to: household.email,
          language: household.language,
          ...mandateRevokedText(household.language, { mandateId: row.id, at }),
        });
      },
    }),
  ];
}
