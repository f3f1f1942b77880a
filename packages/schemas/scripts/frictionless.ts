// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Frictionless descriptors of the standard (https://specs.frictionlessdata.io): a Table Schema per
 * exchanged entity, for its CSV as `zorghub convert` writes it (Dutch headers), and a Tabular Data
 * Package `datapackage.json` that lists one CSV per entity. `zorghub export-schema --frictionless`
 * copies them; generated with the other files and drift-checked.
 */

import type { Codelist, EntityInfo, FieldInfo } from '../src/model.js';
import { columnFields } from '../src/table/columns.js';
import { nestedTableOf, nestedTables } from '../src/table/nested.js';

type Json = Record<string, unknown>;

function fieldType(field: FieldInfo): { type: string; format?: string } {
  if (field.format === 'date') return { type: 'date' };
  // the default datetime format is UTC with a Z only; the standard's times carry their offset
  if (field.format === 'date-time') return { type: 'datetime', format: 'any' };
  if (field.format === 'email') return { type: 'string', format: 'email' };
  switch (field.type) {
    case 'integer':
      return { type: 'integer' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'object':
      return { type: 'object' };
    default:
      // arrays of codes or ids are written `a|b|c` in one cell: text for a Table Schema
      return { type: 'string' };
  }
}

function tableSchema(
  entity: EntityInfo,
  codelists: Readonly<Record<string, Codelist>>,
  byName: Map<string, EntityInfo>,
): Json {
  const fields = columnFields(entity).map((f) => {
    const constraints: Json = {};
    if (f.required) constraints.required = true;
    const list = f.codelist ? codelists[f.codelist] : undefined;
    if (list && !list.open && f.type === 'string') constraints.enum = list.codes.map((c) => c.code);
    return {
      name: f.columnNl,
      title: f.title.nl,
      description: f.description.nl,
      ...fieldType(f),
      ...(Object.keys(constraints).length ? { constraints } : {}),
    };
  });
  const foreignKeys = columnFields(entity)
    .filter((f) => f.reference && f.type === 'string' && byName.has(f.reference))
    .map((f) => ({
      fields: f.columnNl,
      reference: {
        resource: byName.get(f.reference!)!.plural,
        fields: byName.get(f.reference!)!.idField,
      },
    }));
  // a nested table (facturen.regels) has no key of its own: its rows point at their parent
  const nested = nestedTableOf(entity) !== undefined;
  return {
    fields,
    missingValues: [''],
    ...(nested ? {} : { primaryKey: entity.idField }),
    ...(foreignKeys.length ? { foreignKeys } : {}),
  };
}

/**
 * The tables of the package: each record entity, followed by its nested tables (the lines of an
 * invoice as `facturen.regels`, whose `factuurId` is a foreign key to `facturen`).
 */
function tablesOf(records: readonly EntityInfo[]): EntityInfo[] {
  return records.flatMap((e) => [e, ...nestedTables(e).map((t) => t.entity)]);
}

/** The files, by path inside the package (`generated/frictionless/…`). */
export function frictionlessFiles(
  entities: readonly EntityInfo[],
  codelists: Readonly<Record<string, Codelist>>,
  version: string,
): Map<string, string> {
  const records = tablesOf(entities.filter((e) => e.kind === 'record'));
  const byName = new Map(records.map((e) => [e.name, e]));
  const out = new Map<string, string>();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  for (const entity of records)
    out.set(
      `generated/frictionless/${entity.plural}.tableschema.json`,
      json(tableSchema(entity, codelists, byName)),
    );
  out.set(
    'generated/frictionless/datapackage.json',
    json({
      profile: 'tabular-data-package',
      name: 'zorghub-datapakket',
      title: 'Zorghub-datapakket',
      description:
        'Een export volgens de Zorghub-standaard: één CSV per entiteit zoals `zorghub convert --no-bom` ze schrijft (puntkomma, CRLF, Nederlandse kolomnamen). / An export of the Zorghub standard: one CSV per entity as `zorghub convert --no-bom` writes them.',
      version,
      resources: records.map((e) => ({
        name: e.plural,
        path: `${e.plural}.csv`,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ';', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
        schema: `${e.plural}.tableschema.json`,
      })),
    }),
  );
  return out;
}
