// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** /exports/{entiteit}: one entity of the hub as the standard's NDJSON or CSV file, minimised (no optional personal or special fields). */
import type { BestandsformaatCode } from '@zorghub/schemas';
import { problem } from '../problem.js';
import { entityFields, entityNames, entitySchema, STORED_ENTITIES } from '../standard.js';
import { isAudited, type RouteDef } from '../types.js';

/**
 * Drops optional fields marked personal or special: exports carry pseudonymous ids and the minimum
 * needed. A field the schema only requires because another is present (if/then) goes with it, so the
 * export stays valid against the standard.
 */
export function minimise(
  entity: string,
  data: Record<string, unknown>,
  classes: readonly string[] = ['special', 'personal'],
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  const fields = entityFields(entity);
  const requiredAlways = new Set(fields.filter((f) => f.required).map((f) => f.path));
  const removed = new Set<string>();
  for (const f of fields) {
    if (classes.includes(f.privacy) && !f.required) {
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

/** The formats an export is written in: codes of the standard's `bestandsformaat`. */
const EXPORT_FORMATS = ['ndjson', 'csv'] as const satisfies readonly BestandsformaatCode[];

export function exportRoute(): RouteDef {
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
        schema: { type: 'string', enum: [...EXPORT_FORMATS], default: 'ndjson' },
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
      const { rows } = await ctx.q.query<{
        data: Record<string, unknown>;
        client_id: string | null;
      }>('SELECT data, client_id FROM records WHERE hub_id = $1 AND entity = $2 ORDER BY id', [
        ctx.principal.hubId,
        info.name,
      ]);
      if (isAudited(info.name))
        ctx.audit({
          objectType: info.name,
          objectId: null,
          clientIds: rows.map((r) => r.client_id).filter((id): id is string => id !== null),
        });
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
