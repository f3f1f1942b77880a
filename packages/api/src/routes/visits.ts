// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /bezoeken: visits booked against a subscription's hours (see booking.ts), seen by the hub, the
 * client's care organisation and the worker who makes them; `_status` records the outcome.
 */
import { problem } from '../problem.js';
import { componentName, fieldCodes } from '../standard.js';
import type { RouteDef } from '../types.js';
import { checkBooking } from './booking.js';
import { actionRoute, crudRoutes, type EntityConfig } from './crud.js';
import { assertValid } from './record-validity.js';
import { mismatch } from './references.js';
import { clientCareOrg, scopeOf, str, subscriptionHousehold } from './store.js';
import { changeVisible } from './visible.js';
import { visitCancelRoute } from './visit-cancel.js';

export const visitConfig: EntityConfig = {
  entity: 'bezoek',
  path: 'bezoeken',
  tag: 'Bezoeken',
  titleNl: 'Bezoeken',
  read: {
    beheerder: 'hub',
    planner: 'hub',
    jobcoach: 'hub',
    zorgorganisatie: 'careOrg',
    medewerker: 'participant',
    particulier: 'household',
  },
  write: { beheerder: 'hub', planner: 'hub', zorgorganisatie: 'careOrg' },
  // A visit tells when a client is at home: every read is logged.
  audit: 'bezoek',
  replaceConflict:
    'Overboeking: het abonnement heeft die uren niet meer in de periode (`code: overboeking`) / Overbooked',
  filters: [
    {
      name: 'clientId',
      column: 'client_id',
      description: 'Alleen bij deze cliënt / Only for this client',
    },
    {
      name: 'deelnemerId',
      column: 'participant_id',
      description: 'Alleen van deze medewerker / Only by this worker',
    },
    {
      name: 'abonnementId',
      column: 'parent_id',
      description: 'Alleen onder dit abonnement / Only under this subscription',
    },
  ],
  fromFilters: [
    {
      name: 'vanaf',
      field: 'geplandStartOp',
      description:
        'Alleen bezoeken die op of na dit moment beginnen / Only visits starting at or after',
      until: {
        name: 'tot',
        description:
          'Alleen bezoeken die vóór dit moment beginnen (exclusief: een week is `vanaf` maandag 00:00 `tot` de maandag erna 00:00); moet na `vanaf` liggen / Only visits starting before this moment (exclusive: a week is `vanaf` Monday 00:00 `tot` the next Monday 00:00); must lie after `vanaf`',
      },
    },
  ],
  references: [
    { field: 'clientId', entity: 'client' },
    { field: 'deelnemerId', entity: 'deelnemer' },
    { field: 'dienstId', entity: 'dienst' },
    { field: 'abonnementId', entity: 'abonnement' },
  ],
  async beforeWrite(ctx, data, _existing, refs) {
    // The subscription billed for the visit is the client's care organisation's.
    const sub = refs.abonnementId;
    if (sub && refs.clientId && sub.care_org_id !== refs.clientId.care_org_id) {
      throw mismatch(
        'abonnementId',
        `Abonnement ${sub.id} hoort niet bij de zorgorganisatie van cliënt ${refs.clientId.id} / The subscription is not the client's care organisation's`,
      );
    }
    await checkBooking(ctx.q, ctx.principal.hubId, data);
  },
  // The client and the subscription were just read for the reference check (same transaction):
  // their care organisation and household come from those rows, not from two more look-ups.
  columns: async (q, hub, d, refs) => {
    const client = refs?.clientId?.id === d.clientId ? refs?.clientId : undefined;
    const sub = refs?.abonnementId?.id === d.abonnementId ? refs?.abonnementId : undefined;
    return {
      careOrgId: client ? client.care_org_id : await clientCareOrg(q, hub, d.clientId),
      clientId: str(d.clientId),
      participantId: str(d.deelnemerId),
      parentId: str(d.abonnementId),
      householdId: sub
        ? (sub.household_id ?? null)
        : await subscriptionHousehold(q, hub, d.abonnementId),
    };
  },
};

export function visitRoutes(): RouteDef[] {
  const statusCodes = fieldCodes('bezoek', 'status');
  return [
    ...crudRoutes(visitConfig),
    visitCancelRoute(),
    actionRoute({
      path: '/bezoeken/{id}/_status',
      operationId: 'setBezoekStatus',
      conflict: 'Het bezoek is al afgemeld / The visit was already recorded',
      summary:
        'Bezoek afmelden: uitgevoerd, geannuleerd of niet aangetroffen / Record a visit as done, cancelled or no-show',
      tag: 'Bezoeken',
      roles: ['beheerder', 'planner', 'medewerker'],
      audit: { action: 'change', objectType: 'bezoek' },
      body: {
        schema: {
          type: 'object',
          additionalProperties: false,
          required: ['status'],
          properties: {
            status: {
              type: 'string',
              enum: statusCodes.filter((c) => c !== 'gepland'),
              description: 'Nieuwe status / New status',
            },
            werkelijkStartOp: {
              type: 'string',
              format: 'date-time',
              description: 'Werkelijke start / Actual start',
            },
            werkelijkEindOp: {
              type: 'string',
              format: 'date-time',
              description: 'Werkelijk einde / Actual end',
            },
          },
        },
      },
      success: {
        status: 200,
        description: 'Het bijgewerkte bezoek / The updated visit',
        schema: { $ref: `#/components/schemas/${componentName('bezoek')}` },
      },
      async handler(ctx) {
        const scope = scopeOf(visitConfig.read, ctx.principal);
        return changeVisible(ctx, 'bezoek', scope, (row) => {
          if (row.data.status !== 'gepland') {
            throw problem(
              409,
              `Bezoek ${row.id} is al afgemeld (${String(row.data.status)}) / already recorded`,
            );
          }
          const data = { ...row.data, ...(ctx.body as Record<string, unknown>) };
          assertValid('bezoek', data);
          return { data };
        });
      },
    }),
  ];
}
