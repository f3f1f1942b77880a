// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /signalen: what a worker notices at a client's home, routed to the client's own care
 * organisation, which acknowledges it (`_ontvangst`) and records the follow-up.
 */
import { problem } from '../problem.js';
import { componentName, fieldCodes } from '../standard.js';
import type { RouteDef } from '../types.js';
import { actionRoute, crudRoutes, type EntityConfig } from './crud.js';
import { assertValid } from './record-validity.js';
import { mismatch } from './references.js';
import { clientCareOrg, str } from './store.js';
import { changeVisible } from './visible.js';

const nowIso = () => new Date().toISOString();

export const signalConfig: EntityConfig = {
  entity: 'signaal',
  path: 'signalen',
  tag: 'Signalen',
  titleNl: 'Signalen',
  read: { beheerder: 'hub', planner: 'hub', zorgorganisatie: 'careOrg', medewerker: 'participant' },
  write: { beheerder: 'hub', planner: 'hub', medewerker: 'participant' },
  audit: 'signaal',
  operations: { create: true, replace: false, remove: false },
  serverSet: ['doorgezetNaarId', 'gemeldOp'],
  filters: [
    {
      name: 'clientId',
      column: 'client_id',
      description: 'Alleen over deze cliënt / Only about this client',
    },
  ],
  defaults(ctx, data) {
    const p = ctx.principal;
    if (p.role === 'medewerker' && data.deelnemerId === undefined)
      data.deelnemerId = p.participantId ?? undefined;
  },
  // A worker names only clients of their own visits, and only their own visits.
  references: [
    { field: 'clientId', entity: 'client' },
    { field: 'deelnemerId', entity: 'deelnemer' },
    { field: 'bezoekId', entity: 'bezoek' },
  ],
  async beforeWrite(ctx, data, _existing, refs) {
    const p = ctx.principal;
    if (refs.bezoekId && refs.bezoekId.client_id !== data.clientId) {
      throw mismatch(
        'bezoekId',
        `Bezoek ${refs.bezoekId.id} was niet bij cliënt ${String(data.clientId)} / The visit was not at this client`,
      );
    }
    if (p.role === 'medewerker') {
      if (data.deelnemerId !== p.participantId)
        throw problem(
          403,
          'Een medewerker meldt alleen eigen signalen / A worker raises only their own signals',
        );
    }
    for (const f of ['ontvangenOp', 'opvolging', 'opgevolgdOp']) {
      if (data[f] !== undefined) {
        throw problem(
          422,
          `${f} wordt door de zorgorganisatie ingevuld bij ontvangst / is set by the care organisation on acknowledgement`,
          {
            invalidParams: [{ name: f, code: 'readOnly', reason: 'set on acknowledgement' }],
          },
        );
      }
    }
    // Routed to the client's own care organisation, always.
    const careOrg = await clientCareOrg(ctx.q, p.hubId, data.clientId);
    if (!careOrg)
      throw problem(
        422,
        `Cliënt ${String(data.clientId)} heeft geen zorgorganisatie / has no care organisation`,
      );
    if (data.doorgezetNaarId !== undefined && data.doorgezetNaarId !== careOrg) {
      throw problem(
        422,
        `doorgezetNaarId moet de zorgorganisatie van de cliënt zijn (${careOrg}) / must be the client's care organisation`,
        {
          invalidParams: [
            { name: 'doorgezetNaarId', code: 'const', reason: `expected ${careOrg}` },
          ],
        },
      );
    }
    data.doorgezetNaarId = careOrg;
    if (data.gemeldOp === undefined) data.gemeldOp = nowIso();
  },
  columns: async (_q, _hub, d) => ({
    careOrgId: str(d.doorgezetNaarId),
    clientId: str(d.clientId),
    participantId: str(d.deelnemerId),
    parentId: str(d.bezoekId),
  }),
};

export function signalRoutes(): RouteDef[] {
  const followUps = fieldCodes('signaal', 'opvolging');
  return [
    ...crudRoutes(signalConfig),
    actionRoute({
      path: '/signalen/{id}/_ontvangst',
      operationId: 'acknowledgeSignaal',
      summary:
        'Signaal ontvangen en (optioneel) opvolging vastleggen / Acknowledge a signal and record the follow-up',
      tag: 'Signalen',
      roles: ['zorgorganisatie'],
      audit: { action: 'change', objectType: 'signaal' },
      body: {
        schema: {
          type: 'object',
          additionalProperties: false,
          properties: {
            opvolging: {
              type: 'string',
              ...(followUps.length ? { enum: followUps } : {}),
              description: 'Opvolging / Follow-up',
            },
          },
        },
        required: false,
      },
      success: {
        status: 200,
        description: 'Het bijgewerkte signaal / The updated signal',
        schema: { $ref: `#/components/schemas/${componentName('signaal')}` },
      },
      async handler(ctx) {
        return changeVisible(ctx, 'signaal', 'careOrg', (row) => {
          const body = (ctx.body ?? {}) as { opvolging?: string };
          const data: Record<string, unknown> = { ...row.data };
          data.ontvangenOp ??= nowIso();
          if (body.opvolging) {
            data.opvolging = body.opvolging;
            data.opgevolgdOp = nowIso();
          }
          assertValid('signaal', data);
          return { data };
        });
      },
    }),
  ];
}
