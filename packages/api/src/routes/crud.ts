// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db.js';
import { PATH_PARAM_SCHEMA } from '../openapi/route-schema.js';
import { checkIfMatch, etagOf } from '../plugins/etag.js';
import { problem } from '../problem.js';
import { componentName, entitySchema } from '../standard.js';
import type { AuditedEntity, AuditInfo, HandlerContext, Role, RouteDef } from '../types.js';
import { listPage, listSchema, pageParams } from './pagination.js';
import { assertValid } from './record-validity.js';
import { checkReferences, type Reference } from './references.js';
import {
  type Columns,
  getRow,
  inScope,
  insertRow,
  type Row,
  rowCols,
  type Scope,
  scopeCondition,
  scopeOf,
} from './store.js';
import { changeVisible, visibleRow } from './visible.js';

/**
 * An entity of the standard as a resource: who reads and writes it at which scope, the columns
 * that scope it, its filters and rules. `crudRoutes` makes its list, read, create, replace and
 * delete routes.
 */
export interface EntityConfig {
  entity: string;
  path: string;
  tag: string;
  titleNl: string;
  read: Partial<Record<Role, Scope>>;
  write: Partial<Record<Role, Scope>>;
  /** 'client' or 'signaal' when records hold client or signal data (access log). */
  audit?: AuditedEntity;
  /**
   * Derives the scoping columns from a record (may look things up; throws 422 on dangling
   * references). `refs`: the rows of the references just checked in the same transaction, by
   * field, so a config can take a column from them instead of reading the row again.
   */
  columns(
    q: Queryable,
    hubId: string,
    data: Record<string, unknown>,
    refs?: Readonly<Record<string, Row>>,
  ): Promise<Columns>;
  /** Query filters (camelCase) on a column. */
  filters?: Array<{
    name: string;
    column: 'client_id' | 'participant_id' | 'parent_id' | 'care_org_id' | 'household_id';
    description: string;
  }>;
  /** Query filters on a date-time field of the record: only records at or after the value. */
  fromFilters?: Array<{
    name: string;
    field: string;
    description: string;
    /** The range's exclusive end on the same field (`tot`); must lie after the start. */
    until?: { name: string; description: string };
  }>;
  /** Defaults from the caller before the references are checked (a worker's own id). */
  defaults?(ctx: HandlerContext, data: Record<string, unknown>): void;
  /** The references in a record; each must name a record the caller may reference (references.ts). */
  references?: Reference[];
  /** Rules and server-set fields before a create or replace; may change `data`. */
  beforeWrite?(
    ctx: HandlerContext,
    data: Record<string, unknown>,
    existing: Row | undefined,
    refs: Record<string, Row>,
  ): Promise<void>;
  operations?: { create?: boolean; replace?: boolean; remove?: boolean };
  /** When a replace answers 409 (RouteDef.conflict), if it can. */
  replaceConflict?: string;
  /** Required fields the server fills in on create (not required in the request body). */
  serverSet?: string[];
}

/** The create-request schema: the entity's schema with server-set fields optional. */
export function createSchema(cfg: Pick<EntityConfig, 'entity' | 'serverSet'>): {
  schema: Record<string, unknown>;
  ref: string;
} {
  const schema = entitySchema(cfg.entity);
  if (!cfg.serverSet?.length)
    return { schema, ref: `#/components/schemas/${componentName(cfg.entity)}` };
  const { $id: _id, examples: _ex, ...rest } = schema;
  const variant = {
    ...rest,
    required: ((schema.required as string[]) ?? []).filter((f) => !cfg.serverSet!.includes(f)),
  };
  return { schema: variant, ref: `#/components/schemas/${componentName(cfg.entity)}Nieuw` };
}

/**
 * Defaults, then the references (foreign ones answered as unknown), then the entity's rules.
 * Returns the referenced rows by field.
 */
async function prepare(
  cfg: EntityConfig,
  ctx: HandlerContext,
  data: Record<string, unknown>,
  existing: Row | undefined,
): Promise<Record<string, Row>> {
  cfg.defaults?.(ctx, data);
  const refs = await checkReferences(ctx.q, ctx.principal, cfg.references ?? [], data);
  await cfg.beforeWrite?.(ctx, data, existing, refs);
  return refs;
}

/** The 422 of a write with references (references.ts). */
const UNKNOWN_REFERENCE =
  'Een verwijzing (…Id) naar een record dat niet bestaat of dat u niet mag zien / A reference to a record that does not exist or that you may not see';

/** How a create treats the id in its body (the OpenAPI description of every create route). */
export const CREATE_ID_RULE =
  "Het record krijgt de `id` uit de body. Is die `id` al in gebruik bij een record dat u mag lezen, dan volgt 409 (`code: bestaatAl`). Is hij in gebruik bij een record dat u niet mag zien, dan slaat de server het record op onder een nieuwe, door de server gekozen `id` (201, zie `Location` en de body), zodat het antwoord niets over andermans records verraadt. Gebruik de `id` uit het antwoord. / The record gets the `id` in the body. If that `id` is taken by a record you may read, the answer is 409 (`code: bestaatAl`). If it is taken by a record you may not see, the server stores the record under a new server-chosen `id` (201, see `Location` and the body), so the answer reveals nothing about other organisations' records. Use the `id` in the answer.";

/**
 * Stores a new record under the id the caller chose. When that id is taken, the answer depends on
 * whether the caller may read the record that holds it: its own (or one it may see anyway) is a 409
 * naming the id; one it may not see is never mentioned — the record is stored under a new,
 * server-generated id and the answer is the same 201 as for a free id, with that id in the body and
 * `Location`. So a create reveals nothing about records of other organisations or workers (OWASP
 * API1: no existence oracle).
 */
async function createRecord(
  cfg: EntityConfig,
  ctx: HandlerContext,
  data: Record<string, unknown>,
  cols: Columns,
): Promise<{ id: string; cols: Columns }> {
  const { q, principal } = ctx;
  const id = String(data.id);
  if (await insertRow(q, principal.hubId, cfg.entity, id, data, cols)) return { id, cols };
  const existing = await getRow(q, principal.hubId, cfg.entity, id);
  const readScope = cfg.read[principal.role];
  if (existing && readScope && inScope(readScope, principal, rowCols(existing), existing.id)) {
    throw problem(409, `${cfg.entity} ${id} bestaat al / already exists`, {
      code: 'bestaatAl',
      invalidParams: [{ name: 'id', code: 'x-unique', reason: 'already exists' }],
    });
  }
  const fresh = randomUUID();
  data.id = fresh;
  const freshCols = await cfg.columns(q, principal.hubId, data);
  if (!(await insertRow(q, principal.hubId, cfg.entity, fresh, data, freshCols)))
    throw problem(503, 'Tijdelijk conflict in de database; probeer opnieuw / Retry');
  return { id: fresh, cols: freshCols };
}

/** 400 naming both parameters when the exclusive end of a range does not lie after its start. */
function checkRange(fromName: string, from: string, untilName: string, until: string) {
  if (Date.parse(until) > Date.parse(from)) return;
  throw problem(
    400,
    `\`${untilName}\` (${until}) moet na \`${fromName}\` (${from}) liggen; \`${untilName}\` telt niet mee, dus kies een later moment / \`${untilName}\` must lie after \`${fromName}\` (it is exclusive); choose a later moment`,
    {
      invalidParams: [
        { name: untilName, code: 'x-range', reason: `expected after ${fromName} (${from})` },
        { name: fromName, code: 'x-range', reason: `expected before ${untilName} (${until})` },
      ],
    },
  );
}

/** List, read, create, replace and delete routes for one entity of the standard. */
export function crudRoutes(cfg: EntityConfig): RouteDef[] {
  const ref = `#/components/schemas/${componentName(cfg.entity)}`;
  const schema = entitySchema(cfg.entity);
  const readRoles = Object.keys(cfg.read) as Role[];
  const writeRoles = Object.keys(cfg.write) as Role[];
  const ops = { create: true, replace: true, remove: true, ...cfg.operations };
  const audit = (action: AuditInfo['action']): AuditInfo | undefined =>
    cfg.audit ? { action, objectType: cfg.audit } : undefined;
  const auditClientOf = (ctx: HandlerContext, row: { id: string; client_id: string | null }) =>
    ctx.audit({ objectId: row.id, clientId: cfg.entity === 'client' ? row.id : row.client_id });

  const routes: RouteDef[] = [
    {
      method: 'GET',
      path: `/${cfg.path}`,
      operationId: `list${componentName(cfg.path)}`,
      summary: `${cfg.titleNl}: lijst / list`,
      tag: cfg.tag,
      roles: readRoles,
      query: [
        ...pageParams,
        ...(cfg.filters ?? []).map((f) => ({
          name: f.name,
          schema: { ...PATH_PARAM_SCHEMA },
          description: f.description,
        })),
        ...(cfg.fromFilters ?? []).flatMap((f) =>
          [{ name: f.name, description: f.description }, ...(f.until ? [f.until] : [])].map(
            (p) => ({ ...p, schema: { type: 'string', format: 'date-time' } }),
          ),
        ),
      ],
      success: {
        status: 200,
        description: 'Een pagina / One page',
        schema: listSchema(ref),
        list: true,
      },
      audit: audit('search'),
      async handler(ctx) {
        const scope = scopeOf(cfg.read, ctx.principal);
        const params: unknown[] = [ctx.principal.hubId, cfg.entity];
        let where = 'hub_id = $1 AND entity = $2';
        const sc = scopeCondition(scope, ctx.principal, params.length + 1);
        where += sc.sql;
        params.push(...sc.params);
        for (const f of cfg.filters ?? []) {
          const v = ctx.query[f.name];
          if (typeof v === 'string') {
            params.push(v);
            where += ` AND ${f.column} = $${params.length}`;
            if (f.column === 'client_id') ctx.audit({ clientId: v });
          }
        }
        for (const f of cfg.fromFilters ?? []) {
          const v = ctx.query[f.name];
          const until = f.until ? ctx.query[f.until.name] : undefined;
          if (typeof v === 'string') {
            params.push(f.field, v);
            where += ` AND (data->>$${params.length - 1})::timestamptz >= $${params.length}::timestamptz`;
          }
          if (f.until && typeof until === 'string') {
            if (typeof v === 'string') checkRange(f.name, v, f.until.name, until);
            params.push(f.field, until);
            where += ` AND (data->>$${params.length - 1})::timestamptz < $${params.length}::timestamptz`;
          }
        }
        const { rows, headers, body } = await listPage<{
          id: string;
          data: Record<string, unknown>;
          client_id: string | null;
        }>(ctx, ctx.q, 'id, data, client_id', where, params);
        if (cfg.audit)
          ctx.audit({
            clientIds: rows.map((r) => r.client_id).filter((id): id is string => id !== null),
          });
        return { headers, body: { resultaten: rows.map((r) => r.data), ...body } };
      },
    },
    {
      method: 'GET',
      path: `/${cfg.path}/{id}`,
      operationId: `get${componentName(cfg.entity)}`,
      summary: `${cfg.titleNl}: één record / one record`,
      tag: cfg.tag,
      roles: readRoles,
      etag: true,
      success: { status: 200, description: 'Het record / The record', schema: { $ref: ref } },
      audit: audit('read'),
      async handler(ctx) {
        const scope = scopeOf(cfg.read, ctx.principal);
        const row = await visibleRow(ctx.q, ctx.principal, cfg, scope, ctx.params.id!);
        auditClientOf(ctx, row);
        return { headers: { etag: etagOf(row.version) }, body: row.data };
      },
    },
  ];
  if (ops.create) {
    routes.push({
      method: 'POST',
      path: `/${cfg.path}`,
      operationId: `create${componentName(cfg.entity)}`,
      summary: `${cfg.titleNl}: toevoegen / create`,
      description: CREATE_ID_RULE,
      conflict: 'De id is al in gebruik (`code: bestaatAl`) / The id is taken',
      ...(cfg.references?.length ? { unprocessable: UNKNOWN_REFERENCE } : {}),
      tag: cfg.tag,
      roles: writeRoles,
      etag: true,
      body: createSchema(cfg),
      success: { status: 201, description: 'Aangemaakt / Created', schema: { $ref: ref } },
      audit: audit('create'),
      async handler(ctx) {
        const scope = scopeOf(cfg.write, ctx.principal);
        const data = { ...(ctx.body as Record<string, unknown>) };
        const refs = await prepare(cfg, ctx, data, undefined);
        assertValid(cfg.entity, data);
        const cols = await cfg.columns(ctx.q, ctx.principal.hubId, data, refs);
        if (!inScope(scope, ctx.principal, cols, String(data.id))) {
          throw problem(
            403,
            `Dit ${cfg.entity}-record valt buiten uw organisatie / This record is outside your organisation`,
          );
        }
        const stored = await createRecord(cfg, ctx, data, cols);
        ctx.audit({
          objectId: stored.id,
          clientId: cfg.entity === 'client' ? stored.id : stored.cols.clientId,
        });
        const id = stored.id;
        return {
          status: 201,
          headers: { etag: etagOf(1), location: `/api/v1/${cfg.path}/${id}` },
          body: data,
        };
      },
    });
  }
  if (ops.replace) {
    routes.push({
      method: 'PUT',
      path: `/${cfg.path}/{id}`,
      operationId: `replace${componentName(cfg.entity)}`,
      summary: `${cfg.titleNl}: vervangen / replace`,
      ...(cfg.replaceConflict ? { conflict: cfg.replaceConflict } : {}),
      ...(cfg.references?.length ? { unprocessable: UNKNOWN_REFERENCE } : {}),
      tag: cfg.tag,
      roles: writeRoles,
      etag: true,
      body: { schema, ref },
      success: { status: 200, description: 'Gewijzigd / Replaced', schema: { $ref: ref } },
      audit: audit('change'),
      async handler(ctx) {
        const scope = scopeOf(cfg.write, ctx.principal);
        return changeVisible(ctx, cfg.entity, scope, async (existing) => {
          const data = { ...(ctx.body as Record<string, unknown>) };
          if (data.id !== ctx.params.id) {
            throw problem(
              400,
              `id in de body (${String(data.id)}) moet gelijk zijn aan het pad (${ctx.params.id}) / id must equal the path`,
              {
                invalidParams: [{ name: 'id', code: 'const', reason: `expected ${ctx.params.id}` }],
              },
            );
          }
          const refs = await prepare(cfg, ctx, data, existing);
          assertValid(cfg.entity, data);
          const columns = await cfg.columns(ctx.q, ctx.principal.hubId, data, refs);
          if (!inScope(scope, ctx.principal, columns, existing.id)) {
            throw problem(
              403,
              `Dit ${cfg.entity}-record valt buiten uw organisatie / This record is outside your organisation`,
            );
          }
          return { data, columns };
        });
      },
    });
  }
  if (ops.remove) {
    routes.push({
      method: 'DELETE',
      path: `/${cfg.path}/{id}`,
      operationId: `delete${componentName(cfg.entity)}`,
      summary: `${cfg.titleNl}: verwijderen / delete`,
      tag: cfg.tag,
      roles: writeRoles,
      etag: true,
      success: { status: 204, description: 'Verwijderd / Deleted' },
      audit: audit('delete'),
      async handler(ctx) {
        const scope = scopeOf(cfg.write, ctx.principal);
        const existing = await visibleRow(ctx.q, ctx.principal, cfg, scope, ctx.params.id!, true);
        auditClientOf(ctx, existing);
        checkIfMatch(ctx.req.headers['if-match'], existing.version);
        await ctx.q.query('DELETE FROM records WHERE hub_id = $1 AND entity = $2 AND id = $3', [
          ctx.principal.hubId,
          cfg.entity,
          existing.id,
        ]);
        return { status: 204 };
      },
    });
  }
  return routes;
}

/** A POST action on an existing record (`/…/{id}/_status`): answers 200 with an ETag. */
export function actionRoute(
  def: Omit<RouteDef, 'method' | 'success' | 'etag'> & { success?: RouteDef['success'] },
): RouteDef {
  return {
    method: 'POST',
    etag: true,
    success: def.success ?? { status: 200, description: 'Gewijzigd / Changed' },
    ...def,
  };
}
