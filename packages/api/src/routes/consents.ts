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
import { consentWithdrawnText, endSubscriptions } from '../households/withdrawal.js';
import type { RouteDef } from '../types.js';
import { crudRoutes, type EntityConfig } from './crud.js';
import { columnsOf, str } from './store.js';
import { withdrawalRoute } from './withdrawal-route.js';

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
    withdrawalRoute({
      config: consentConfig,
      path: '/toestemmingen/{id}/_intrekken',
      operationId: 'withdrawToestemming',
      summary:
        'Toestemming intrekken (AVG art. 7 lid 3); bij de dienstverlening wordt het abonnement opgezegd / Withdraw a consent; for the service itself the subscription is ended at its notice period',
      answer: 'De ingetrokken toestemming / The withdrawn consent',
      alreadyWithdrawn: (row) =>
        row.data.ingetrokkenOp
          ? `Toestemming ${row.id} is al ingetrokken op ${String(row.data.ingetrokkenOp)} / was already withdrawn`
          : undefined,
      withdraw: (row, at) => ({ ...row.data, ingetrokkenOp: at }),
      async after(ctx, row, data, household, at) {
        const hub = ctx.principal.hubId;
        const ended =
          row.data.onderwerp === SERVICE && row.household_id
            ? await endSubscriptions(ctx.q, hub, row.household_id, at)
            : [];
        if (!household) return;
        const subject =
          toestemmingsonderwerpLabels[row.data.onderwerp as ToestemmingsonderwerpCode];
        const text = consentWithdrawnText(household.language, {
          subject: subject?.[household.language] ?? String(row.data.onderwerp),
          at: String(data.ingetrokkenOp),
          ended,
        });
        await writeMessage(ctx.q, hub, {
          kind: 'toestemmingIngetrokken',
          to: household.email,
          language: household.language,
          ...text,
        });
      },
    }),
  ];
}
