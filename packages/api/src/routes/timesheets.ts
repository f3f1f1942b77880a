// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /uren: a worker records their own hours; a job coach approves them (`_goedkeuring`), after which they are final. */
import { problem } from '../problem.js';
import { componentName } from '../standard.js';
import type { RouteDef } from '../types.js';
import { actionRoute, crudRoutes, type EntityConfig } from './crud.js';
import { str } from './store.js';
import { changeVisible } from './visible.js';

const nowIso = () => new Date().toISOString();

const timesheetConfig: EntityConfig = {
  entity: 'urenregistratie',
  path: 'uren',
  tag: 'Uren',
  titleNl: 'Urenregistraties',
  read: { beheerder: 'hub', jobcoach: 'hub', planner: 'hub', medewerker: 'participant' },
  write: { beheerder: 'hub', jobcoach: 'hub', medewerker: 'participant' },
  filters: [
    {
      name: 'deelnemerId',
      column: 'participant_id',
      description: 'Alleen van deze medewerker / Only this worker',
    },
  ],
  defaults(ctx, data) {
    if (ctx.principal.role === 'medewerker' && data.deelnemerId === undefined)
      data.deelnemerId = ctx.principal.participantId ?? undefined;
  },
  references: [
    { field: 'deelnemerId', entity: 'deelnemer' },
    { field: 'abonnementId', entity: 'abonnement' },
  ],
  replaceConflict: 'Een medewerker wijzigt goedgekeurde uren / A worker changes approved hours',
  async beforeWrite(ctx, data, existing) {
    if (ctx.principal.role === 'medewerker') {
      if (existing?.data.goedgekeurdOp)
        throw problem(
          409,
          'Goedgekeurde uren kunnen niet meer worden gewijzigd / Approved hours are final',
        );
      if (data.goedgekeurdOp !== undefined)
        throw problem(403, 'Alleen een jobcoach keurt uren goed / Only a job coach approves hours');
    }
  },
  columns: async (_q, _hub, d) => ({
    careOrgId: null,
    clientId: null,
    participantId: str(d.deelnemerId),
    parentId: str(d.abonnementId),
  }),
};

export function timesheetRoutes(): RouteDef[] {
  return [
    ...crudRoutes(timesheetConfig),
    actionRoute({
      path: '/uren/{id}/_goedkeuring',
      operationId: 'approveUrenregistratie',
      summary: 'Uren goedkeuren / Approve a timesheet entry',
      tag: 'Uren',
      roles: ['beheerder', 'jobcoach'],
      success: {
        status: 200,
        description: 'Goedgekeurd / Approved',
        schema: { $ref: `#/components/schemas/${componentName('urenregistratie')}` },
      },
      async handler(ctx) {
        return changeVisible(ctx, 'urenregistratie', 'hub', (row) => ({
          data: { ...row.data, goedgekeurdOp: row.data.goedgekeurdOp ?? nowIso() },
        }));
      },
    }),
  ];
}
