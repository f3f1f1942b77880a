// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The lifecycle of a subscription (issue 17): the hub confirms a requested one (`_bevestigen`); the
 * household (its own), the planner or the administrator pause it, resume it, change its hours or
 * preferred days (PATCH) and end it (`_opzeggen`: the end date is the end of the notice period).
 * A transition the current status does not allow is a 409 that names both statuses.
 */
import { type AbonnementstatusCode, abonnementstatusCodes } from '@zorghub/schemas';
import { problem } from '../problem.js';
import { componentName, entitySchema } from '../standard.js';
import type { HandlerContext, Role, RouteDef } from '../types.js';
import { actionRoute } from './crud.js';
import { assertValid } from './record-validity.js';
import { type Row, type Scope, scopeOf } from './store.js';
import { changeVisible } from './visible.js';

/** Each status by name, taken from the standard's codelist. */
const S = Object.fromEntries(abonnementstatusCodes.map((c) => [c, c])) as {
  [K in AbonnementstatusCode]: K;
};

/** The statuses each status may move to. */
const NEXT: Record<string, readonly AbonnementstatusCode[]> = {
  [S.aangevraagd]: [S.actief, S.opgezegd],
  [S.actief]: [S.gepauzeerd, S.opgezegd, S.beeindigd],
  [S.gepauzeerd]: [S.actief, S.opgezegd, S.beeindigd],
  [S.opgezegd]: [S.beeindigd],
  [S.beeindigd]: [],
};

const WHO: Partial<Record<Role, Scope>> = {
  beheerder: 'hub',
  planner: 'hub',
  particulier: 'household',
};
const HUB: Partial<Record<Role, Scope>> = { beheerder: 'hub', planner: 'hub' };

/** 409 unless the record may move from its status to `to`. */
export function checkTransition(row: Row, to: AbonnementstatusCode) {
  const from = String(row.data.status ?? S.actief);
  if (NEXT[from]?.includes(to)) return;
  throw problem(
    409,
    `Abonnement ${row.id} staat op ${from} en kan niet naar ${to}; toegestaan: ${(NEXT[from] ?? []).join(', ') || 'geen'} / Subscription is ${from} and cannot become ${to}`,
    { code: 'ongeldigeOvergang' },
  );
}

/** The 409 of an action the status does not allow. */
const TRANSITION =
  'De huidige status staat deze overgang niet toe (`code: ongeldigeOvergang`) / The current status does not allow this transition';

const ref = { $ref: `#/components/schemas/${componentName('abonnement')}` };
const props = entitySchema('abonnement').properties as Record<string, object>;
const today = () => new Date().toISOString().slice(0, 10);
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function move(
  ctx: HandlerContext,
  map: Partial<Record<Role, Scope>>,
  to: AbonnementstatusCode,
  extra: (row: Row) => Record<string, unknown>,
) {
  return changeVisible(ctx, 'abonnement', scopeOf(map, ctx.principal), (row) => {
    checkTransition(row, to);
    const data: Record<string, unknown> = { ...row.data, ...extra(row), status: to };
    for (const [k, v] of Object.entries(data)) if (v === undefined) delete data[k];
    assertValid('abonnement', data);
    return { data };
  });
}

const action = (
  path: string,
  operationId: string,
  summary: string,
  roles: readonly Role[],
  handler: RouteDef['handler'],
  body?: RouteDef['body'],
): RouteDef =>
  actionRoute({
    path: `/abonnementen/{id}/${path}`,
    operationId,
    summary,
    tag: 'Abonnementen',
    roles,
    conflict: TRANSITION,
    body: body ?? {
      schema: { type: 'object', additionalProperties: false, properties: {} },
      required: false,
    },
    success: { status: 200, description: 'Het abonnement / The subscription', schema: ref },
    handler,
  });

export function subscriptionLifecycleRoutes(): RouteDef[] {
  const all = Object.keys(WHO) as Role[];
  return [
    action(
      '_bevestigen',
      'confirmAbonnement',
      'Aangevraagd abonnement bevestigen (actief) / Confirm a requested subscription',
      Object.keys(HUB) as Role[],
      (ctx) => move(ctx, HUB, S.actief, () => ({})),
    ),
    action(
      '_opzeggen',
      'cancelAbonnement',
      'Abonnement opzeggen; het loopt tot het einde van de opzegtermijn / End a subscription at the end of its notice period',
      all,
      (ctx) =>
        move(ctx, WHO, S.opgezegd, (row) => {
          const notice = Number(row.data.opzegtermijnDagen ?? 0);
          const end = addDays(today(), notice);
          const start = String(row.data.startDatum ?? end);
          return { opgezegdOp: new Date().toISOString(), eindDatum: end < start ? start : end };
        }),
    ),
    action(
      '_pauzeren',
      'pauseAbonnement',
      'Abonnement pauzeren / Pause a subscription',
      all,
      (ctx) =>
        move(ctx, WHO, S.gepauzeerd, () => {
          const b = ctx.body as { pauzeVanafDatum: string; pauzeTotDatum?: string };
          if (b.pauzeTotDatum && b.pauzeTotDatum < b.pauzeVanafDatum)
            throw problem(
              422,
              'pauzeTotDatum ligt vóór pauzeVanafDatum / pause ends before it starts',
              {
                invalidParams: [
                  {
                    name: 'pauzeTotDatum',
                    code: 'x-order',
                    reason: 'expected on or after pauzeVanafDatum',
                  },
                ],
              },
            );
          return b;
        }),
      {
        schema: {
          type: 'object',
          additionalProperties: false,
          required: ['pauzeVanafDatum'],
          properties: {
            pauzeVanafDatum: props.pauzeVanafDatum!,
            pauzeTotDatum: props.pauzeTotDatum!,
          },
        },
      },
    ),
    action(
      '_hervatten',
      'resumeAbonnement',
      'Gepauzeerd abonnement hervatten / Resume a paused subscription',
      all,
      (ctx) =>
        move(ctx, WHO, S.actief, () => ({ pauzeVanafDatum: undefined, pauzeTotDatum: undefined })),
    ),
    {
      method: 'PATCH',
      path: '/abonnementen/{id}',
      operationId: 'patchAbonnement',
      conflict:
        'Het abonnement is opgezegd of beëindigd (`code: ongeldigeOvergang`) / The subscription was cancelled or ended',
      summary:
        'Uren per periode of voorkeursdagen wijzigen / Change hours per period or preferred days',
      tag: 'Abonnementen',
      roles: all,
      etag: true,
      body: {
        schema: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            aantalPerPeriode: props.aantalPerPeriode!,
            voorkeursdagen: props.voorkeursdagen!,
          },
        },
      },
      success: { status: 200, description: 'Het abonnement / The subscription', schema: ref },
      async handler(ctx) {
        return changeVisible(ctx, 'abonnement', scopeOf(WHO, ctx.principal), (row) => {
          const status = String(row.data.status ?? S.actief);
          if (status === S.opgezegd || status === S.beeindigd)
            throw problem(
              409,
              `Abonnement ${row.id} is ${status}: wijzigen kan niet meer / can no longer be changed`,
              {
                code: 'ongeldigeOvergang',
              },
            );
          const data = { ...row.data, ...(ctx.body as Record<string, unknown>) };
          assertValid('abonnement', data);
          return { data };
        });
      },
    },
  ];
}
