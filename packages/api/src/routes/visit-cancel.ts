// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * POST /bezoeken/{id}/_annuleren: cancelling a planned visit with a reason. A household cancels its
 * own visit at least 24 hours before it starts (later: 422 that says so, so the hub can still send
 * the worker elsewhere); the planner and the administrator may always cancel, and say who cancelled
 * (`status`: by the client when the client called, by the provider otherwise, the default). The
 * change honours If-Match like every change of a record: a stale version is refused with 412.
 */
import type { AnnuleringsredenCode, BezoekstatusCode } from '@zorghub/schemas';
import { problem } from '../problem.js';
import { componentName, entitySchema } from '../standard.js';
import type { RouteDef } from '../types.js';
import { actionRoute } from './crud.js';
import { assertValid } from './record-validity.js';
import { scopeOf } from './store.js';
import { changeVisible } from './visible.js';

export const CANCEL_HOURS = 24;
const PLANNED: BezoekstatusCode = 'gepland';
const BY_CLIENT: BezoekstatusCode = 'geannuleerdDoorClient';
const BY_PROVIDER: BezoekstatusCode = 'geannuleerdDoorAanbieder';

export function visitCancelRoute(): RouteDef {
  const props = entitySchema('bezoek').properties as Record<string, object>;
  return actionRoute({
    path: '/bezoeken/{id}/_annuleren',
    operationId: 'cancelBezoek',
    conflict: 'Het bezoek is niet meer gepland / The visit is no longer planned',
    unprocessable: `Een huishouden annuleert binnen ${CANCEL_HOURS} uur voor de start / A household cancels within ${CANCEL_HOURS} hours of the start`,
    summary:
      'Bezoek annuleren met een reden (huishouden: uiterlijk 24 uur vooraf) / Cancel a visit with a reason (household: at least 24 hours ahead)',
    tag: 'Bezoeken',
    roles: ['beheerder', 'planner', 'particulier'],
    audit: { action: 'change', objectType: 'bezoek' },
    body: {
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['annuleringsreden'],
        properties: {
          annuleringsreden: props.annuleringsreden!,
          status: {
            type: 'string',
            enum: [BY_PROVIDER, BY_CLIENT],
            description:
              'Wie annuleert (alleen planner en beheerder; standaard de aanbieder; een huishouden annuleert altijd zelf) / Who cancels (planner and administrator only; default the provider; a household always cancels itself)',
          },
        },
      },
    },
    success: {
      status: 200,
      description: 'Het geannuleerde bezoek / The cancelled visit',
      schema: { $ref: `#/components/schemas/${componentName('bezoek')}` },
    },
    async handler(ctx) {
      const household = ctx.principal.role === 'particulier';
      const scope = scopeOf(
        { beheerder: 'hub', planner: 'hub', particulier: 'household' },
        ctx.principal,
      );
      const { annuleringsreden, status } = ctx.body as {
        annuleringsreden: AnnuleringsredenCode;
        status?: BezoekstatusCode;
      };
      if (household && status !== undefined && status !== BY_CLIENT)
        throw problem(
          400,
          `Een huishouden annuleert zelf: laat \`status\` weg / A household cancels itself: leave out \`status\``,
          {
            invalidParams: [
              { name: 'status', code: 'x-role', reason: `expected ${BY_CLIENT} or none` },
            ],
          },
        );
      return changeVisible(ctx, 'bezoek', scope, (row) => {
        if (row.data.status !== PLANNED)
          throw problem(
            409,
            `Bezoek ${row.id} is niet meer gepland (${String(row.data.status)}) / is no longer planned`,
          );
        const start = Date.parse(String(row.data.geplandStartOp));
        if (household && start - Date.now() < CANCEL_HOURS * 3_600_000)
          throw problem(
            422,
            `Dit bezoek begint binnen ${CANCEL_HOURS} uur en kan niet meer online worden geannuleerd; bel de Zorghub / This visit starts within ${CANCEL_HOURS} hours and can no longer be cancelled online; please call the hub`,
            {
              invalidParams: [
                {
                  name: 'geplandStartOp',
                  code: 'x-cancel-deadline',
                  reason: `expected at least ${CANCEL_HOURS} hours before the start`,
                },
              ],
            },
          );
        const data = {
          ...row.data,
          status: household ? BY_CLIENT : (status ?? BY_PROVIDER),
          geannuleerdOp: new Date().toISOString(),
          annuleringsreden,
        };
        assertValid('bezoek', data);
        return { data };
      });
    },
  });
}
