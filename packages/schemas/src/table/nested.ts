// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Nested tables: a list of objects in a record (the lines of an invoice, `factuur.regels`) as a
 * table of its own — a sheet of a workbook or a CSV file — with the parent's id as a column, as
 * flatten-tool lays out nested data. The table is named after the parent's plural and the list's
 * field: `facturen.regels` (English `invoices.lines`), its file `facturen.regels.csv`. Its rows
 * belong to the parent whose id is in the key column (`factuurId`), in the order of the rows.
 * Browser-safe.
 */
import type { EntityInfo, FieldInfo } from '../model.js';

export interface NestedTable {
  /** The entity whose records hold the list. */
  parent: EntityInfo;
  /** The list's field in the parent (`regels`). */
  field: FieldInfo;
  /** The table as an entity of its own: the key column, then the items' fields. */
  entity: EntityInfo;
  /** The key column: the parent's id (`factuurId`, English `invoiceId`). */
  key: FieldInfo;
  /** `facturen.regels`: the sheet's name and the file's name without extension. */
  name: string;
  /** `invoices.lines` */
  nameEn: string;
}

const byParent = new WeakMap<EntityInfo, NestedTable[]>();
const byTable = new WeakMap<EntityInfo, NestedTable>();

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The lists of objects of `entity` that are tables of their own (record entities only). */
export function nestedTables(entity: EntityInfo): NestedTable[] {
  const known = byParent.get(entity);
  if (known) return known;
  const tables: NestedTable[] = [];
  if (entity.kind === 'record') {
    for (const field of entity.fields) {
      if (field.type !== 'array' || field.path.includes('.') || field.path.includes('[]')) continue;
      const prefix = `${field.path}[].`;
      const prefixEn = `${field.columnEn}[].`;
      const items = entity.fields.filter((f) => f.path.startsWith(prefix));
      if (items.length === 0) continue;
      const key: FieldInfo = {
        path: `${entity.name}Id`,
        columnNl: `${entity.name}Id`,
        columnEn: `${entity.english}Id`,
        type: 'string',
        required: true,
        privacy: 'none',
        reference: entity.name,
        title: { nl: capital(entity.title.nl), en: capital(entity.title.en) },
        description: {
          nl: `Id van de ${entity.title.nl.toLowerCase()} waar deze regel bij hoort.`,
          en: `Id of the ${entity.title.en.toLowerCase()} this row belongs to.`,
        },
      };
      const fields = items.map((f) => ({
        ...f,
        path: f.path.slice(prefix.length),
        columnNl: f.columnNl.slice(prefix.length),
        columnEn: f.columnEn.startsWith(prefixEn)
          ? f.columnEn.slice(prefixEn.length)
          : f.path.slice(prefix.length),
      }));
      const name = `${entity.plural}.${field.path}`;
      const nameEn = `${entity.englishPlural}.${field.columnEn}`;
      const table: NestedTable = {
        parent: entity,
        field,
        key,
        name,
        nameEn,
        entity: {
          name: `${entity.name}.${field.path}`,
          plural: name,
          english: `${entity.english}.${field.columnEn}`,
          englishPlural: nameEn,
          kind: 'record',
          $id: `${entity.$id}#/properties/${field.path}`,
          idField: key.path,
          title: field.title,
          description: field.description,
          fields: [key, ...fields],
        },
      };
      byTable.set(table.entity, table);
      tables.push(table);
    }
  }
  byParent.set(entity, tables);
  return tables;
}

/** The nested table an entity stands for (see {@link NestedTable.entity}), if it is one. */
export function nestedTableOf(entity: EntityInfo | undefined): NestedTable | undefined {
  return entity ? byTable.get(entity) : undefined;
}

/** The array fields of `entity` that are written as tables of their own. */
export function nestedFieldPaths(entity: EntityInfo): Set<string> {
  return new Set(nestedTables(entity).map((t) => t.field.path));
}

function norm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();
}

/**
 * The nested table a name stands for: `facturen.regels`, `factuur.regels`, `invoices.lines`,
 * `invoice.lines` — or a file or sheet name that ends in `.regels` after a name that names the
 * parent (`delft-facturen-2025.regels`), or `parent` when given (`--schema factuur`).
 */
export function nestedTableNamed(
  name: string,
  getEntity: (name: string) => EntityInfo | undefined,
  parent?: EntityInfo,
): NestedTable | undefined {
  const text = norm(name);
  const dot = text.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const head = text.slice(0, dot);
  const tail = text.slice(dot + 1);
  const candidates: EntityInfo[] = [];
  if (parent) candidates.push(parent);
  const direct = getEntity(head);
  if (direct) candidates.push(direct);
  const tokens = head.split(/[-_. ]+/).filter(Boolean);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const entity = getEntity(tokens[i]!);
    if (entity) candidates.push(entity);
  }
  for (const entity of candidates)
    for (const table of nestedTables(entity))
      if (norm(table.field.path) === tail || norm(table.field.columnEn) === tail) return table;
  return undefined;
}

/** `getEntity` that also knows the nested tables (`facturen.regels`) by their names. */
export function withNestedTables(
  getEntity: (name: string) => EntityInfo | undefined,
): (name: string) => EntityInfo | undefined {
  return (name) => getEntity(name) ?? nestedTableNamed(name, getEntity)?.entity;
}
