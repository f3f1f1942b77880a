// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /clienten: clients (pseudonymous), each under a care organisation's subscription; every access is logged. */
import type { RouteDef } from '../types.js';
import { crudRoutes, type EntityConfig } from './crud.js';
import { mismatch } from './references.js';
import { columnsOf, mustExist, str } from './store.js';

export const clientConfig: EntityConfig = {
  entity: 'client',
  path: 'clienten',
  tag: 'Cliënten',
  titleNl: 'Cliënten',
  read: { beheerder: 'hub', planner: 'hub', zorgorganisatie: 'careOrg' },
  write: { beheerder: 'hub', planner: 'hub', zorgorganisatie: 'careOrg' },
  audit: 'client',
  filters: [
    {
      name: 'abonnementId',
      column: 'parent_id',
      description: 'Alleen cliënten onder dit abonnement / Only clients under this subscription',
    },
  ],
  defaults(ctx, data) {
    if (ctx.principal.role === 'zorgorganisatie' && data.zorgorganisatieId === undefined)
      data.zorgorganisatieId = ctx.principal.orgId;
  },
  references: [
    { field: 'zorgorganisatieId', entity: 'organisatie' },
    { field: 'abonnementId', entity: 'abonnement' },
  ],
  async beforeWrite(ctx, data, existing, refs) {
    const sub = refs.abonnementId;
    if (sub && sub.care_org_id !== (data.zorgorganisatieId ?? null)) {
      throw mismatch(
        'abonnementId',
        `Abonnement ${sub.id} is niet van zorgorganisatie ${String(data.zorgorganisatieId ?? '(geen)')} / The subscription is not the care organisation's`,
      );
    }
    // A client that moves takes its history along: its visits and signals are scoped to the care
    // organisation responsible now (the previous one no longer reads them).
    const careOrg = str(data.zorgorganisatieId);
    if (existing && existing.care_org_id !== careOrg) {
      await ctx.q.query(
        `UPDATE records SET care_org_id = $3, updated_at = now()
          WHERE hub_id = $1 AND entity IN ('bezoek', 'signaal') AND client_id = $2`,
        [ctx.principal.hubId, existing.id, careOrg],
      );
    }
  },
  columns: async (q, hub, d) => {
    await mustExist(q, hub, 'organisatie', d.zorgorganisatieId, 'zorgorganisatieId');
    await mustExist(q, hub, 'abonnement', d.abonnementId, 'abonnementId');
    return columnsOf({
      careOrgId: str(d.zorgorganisatieId),
      clientId: str(d.id),
      parentId: str(d.abonnementId),
    });
  },
};

export function clientRoutes(): RouteDef[] {
  return crudRoutes(clientConfig);
}
