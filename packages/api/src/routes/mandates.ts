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
import { householdContact, mandateRevokedText } from '../households/withdrawal.js';
import { checkIfMatch, etagOf } from '../plugins/etag.js';
import { problem } from '../problem.js';
import { componentName } from '../standard.js';
import type { RouteDef } from '../types.js';
import { actionRoute, crudRoutes, type EntityConfig } from './crud.js';
import { assertValid } from './record-validity.js';
import { columnsOf, getRow, rowCols, scopeOf, str, updateRow } from './store.js';
import { visibleRow } from './visible.js';

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
    actionRoute({
      path: '/machtigingen/{id}/_intrekken',
      operationId: 'revokeMachtiging',
      summary:
        'Machtiging intrekken: er wordt niet meer mee geïncasseerd / Revoke a mandate: nothing more is collected under it',
      tag: 'Huishoudens',
      roles: ['beheerder', 'planner', 'particulier'],
      audit: { action: 'change', objectType: 'huishouden' },
      body: {
        schema: { type: 'object', additionalProperties: false, properties: {} },
        required: false,
      },
      success: {
        status: 200,
        description: 'De ingetrokken machtiging / The revoked mandate',
        schema: { $ref: `#/components/schemas/${componentName('machtiging')}` },
      },
      async handler(ctx) {
        const hub = ctx.principal.hubId;
        const scope = scopeOf(mandateConfig.read, ctx.principal);
        const row = await visibleRow(
          ctx.q,
          ctx.principal,
          mandateConfig,
          scope,
          ctx.params.id!,
          true,
        );
        const household = row.household_id
          ? await householdContact(ctx.q, hub, row.household_id)
          : undefined;
        ctx.audit({ objectId: row.id, clientId: household?.clientId ?? null });
        checkIfMatch(ctx.req.headers['if-match'], row.version);
        if (row.data.status !== ACTIVE)
          throw problem(409, `Machtiging ${row.id} is al ingetrokken / was already revoked`, {
            code: 'alIngetrokken',
          });
        const at = new Date().toISOString();
        const data = { ...row.data, status: REVOKED, ingetrokkenOp: at };
        assertValid('machtiging', data);
        const version = await updateRow(ctx.q, hub, 'machtiging', row.id, data, rowCols(row));
        if (household) {
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
        }
        return { headers: { etag: etagOf(version) }, body: data };
      },
    }),
  ];
}
