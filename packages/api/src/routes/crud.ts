import type { Queryable } from '../db.js';
import { notFound, problem } from '../problem.js';
import { componentName, entitySchema, recordValidator } from '../standard.js';
import type { AuditInfo, HandlerContext, Principal, QueryParam, Role, RouteDef } from '../types.js';
import {
  type Columns,
  checkIfMatch,
  etagOf,
  getRow,
  inScope,
  insertRow,
  MAX_PAGE_SIZE,
  type Row,
  type Scope,
  scopeCondition,
  scopeOf,
  updateRow,
} from './store.js';

export interface EntityConfig {
  entity: string;
  path: string;
  tag: string;
  titleNl: string;
  read: Partial<Record<Role, Scope>>;
  write: Partial<Record<Role, Scope>>;
  /** 'client' or 'signaal' when records hold client or signal data (access log). */
  audit?: 'client' | 'signaal' | 'bezoek';
  /** Derives the scoping columns from a record (may look things up; throws 422 on dangling references). */
  columns(q: Queryable, hubId: string, data: Record<string, unknown>): Promise<Columns>;
  /** Query filters (camelCase) on a column. */
  filters?: Array<{
    name: string;
    column: 'client_id' | 'participant_id' | 'parent_id' | 'care_org_id';
    description: string;
  }>;
  /** Rules and server-set fields before a create or replace; may change `data`. */
  beforeWrite?(
    ctx: HandlerContext,
    data: Record<string, unknown>,
    existing: Row | undefined,
  ): Promise<void>;
  operations?: { create?: boolean; replace?: boolean; remove?: boolean };
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

export const pageParams: QueryParam[] = [
  {
    name: 'page',
    schema: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
    description: 'Paginanummer, vanaf 1 / Page number',
  },
  {
    name: 'pageSize',
    schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 },
    description: `Aantal per pagina, maximaal ${MAX_PAGE_SIZE} (daarboven 400) / Items per page, at most ${MAX_PAGE_SIZE}`,
  },
];

export const listSchema = (ref: string) => ({
  type: 'object',
  required: ['resultaten', 'pagina', 'paginaGrootte'],
  properties: {
    resultaten: {
      type: 'array',
      items: { $ref: ref },
      description: 'De records op deze pagina / Records on this page',
    },
    pagina: { type: 'integer', description: 'Paginanummer / Page number' },
    paginaGrootte: { type: 'integer', description: 'Aantal per pagina / Page size' },
    volgendePagina: {
      type: ['integer', 'null'],
      description: 'Volgende pagina, of null / Next page or null',
    },
  },
});

export function linkHeader(
  ctx: HandlerContext,
  page: number,
  pageSize: number,
  hasNext: boolean,
): string {
  const base = ctx.req.url.split('?')[0];
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(ctx.query))
    if (k !== 'page' && v !== undefined) params.set(k, String(v));
  const at = (p: number) => {
    const s = new URLSearchParams(params);
    s.set('page', String(p));
    s.set('pageSize', String(pageSize));
    return `<${base}?${s.toString()}>`;
  };
  const links = [`${at(page)}; rel="self"`, `${at(1)}; rel="first"`];
  if (page > 1) links.push(`${at(page - 1)}; rel="prev"`);
  if (hasNext) links.push(`${at(page + 1)}; rel="next"`);
  return links.join(', ');
}

export function assertValid(entity: string, data: unknown) {
  const validate = recordValidator(entity);
  if (validate(data)) return;
  const invalidParams = (validate.errors ?? []).slice(0, 20).map((e) => {
    let name = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (e.keyword === 'required' && e.params?.missingProperty)
      name = [name, String(e.params.missingProperty)].filter(Boolean).join('.');
    if (e.keyword === 'additionalProperties' && e.params?.additionalProperty)
      name = [name, String(e.params.additionalProperty)].filter(Boolean).join('.');
    return { name: name || entity, code: e.keyword, reason: e.message ?? 'ongeldig / invalid' };
  });
  const first = invalidParams[0];
  throw problem(
    400,
    `Ongeldig ${entity}: ${first ? `${first.name} ${first.reason}` : ''} / Invalid ${entity}`,
    { invalidParams },
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
    cfg.audit && cfg.audit !== 'bezoek' ? { action, objectType: cfg.audit } : undefined;
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
          schema: { type: 'string', maxLength: 64 },
          description: f.description,
        })),
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
        const page = Number(ctx.query.page ?? 1);
        const pageSize = Number(ctx.query.pageSize ?? 20);
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
        params.push(pageSize + 1, (page - 1) * pageSize);
        const { rows } = await ctx.q.query<{ data: Record<string, unknown> }>(
          `SELECT data FROM records WHERE ${where} ORDER BY id LIMIT $${params.length - 1} OFFSET $${params.length}`,
          params,
        );
        const hasNext = rows.length > pageSize;
        return {
          headers: { link: linkHeader(ctx, page, pageSize, hasNext) },
          body: {
            resultaten: rows.slice(0, pageSize).map((r) => r.data),
            pagina: page,
            paginaGrootte: pageSize,
            volgendePagina: hasNext ? page + 1 : null,
          },
        };
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
        const etag = etagOf(row.version);
        if (ctx.req.headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
        return { headers: { etag }, body: row.data };
      },
    },
  ];
  if (ops.create) {
    routes.push({
      method: 'POST',
      path: `/${cfg.path}`,
      operationId: `create${componentName(cfg.entity)}`,
      summary: `${cfg.titleNl}: toevoegen / create`,
      tag: cfg.tag,
      roles: writeRoles,
      etag: true,
      body: createSchema(cfg),
      success: { status: 201, description: 'Aangemaakt / Created', schema: { $ref: ref } },
      audit: audit('create'),
      async handler(ctx) {
        const scope = scopeOf(cfg.write, ctx.principal);
        const data = { ...(ctx.body as Record<string, unknown>) };
        await cfg.beforeWrite?.(ctx, data, undefined);
        assertValid(cfg.entity, data);
        const id = String(data.id);
        const cols = await cfg.columns(ctx.q, ctx.principal.hubId, data);
        if (!inScope(scope, ctx.principal, cols, id)) {
          throw problem(
            403,
            `Dit ${cfg.entity}-record valt buiten uw organisatie / This record is outside your organisation`,
          );
        }
        ctx.audit({ objectId: id, clientId: cfg.entity === 'client' ? id : cols.clientId });
        await insertRow(ctx.q, ctx.principal.hubId, cfg.entity, id, data, cols);
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
      tag: cfg.tag,
      roles: writeRoles,
      etag: true,
      body: { schema, ref },
      success: { status: 200, description: 'Gewijzigd / Replaced', schema: { $ref: ref } },
      audit: audit('change'),
      async handler(ctx) {
        const scope = scopeOf(cfg.write, ctx.principal);
        const existing = await visibleRow(ctx.q, ctx.principal, cfg, scope, ctx.params.id!, true);
        auditClientOf(ctx, existing);
        checkIfMatch(ctx.req.headers['if-match'], existing.version);
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
        await cfg.beforeWrite?.(ctx, data, existing);
        assertValid(cfg.entity, data);
        const cols = await cfg.columns(ctx.q, ctx.principal.hubId, data);
        if (!inScope(scope, ctx.principal, cols, existing.id)) {
          throw problem(
            403,
            `Dit ${cfg.entity}-record valt buiten uw organisatie / This record is outside your organisation`,
          );
        }
        const version = await updateRow(
          ctx.q,
          ctx.principal.hubId,
          cfg.entity,
          existing.id,
          data,
          cols,
        );
        return { headers: { etag: etagOf(version) }, body: data };
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

/** The row, when it exists and the principal may see it; otherwise 404 (never reveal a foreign object). */
export async function visibleRow(
  q: Queryable,
  principal: Principal,
  cfg: Pick<EntityConfig, 'entity'>,
  scope: Scope,
  id: string,
  lock = false,
): Promise<Row> {
  const row = await getRow(q, principal.hubId, cfg.entity, id, lock);
  if (
    !row ||
    !inScope(
      scope,
      principal,
      {
        careOrgId: row.care_org_id,
        clientId: row.client_id,
        participantId: row.participant_id,
        parentId: row.parent_id,
      },
      row.id,
    )
  ) {
    throw notFound(`${cfg.entity} ${id} niet gevonden / not found`);
  }
  return row;
}
