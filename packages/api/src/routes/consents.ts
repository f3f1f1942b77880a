// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /toestemmingen: a household's recorded consents, read by the household itself and by the hub's
 * planner and administrator; `POST /toestemmingen/{id}/_intrekken` withdraws one (AVG art. 7(3)):
 * the record stays with `ingetrokkenOp` filled in, a confirmation goes to the outbox, and the change
 * is access-logged under the household's client pseudonym. Withdrawing the consent to the service
 * itself ends the household's running subscriptions at the end of their notice period (as
 * `_opzeggen` does): without it the hub cannot plan visits, but what was agreed runs out as agreed.
 */
import {
  type ToestemmingsonderwerpCode,
  toestemmingsonderwerpCodes,
  toestemmingsonderwerpLabels,
} from '@zorghub/schemas';
import { writeMessage } from '../households/outbox.js';
import {
  consentWithdrawnText,
  endSubscriptions,
  householdContact,
} from '../households/withdrawal.js';
import { checkIfMatch, etagOf } from '../plugins/etag.js';
import { problem } from '../problem.js';
import { componentName } from '../standard.js';
import type { RouteDef } from '../types.js';
import { actionRoute, crudRoutes, type EntityConfig } from './crud.js';
import { assertValid } from './record-validity.js';
import { columnsOf, rowCols, scopeOf, str, updateRow } from './store.js';
import { visibleRow } from './visible.js';

const [SERVICE] = toestemmingsonderwerpCodes as readonly ToestemmingsonderwerpCode[];

export const consentConfig: EntityConfig = {
  entity: 'toestemming',
  path: 'toestemmingen',
  tag: 'Huishoudens',
  titleNl: 'Toestemmingen',
  read: { beheerder: 'hub', planner: 'hub', particulier: 'household' },
  write: {},
  audit: 'huishouden',
  // Consents come in through POST /aanmeldingen and leave through _intrekken only.
  operations: { create: false, replace: false, remove: false },
  filters: [
    {
      name: 'huishoudenId',
      column: 'household_id',
      description: 'Alleen van dit huishouden / Only of this household',
    },
  ],
  columns: async (_q, _hub, d) => columnsOf({ householdId: str(d.huishoudenId) }),
};

export function consentRoutes(): RouteDef[] {
  return [
    ...crudRoutes(consentConfig),
    actionRoute({
      path: '/toestemmingen/{id}/_intrekken',
      operationId: 'withdrawToestemming',
      summary:
        'Toestemming intrekken (AVG art. 7 lid 3); bij de dienstverlening wordt het abonnement opgezegd / Withdraw a consent; for the service itself the subscription is ended at its notice period',
      tag: 'Huishoudens',
      roles: ['beheerder', 'planner', 'particulier'],
      audit: { action: 'change', objectType: 'huishouden' },
      body: {
        schema: { type: 'object', additionalProperties: false, properties: {} },
        required: false,
      },
      success: {
        status: 200,
        description: 'De ingetrokken toestemming / The withdrawn consent',
        schema: { $ref: `#/components/schemas/${componentName('toestemming')}` },
      },
      async handler(ctx) {
        const hub = ctx.principal.hubId;
        const scope = scopeOf(consentConfig.read, ctx.principal);
        const row = await visibleRow(
          ctx.q,
          ctx.principal,
          consentConfig,
          scope,
          ctx.params.id!,
          true,
        );
        const household = row.household_id
          ? await householdContact(ctx.q, hub, row.household_id)
          : undefined;
        ctx.audit({ objectId: row.id, clientId: household?.clientId ?? null });
        checkIfMatch(ctx.req.headers['if-match'], row.version);
        if (row.data.ingetrokkenOp)
          throw problem(
            409,
            `Toestemming ${row.id} is al ingetrokken op ${String(row.data.ingetrokkenOp)} / was already withdrawn`,
            { code: 'alIngetrokken' },
          );
        const now = new Date();
        const data = { ...row.data, ingetrokkenOp: now.toISOString() };
        assertValid('toestemming', data);
        const version = await updateRow(ctx.q, hub, 'toestemming', row.id, data, rowCols(row));
        const ended =
          row.data.onderwerp === SERVICE && row.household_id
            ? await endSubscriptions(ctx.q, hub, row.household_id, now)
            : [];
        if (household) {
          const subject =
            toestemmingsonderwerpLabels[row.data.onderwerp as ToestemmingsonderwerpCode];
          const text = consentWithdrawnText(household.language, {
            subject: subject?.[household.language] ?? String(row.data.onderwerp),
            at: data.ingetrokkenOp,
            ended,
          });
          await writeMessage(ctx.q, hub, {
            kind: 'toestemmingIngetrokken',
            to: household.email,
            language: household.language,
            ...text,
          });
        }
        return { headers: { etag: etagOf(version) }, body: data };
      },
    }),
  ];
}
