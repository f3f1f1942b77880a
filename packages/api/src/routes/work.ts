import { appendAccessLog } from '../audit.js';
import type { Queryable } from '../db.js';
import { problem } from '../problem.js';
import {
  componentName,
  entityFields,
  entityNames,
  entitySchema,
  fieldCodes,
  STORED_ENTITIES,
} from '../standard.js';
import type { RouteDef } from '../types.js';
import { assertValid, crudRoutes, type EntityConfig, visibleRow } from './crud.js';
import {
  type Columns,
  checkIfMatch,
  clientCareOrg,
  etagOf,
  getRow,
  mustExist,
  type Row,
  scopeOf,
  updateRow,
} from './store.js';

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const CANCELLED = ['geannuleerdDoorClient', 'geannuleerdDoorAanbieder'];
const nowIso = () => new Date().toISOString();

const rowCols = (r: Row): Columns => ({
  careOrgId: r.care_org_id,
  clientId: r.client_id,
  participantId: r.participant_id,
  parentId: r.parent_id,
});

/** First and last day (YYYY-MM-DD) of the subscription period that contains `date`. */
export function periodBounds(unit: string, date: string): [string, string] {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  switch (unit) {
    case 'week': {
      const dow = (d.getUTCDay() + 6) % 7;
      const start = new Date(d.getTime() - dow * 86400000);
      return [iso(start), iso(new Date(start.getTime() + 6 * 86400000))];
    }
    case 'kwartaal': {
      const q = Math.floor(m / 3) * 3;
      return [iso(new Date(Date.UTC(y, q, 1))), iso(new Date(Date.UTC(y, q + 3, 0)))];
    }
    case 'jaar':
      return [`${y}-01-01`, `${y}-12-31`];
    default:
      return [iso(new Date(Date.UTC(y, m, 1))), iso(new Date(Date.UTC(y, m + 1, 0)))];
  }
}

const hoursBetween = (a: unknown, b: unknown) =>
  (Date.parse(String(b)) - Date.parse(String(a))) / 3_600_000;

/** Refuses a booking that would take the subscription over its hours (or visits) in that period. */
async function checkBooking(q: Queryable, hubId: string, visit: Record<string, unknown>) {
  const start = String(visit.geplandStartOp);
  const hours = hoursBetween(visit.geplandStartOp, visit.geplandEindOp);
  if (!(hours > 0)) {
    throw problem(
      422,
      'geplandEindOp moet na geplandStartOp liggen / must be after geplandStartOp',
      {
        invalidParams: [
          { name: 'geplandEindOp', code: 'x-after', reason: 'must be after geplandStartOp' },
        ],
      },
    );
  }
  if (typeof visit.abonnementId !== 'string' || CANCELLED.includes(String(visit.status))) return;
  // Lock the subscription: concurrent bookings against it are counted one after the other.
  const sub = await getRow(q, hubId, 'abonnement', visit.abonnementId, true);
  if (!sub) {
    throw problem(422, `abonnementId ${visit.abonnementId} bestaat niet / does not exist`, {
      invalidParams: [
        { name: 'abonnementId', code: 'x-reference', reason: 'no such subscription' },
      ],
    });
  }
  const s = sub.data;
  const day = start.slice(0, 10);
  if (
    (typeof s.startDatum === 'string' && day < s.startDatum) ||
    (typeof s.eindDatum === 'string' && day > s.eindDatum)
  ) {
    throw problem(
      422,
      `Het bezoek valt buiten de looptijd van abonnement ${sub.id} / outside the subscription's term`,
    );
  }
  const [from, to] = periodBounds(String(s.periodeEenheid ?? 'maand'), day);
  const { rows } = await q.query<{ hours: number | null; visits: number }>(
    `SELECT coalesce(sum(extract(epoch FROM ((data->>'geplandEindOp')::timestamptz - (data->>'geplandStartOp')::timestamptz)) / 3600), 0) AS hours,
            count(*)::int AS visits
       FROM records
      WHERE hub_id = $1 AND entity = 'bezoek' AND parent_id = $2 AND id <> $3
        AND substring(data->>'geplandStartOp', 1, 10) BETWEEN $4 AND $5
        AND NOT (data->>'status' = ANY($6))`,
    [hubId, sub.id, String(visit.id), from, to, CANCELLED],
  );
  const used = Number(rows[0]?.hours ?? 0);
  const count = Number(rows[0]?.visits ?? 0);
  const limit = Number(s.aantalPerPeriode);
  const byHours = s.tariefeenheid === 'uur' || s.abonnementsvorm === 'urenbundel';
  if (byHours && used + hours > limit + 1e-9) {
    throw problem(
      409,
      `Overboeking: abonnement ${sub.id} heeft ${limit} uur per ${s.periodeEenheid} (${from} t/m ${to}); al geboekt ${used.toFixed(2)}, dit bezoek ${hours.toFixed(2)} / Overbooked`,
      {
        code: 'overboeking',
      },
    );
  }
  if (!byHours && s.abonnementsvorm === 'dienstenbundel' && count + 1 > limit) {
    throw problem(
      409,
      `Overboeking: abonnement ${sub.id} heeft ${limit} diensten per ${s.periodeEenheid}; al geboekt ${count} / Overbooked`,
      {
        code: 'overboeking',
      },
    );
  }
}

const visitConfig: EntityConfig = {
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
  },
  write: { beheerder: 'hub', planner: 'hub', zorgorganisatie: 'careOrg' },
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
  async beforeWrite(ctx, data) {
    await mustExist(ctx.q, ctx.principal.hubId, 'deelnemer', data.deelnemerId, 'deelnemerId');
    await mustExist(ctx.q, ctx.principal.hubId, 'dienst', data.dienstId, 'dienstId');
    await checkBooking(ctx.q, ctx.principal.hubId, data);
  },
  columns: async (q, hub, d) => ({
    careOrgId: await clientCareOrg(q, hub, d.clientId),
    clientId: str(d.clientId),
    participantId: str(d.deelnemerId),
    parentId: str(d.abonnementId),
  }),
};

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
  async beforeWrite(ctx, data) {
    const p = ctx.principal;
    if (p.role === 'medewerker') {
      if (data.deelnemerId === undefined) data.deelnemerId = p.participantId ?? undefined;
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
    await mustExist(ctx.q, p.hubId, 'deelnemer', data.deelnemerId, 'deelnemerId');
    await mustExist(ctx.q, p.hubId, 'bezoek', data.bezoekId, 'bezoekId');
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
  async beforeWrite(ctx, data, existing) {
    if (ctx.principal.role === 'medewerker') {
      if (data.deelnemerId === undefined)
        data.deelnemerId = ctx.principal.participantId ?? undefined;
      if (existing?.data.goedgekeurdOp)
        throw problem(
          409,
          'Goedgekeurde uren kunnen niet meer worden gewijzigd / Approved hours are final',
        );
      if (data.goedgekeurdOp !== undefined)
        throw problem(403, 'Alleen een jobcoach keurt uren goed / Only a job coach approves hours');
    }
    await mustExist(ctx.q, ctx.principal.hubId, 'deelnemer', data.deelnemerId, 'deelnemerId');
    await mustExist(ctx.q, ctx.principal.hubId, 'abonnement', data.abonnementId, 'abonnementId');
  },
  columns: async (_q, _hub, d) => ({
    careOrgId: null,
    clientId: null,
    participantId: str(d.deelnemerId),
    parentId: str(d.abonnementId),
  }),
};

const invoiceConfig: EntityConfig = {
  entity: 'factuur',
  path: 'facturen',
  tag: 'Facturen',
  titleNl: 'Facturen',
  read: { beheerder: 'hub', zorgorganisatie: 'careOrg' },
  write: { beheerder: 'hub' },
  operations: { create: false, replace: true, remove: false },
  filters: [
    {
      name: 'abonnementId',
      column: 'parent_id',
      description: 'Alleen voor dit abonnement / Only for this subscription',
    },
  ],
  columns: async (_q, _hub, d) => ({
    careOrgId: str(d.afnemerOrganisatieId),
    clientId: null,
    participantId: null,
    parentId: str(d.abonnementId),
  }),
};

function actionRoute(
  def: Omit<RouteDef, 'method' | 'tag' | 'success' | 'etag'> & {
    tag: string;
    success?: RouteDef['success'];
  },
): RouteDef {
  return {
    method: 'POST',
    etag: true,
    success: def.success ?? { status: 200, description: 'Gewijzigd / Changed' },
    ...def,
  } as RouteDef;
}

export function workRoutes(): RouteDef[] {
  const visitRef = `#/components/schemas/${componentName('bezoek')}`;
  const signalRef = `#/components/schemas/${componentName('signaal')}`;
  const timesheetRef = `#/components/schemas/${componentName('urenregistratie')}`;
  const statusCodes = fieldCodes('bezoek', 'status');
  const followUps = fieldCodes('signaal', 'opvolging');
  return [
    ...crudRoutes(visitConfig),
    actionRoute({
      path: '/bezoeken/{id}/_status',
      operationId: 'setBezoekStatus',
      summary:
        'Bezoek afmelden: uitgevoerd, geannuleerd of niet aangetroffen / Record a visit as done, cancelled or no-show',
      tag: 'Bezoeken',
      roles: ['beheerder', 'planner', 'medewerker'],
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
        schema: { $ref: visitRef },
      },
      async handler(ctx) {
        const scope = scopeOf(visitConfig.read, ctx.principal);
        const row = await visibleRow(
          ctx.q,
          ctx.principal,
          visitConfig,
          scope,
          ctx.params.id!,
          true,
        );
        checkIfMatch(ctx.req.headers['if-match'], row.version);
        if (row.data.status !== 'gepland') {
          throw problem(
            409,
            `Bezoek ${row.id} is al afgemeld (${String(row.data.status)}) / already recorded`,
          );
        }
        const data = { ...row.data, ...(ctx.body as Record<string, unknown>) };
        assertValid('bezoek', data);
        const version = await updateRow(
          ctx.q,
          ctx.principal.hubId,
          'bezoek',
          row.id,
          data,
          rowCols(row),
        );
        return { headers: { etag: etagOf(version) }, body: data };
      },
    }),
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
        schema: { $ref: signalRef },
      },
      async handler(ctx) {
        const row = await visibleRow(
          ctx.q,
          ctx.principal,
          signalConfig,
          'careOrg',
          ctx.params.id!,
          true,
        );
        ctx.audit({ objectId: row.id, clientId: row.client_id });
        checkIfMatch(ctx.req.headers['if-match'], row.version);
        const body = (ctx.body ?? {}) as { opvolging?: string };
        const data: Record<string, unknown> = { ...row.data };
        data.ontvangenOp ??= nowIso();
        if (body.opvolging) {
          data.opvolging = body.opvolging;
          data.opgevolgdOp = nowIso();
        }
        assertValid('signaal', data);
        const version = await updateRow(
          ctx.q,
          ctx.principal.hubId,
          'signaal',
          row.id,
          data,
          rowCols(row),
        );
        return { headers: { etag: etagOf(version) }, body: data };
      },
    }),
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
        schema: { $ref: timesheetRef },
      },
      async handler(ctx) {
        const row = await visibleRow(
          ctx.q,
          ctx.principal,
          timesheetConfig,
          'hub',
          ctx.params.id!,
          true,
        );
        checkIfMatch(ctx.req.headers['if-match'], row.version);
        const data = { ...row.data, goedgekeurdOp: row.data.goedgekeurdOp ?? nowIso() };
        const version = await updateRow(
          ctx.q,
          ctx.principal.hubId,
          'urenregistratie',
          row.id,
          data,
          rowCols(row),
        );
        return { headers: { etag: etagOf(version) }, body: data };
      },
    }),
    ...crudRoutes(invoiceConfig),
    invoiceRun(),
    exportRoute(),
    aggregateRoute(),
    accessOverviewRoute(),
    retentionRoute(),
  ];
}

function invoiceRun(): RouteDef {
  return {
    method: 'POST',
    path: '/facturen/_genereer',
    operationId: 'generateFacturen',
    summary:
      'Maandfacturen maken uit uitgevoerde bezoeken × tarief (tweemaal draaien maakt niets nieuws) / Generate monthly invoices (idempotent)',
    tag: 'Facturen',
    roles: ['beheerder'],
    body: {
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['maand'],
        properties: {
          maand: {
            type: 'string',
            pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
            description: 'Maand, JJJJ-MM / Month, YYYY-MM',
          },
        },
      },
    },
    success: {
      status: 200,
      description: 'Aangemaakte en al bestaande facturen / Created and existing invoices',
      schema: {
        type: 'object',
        properties: {
          aangemaakt: {
            type: 'array',
            items: { type: 'string' },
            description: 'Nieuwe factuur-ids / New invoice ids',
          },
          bestaand: {
            type: 'array',
            items: { type: 'string' },
            description: 'Al eerder gemaakt / Made before',
          },
        },
      },
    },
    async handler(ctx) {
      const { maand } = ctx.body as { maand: string };
      const hub = ctx.principal.hubId;
      const [from, to] = periodBounds('maand', `${maand}-01`);
      await ctx.q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`invoice|${hub}`]);
      const subs = await ctx.q.query<{ id: string; data: Record<string, unknown> }>(
        `SELECT id, data FROM records WHERE hub_id = $1 AND entity = 'abonnement' AND care_org_id IS NOT NULL ORDER BY id`,
        [hub],
      );
      const created: string[] = [];
      const existing: string[] = [];
      const statuses = fieldCodes('factuur', 'status');
      const status =
        statuses.includes('concept') || statuses.length === 0 ? 'concept' : statuses[0]!;
      for (const sub of subs.rows) {
        const s = sub.data;
        if (
          (typeof s.startDatum === 'string' && s.startDatum > to) ||
          (typeof s.eindDatum === 'string' && s.eindDatum < from)
        )
          continue;
        const done = await ctx.q.query<{ data: Record<string, unknown> }>(
          `SELECT data FROM records WHERE hub_id = $1 AND entity = 'bezoek' AND parent_id = $2
             AND data->>'status' = 'uitgevoerd' AND substring(data->>'geplandStartOp', 1, 10) BETWEEN $3 AND $4 ORDER BY id`,
          [hub, sub.id, from, to],
        );
        if (done.rows.length === 0 && s.tariefeenheid !== 'periode') continue;
        const seen = await ctx.q.query<{ invoice_id: string }>(
          'SELECT invoice_id FROM invoice_runs WHERE hub_id = $1 AND care_org_id = $2 AND period = $3',
          [hub, sub.id, maand],
        );
        if (seen.rows[0]) {
          existing.push(seen.rows[0].invoice_id);
          continue;
        }
        const tariff = Number(s.tariefInCenten);
        let quantity: number;
        if (s.tariefeenheid === 'uur') {
          const hours = done.rows.reduce(
            (sum, r) =>
              sum +
              hoursBetween(
                r.data.werkelijkStartOp ?? r.data.geplandStartOp,
                r.data.werkelijkEindOp ?? r.data.geplandEindOp,
              ),
            0,
          );
          quantity = Math.round(hours * 100) / 100;
        } else if (s.tariefeenheid === 'dienst') quantity = done.rows.length;
        else quantity = 1;
        const amount = Math.round(quantity * tariff);
        const id = `FA-${maand}-${sub.id}`.slice(0, 64);
        const next = new Date(Date.UTC(Number(maand.slice(0, 4)), Number(maand.slice(5, 7)), 1));
        const due = new Date(next.getTime() + 30 * 86400000);
        const invoice: Record<string, unknown> = {
          id,
          factuurnummer: `${maand}-${sub.id}`.slice(0, 64),
          aanbiederId: s.aanbiederId,
          afnemerOrganisatieId: s.afnemerOrganisatieId,
          abonnementId: sub.id,
          factuurDatum: next.toISOString().slice(0, 10),
          vervalDatum: due.toISOString().slice(0, 10),
          periodeStartDatum: from,
          periodeEindDatum: to,
          status,
          regels: [
            {
              omschrijving: `${String(s.abonnementsvorm)} ${maand}: ${done.rows.length} bezoeken / visits`,
              aantal: quantity,
              eenheid: s.tariefeenheid,
              prijsPerEenheidInCenten: tariff,
              bedragExclBtwInCenten: amount,
              btwPercentage: 0,
            },
          ],
          totaalExclBtwInCenten: amount,
          btwBedragInCenten: 0,
          totaalInclBtwInCenten: amount,
        };
        assertValid('factuur', invoice);
        await ctx.q.query(
          `INSERT INTO records (hub_id, entity, id, care_org_id, parent_id, data) VALUES ($1, 'factuur', $2, $3, $4, $5)`,
          [hub, id, String(s.afnemerOrganisatieId), sub.id, JSON.stringify(invoice)],
        );
        await ctx.q.query(
          'INSERT INTO invoice_runs (hub_id, care_org_id, period, invoice_id) VALUES ($1,$2,$3,$4)',
          [hub, sub.id, maand, id],
        );
        created.push(id);
      }
      return {
        status: created.length > 0 ? 201 : 200,
        body: { aangemaakt: created, bestaand: existing },
      };
    },
  };
}

/**
 * Drops optional fields marked personal or special: exports carry pseudonymous ids and the minimum
 * needed. A field the schema only requires because another is present (if/then) goes with it, so the
 * export stays valid against the standard.
 */
function minimise(entity: string, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  const fields = entityFields(entity);
  const requiredAlways = new Set(fields.filter((f) => f.required).map((f) => f.path));
  const removed = new Set<string>();
  for (const f of fields) {
    if ((f.privacy === 'special' || f.privacy === 'personal') && !f.required) {
      delete out[f.path];
      removed.add(f.path);
    }
  }
  const conditionals = (
    (entitySchema(entity).allOf ?? []) as Array<{
      if?: { required?: string[] };
      then?: { required?: string[] };
    }>
  ).filter((c) => c.if?.required && c.then?.required);
  for (const c of conditionals) {
    if (c.then!.required!.some((r) => removed.has(r))) {
      for (const trigger of c.if!.required!) if (!requiredAlways.has(trigger)) delete out[trigger];
    }
  }
  return out;
}

function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function exportRoute(): RouteDef {
  return {
    method: 'GET',
    path: '/exports/{entiteit}',
    operationId: 'exportEntiteit',
    summary:
      'Export volgens de standaard, als NDJSON of CSV (geminimaliseerd, alleen pseudoniemen) / Export as NDJSON or CSV',
    tag: 'Exports',
    roles: ['beheerder'],
    query: [
      {
        name: 'formaat',
        schema: { type: 'string', enum: ['ndjson', 'csv'], default: 'ndjson' },
        description: 'ndjson of csv',
      },
    ],
    audit: { action: 'export', objectType: 'export' },
    success: {
      status: 200,
      description: 'Het exportbestand / The export file',
      schema: { type: 'string' },
      contentType: 'application/x-ndjson',
    },
    async handler(ctx) {
      const wanted = ctx.params.entiteit!;
      const name = STORED_ENTITIES.find((e) => e === wanted || entityNames(e).plural === wanted);
      const info = name
        ? { name, plural: entityNames(name).plural, fields: entityFields(name) }
        : undefined;
      if (!info) {
        throw problem(
          404,
          `Onbekende entiteit ${ctx.params.entiteit}; kies uit ${STORED_ENTITIES.join(', ')} / Unknown entity`,
        );
      }
      if (info.name === 'client' || info.name === 'signaal')
        ctx.audit({ objectType: info.name === 'client' ? 'client' : 'signaal', objectId: null });
      const { rows } = await ctx.q.query<{ data: Record<string, unknown> }>(
        'SELECT data FROM records WHERE hub_id = $1 AND entity = $2 ORDER BY id',
        [ctx.principal.hubId, info.name],
      );
      const records = rows.map((r) => minimise(info.name, r.data));
      const file = `${info.plural}.${String(ctx.query.formaat ?? 'ndjson')}`;
      if (ctx.query.formaat === 'csv') {
        const columns = info.fields
          .filter((f) => f.required || records.some((r) => getPath(r, f.path) !== undefined))
          .map((f) => f.path);
        const lines = [
          columns.join(','),
          ...records.map((r) => columns.map((c) => csvCell(getPath(r, c))).join(',')),
        ];
        return {
          contentType: 'text/csv; charset=utf-8',
          headers: { 'content-disposition': `attachment; filename="${file}"` },
          body: `${lines.join('\r\n')}\r\n`,
        };
      }
      return {
        contentType: 'application/x-ndjson',
        headers: { 'content-disposition': `attachment; filename="${file}"` },
        body: records.map((r) => `${JSON.stringify(r)}\n`).join(''),
      };
    },
  };
}

function getPath(o: Record<string, unknown>, path: string): unknown {
  let cur: unknown = o;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

export const SUPPRESS_BELOW = 5;

function aggregateRoute(): RouteDef {
  const cell = {
    type: 'object',
    properties: {
      waarde: { type: 'string', description: 'Categorie / Category' },
      aantalDeelnemers: {
        type: ['integer', 'null'],
        description: 'Aantal; null als onderdrukt / Count; null when suppressed',
      },
      onderdrukt: {
        type: 'boolean',
        description: `Minder dan ${SUPPRESS_BELOW} personen / Fewer than ${SUPPRESS_BELOW} people`,
      },
    },
  };
  return {
    method: 'GET',
    path: '/uitkomst-aggregaties',
    operationId: 'getUitkomstAggregaties',
    summary: `Geaggregeerde uitkomsten voor financiers; cellen onder ${SUPPRESS_BELOW} personen onderdrukt / Aggregated outcomes, small cells suppressed`,
    tag: 'Uitkomsten',
    roles: ['financier', 'beheerder'],
    query: [
      {
        name: 'vanafDatum',
        schema: { type: 'string', format: 'date' },
        description: 'Periodes die op of na deze datum eindigen / Periods ending on or after',
      },
      {
        name: 'totDatum',
        schema: { type: 'string', format: 'date' },
        description: 'Periodes die op of voor deze datum beginnen / Periods starting on or before',
      },
    ],
    success: {
      status: 200,
      description: 'Aggregaten / Aggregates',
      schema: {
        type: 'object',
        properties: {
          aantalDeelnemers: { type: ['integer', 'null'], description: 'Totaal / Total' },
          arbeidssituatie: { type: 'array', items: cell, description: 'Per arbeidssituatie' },
          uitkeringsstatus: { type: 'array', items: cell, description: 'Per uitkeringsstatus' },
          uitgestroomd: { type: 'array', items: cell, description: 'Uitgestroomd ja/nee' },
        },
      },
    },
    async handler(ctx) {
      const params: unknown[] = [ctx.principal.hubId];
      let where = "hub_id = $1 AND entity = 'uitkomst'";
      if (typeof ctx.query.vanafDatum === 'string') {
        params.push(ctx.query.vanafDatum);
        where += ` AND data->>'periodeEindDatum' >= $${params.length}`;
      }
      if (typeof ctx.query.totDatum === 'string') {
        params.push(ctx.query.totDatum);
        where += ` AND data->>'periodeStartDatum' <= $${params.length}`;
      }
      const suppress = (rows: Array<{ waarde: string | null; n: number }>) =>
        rows.map((r) => {
          const n = Number(r.n);
          return n < SUPPRESS_BELOW
            ? { waarde: String(r.waarde ?? 'onbekend'), aantalDeelnemers: null, onderdrukt: true }
            : { waarde: String(r.waarde ?? 'onbekend'), aantalDeelnemers: n, onderdrukt: false };
        });
      const by = async (expr: string) =>
        suppress(
          (
            await ctx.q.query<{ waarde: string | null; n: number }>(
              `SELECT ${expr} AS waarde, count(DISTINCT participant_id)::int AS n FROM records WHERE ${where} GROUP BY 1 ORDER BY 1`,
              params,
            )
          ).rows,
        );
      const total = await ctx.q.query<{ n: number }>(
        `SELECT count(DISTINCT participant_id)::int AS n FROM records WHERE ${where}`,
        params,
      );
      const n = Number(total.rows[0]?.n ?? 0);
      return {
        body: {
          aantalDeelnemers: n < SUPPRESS_BELOW ? null : n,
          arbeidssituatie: await by("data->>'arbeidssituatie'"),
          uitkeringsstatus: await by("data->>'uitkeringsstatus'"),
          uitgestroomd: await by("coalesce(data->>'uitgestroomd', 'false')"),
        },
      };
    },
  };
}

function accessOverviewRoute(): RouteDef {
  return {
    method: 'GET',
    path: '/clienten/{id}/toegangsoverzicht',
    operationId: 'getClientToegangsoverzicht',
    summary:
      'Wie heeft de gegevens van deze cliënt ingezien of gewijzigd (NEN 7513) / Who accessed this client’s data',
    tag: 'Cliënten',
    roles: ['beheerder', 'zorgorganisatie'],
    audit: { action: 'read', objectType: 'client' },
    query: [
      {
        name: 'vanafDatum',
        schema: { type: 'string', format: 'date' },
        description: 'Vanaf (inclusief) / From (inclusive)',
      },
      {
        name: 'totDatum',
        schema: { type: 'string', format: 'date' },
        description: 'Tot en met / Up to and including',
      },
    ],
    success: {
      status: 200,
      description: 'Toegangen / Accesses',
      schema: {
        type: 'object',
        properties: {
          clientId: { type: 'string', description: 'Cliënt' },
          toegangen: {
            type: 'array',
            description: 'Toegangen, nieuwste eerst / Accesses, newest first',
            items: {
              type: 'object',
              properties: {
                tijdstipOp: { type: 'string', format: 'date-time', description: 'Tijdstip / Time' },
                gebruiker: {
                  type: 'string',
                  description: 'Gebruiker (sleutel of OIDC-subject) / User',
                },
                organisatieId: { type: 'string', description: 'Namens organisatie / On behalf of' },
                rol: { type: 'string', description: 'Rol / Role' },
                actie: { type: 'string', description: 'Actie / Action' },
                objectSoort: { type: 'string', description: 'Soort object / Object type' },
                objectId: { type: ['string', 'null'], description: 'Object' },
                resultaat: { type: 'string', description: 'Resultaat / Result' },
              },
            },
          },
        },
      },
    },
    async handler(ctx) {
      const scope = ctx.principal.role === 'zorgorganisatie' ? 'careOrg' : 'hub';
      const row = await visibleRow(
        ctx.q,
        ctx.principal,
        { entity: 'client' },
        scope,
        ctx.params.id!,
      );
      ctx.audit({ objectId: row.id, clientId: row.id });
      const params: unknown[] = [ctx.principal.hubId, row.id];
      let where = 'hub_id = $1 AND client_id = $2';
      if (typeof ctx.query.vanafDatum === 'string') {
        params.push(`${ctx.query.vanafDatum}T00:00:00Z`);
        where += ` AND at >= $${params.length}::timestamptz`;
      }
      if (typeof ctx.query.totDatum === 'string') {
        params.push(`${ctx.query.totDatum}T00:00:00Z`);
        where += ` AND at < $${params.length}::timestamptz + interval '1 day'`;
      }
      const { rows } = await ctx.q.query<Record<string, string>>(
        `SELECT at, actor, on_behalf_of, actor_role, action, object_type, object_id, result FROM access_log WHERE ${where} ORDER BY seq DESC LIMIT 1000`,
        params,
      );
      return {
        body: {
          clientId: row.id,
          toegangen: rows.map((r) => ({
            tijdstipOp: r.at,
            gebruiker: r.actor,
            organisatieId: r.on_behalf_of,
            rol: r.actor_role,
            actie: r.action,
            objectSoort: r.object_type,
            objectId: r.object_id ?? null,
            resultaat: r.result,
          })),
        },
      };
    },
  };
}

export interface RetentionPolicy {
  /** Signals are deleted this many days after they were raised (default 730). */
  signalDays: number;
  /** Clients whose care ended this many days ago are anonymised (default 730). */
  clientDays: number;
}

export function retentionPolicy(): RetentionPolicy {
  return {
    signalDays: Number(process.env.ZORGHUB_RETENTION_SIGNAL_DAYS ?? 730),
    clientDays: Number(process.env.ZORGHUB_RETENTION_CLIENT_DAYS ?? 730),
  };
}

/** Deletes signals and anonymises clients past their term; every record touched gets an access-log entry. */
export async function runRetention(
  q: Queryable,
  hubId: string,
  actor: { id: string; orgId: string; role: string },
  policy = retentionPolicy(),
) {
  const signalCutoff = new Date(Date.now() - policy.signalDays * 86400000).toISOString();
  const clientCutoff = new Date(Date.now() - policy.clientDays * 86400000)
    .toISOString()
    .slice(0, 10);
  const log = (action: string, objectType: string, objectId: string, clientId: string | null) =>
    appendAccessLog(q, {
      hubId,
      at: nowIso(),
      actor: actor.id,
      actorOrg: actor.orgId,
      actorRole: actor.role,
      onBehalfOf: hubId,
      action,
      objectType,
      objectId,
      clientId,
      result: 'geslaagd:bewaartermijn',
      origin: 'retentie',
    });
  const signals = await q.query<{ id: string; client_id: string | null }>(
    `DELETE FROM records WHERE hub_id = $1 AND entity = 'signaal' AND (data->>'gemeldOp')::timestamptz < $2::timestamptz RETURNING id, client_id`,
    [hubId, signalCutoff],
  );
  for (const s of signals.rows) await log('delete', 'signaal', s.id, s.client_id);
  const clients = await q.query<{ id: string; data: Record<string, unknown> }>(
    `SELECT id, data FROM records WHERE hub_id = $1 AND entity = 'client' AND data->>'eindDatum' < $2
       AND (data ? 'postcodegebied' OR data ? 'leeftijdsklasse' OR data ? 'gemeentecode')`,
    [hubId, clientCutoff],
  );
  for (const c of clients.rows) {
    const { postcodegebied: _p, leeftijdsklasse: _l, gemeentecode: _g, ...rest } = c.data;
    await q.query(
      `UPDATE records SET data = $4, version = version + 1, updated_at = now() WHERE hub_id = $1 AND entity = $2 AND id = $3`,
      [hubId, 'client', c.id, JSON.stringify(rest)],
    );
    await log('change', 'client', c.id, c.id);
  }
  const idem = await q.query(
    `DELETE FROM idempotency_keys WHERE hub_id = $1 AND created_at < now() - interval '7 days'`,
    [hubId],
  );
  const summary = [
    { entity: 'signaal', action: 'verwijderd', count: signals.rows.length, cutoff: signalCutoff },
    {
      entity: 'client',
      action: 'geanonimiseerd',
      count: clients.rows.length,
      cutoff: `${clientCutoff}T00:00:00Z`,
    },
    {
      entity: 'idempotency-key',
      action: 'verwijderd',
      count: idem.rowCount,
      cutoff: new Date(Date.now() - 7 * 86400000).toISOString(),
    },
  ];
  for (const s of summary) {
    await q.query(
      'INSERT INTO retention_runs (hub_id, entity, action, count, cutoff) VALUES ($1,$2,$3,$4,$5)',
      [hubId, s.entity, s.action, s.count, s.cutoff],
    );
  }
  return summary;
}

function retentionRoute(): RouteDef {
  return {
    method: 'POST',
    path: '/opschoonrondes',
    operationId: 'runOpschoonronde',
    summary:
      'Bewaartermijnen toepassen: oude signalen verwijderen, cliënten anonimiseren (gelogd) / Apply retention terms (logged)',
    tag: 'Beheer',
    roles: ['beheerder'],
    success: {
      status: 200,
      description: 'Wat er is opgeschoond / What was cleaned up',
      schema: {
        type: 'object',
        properties: {
          resultaten: {
            type: 'array',
            description: 'Per entiteit / Per entity',
            items: {
              type: 'object',
              properties: {
                entity: { type: 'string', description: 'Entiteit' },
                action: { type: 'string', description: 'Actie' },
                count: { type: 'integer', description: 'Aantal' },
                cutoff: { type: 'string', format: 'date-time', description: 'Grens / Cut-off' },
              },
            },
          },
        },
      },
    },
    async handler(ctx) {
      const resultaten = await runRetention(ctx.q, ctx.principal.hubId, ctx.principal);
      ctx.req.log.info(
        {
          retention: resultaten.map((r) => ({
            entity: r.entity,
            action: r.action,
            count: r.count,
          })),
        },
        'retention run',
      );
      return { body: { resultaten } };
    },
  };
}
