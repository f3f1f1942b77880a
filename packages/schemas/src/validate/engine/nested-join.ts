// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Joins the rows of nested tables (`facturen.regels`: one row per invoice line, with the invoice's
 * id in `factuurId`) to their parent records. Nested tables are read before their parents (the
 * planner puts their files first, the workbook reader their sheets), so a parent gets its list as
 * it is read and is checked in the same pass; rows are kept per parent id until then (a list of
 * invoice lines is small beside the records). Rows left at the end name a parent that was not
 * read: `nested.unknown-parent`, at the row's file, line and key column.
 */
import { type NestedTable, nestedTableOf, nestedTables } from '../../table/nested.js';
import type { IssueSink } from '../readers/sink.js';
import type { Lang } from '../report.js';
import { showValue } from '../report.js';
import type { Source } from './source.js';

/** Where the items of a parent's list came from: one place per item, in the list's order. */
export interface RowPlace {
  source: Source;
  line: number;
}

/** Per list field of a record being checked: the places of its items (see Checker.issue). */
export type Placement = Map<string, RowPlace[]>;

interface Group {
  items: Record<string, unknown>[];
  places: RowPlace[];
}

export class NestedJoin {
  /** nested table name → parent id → its rows so far */
  readonly #groups = new Map<string, Map<string, Group>>();
  readonly #issue: IssueSink;
  readonly #lang: Lang;

  constructor(issue: IssueSink, lang: Lang) {
    this.#issue = issue;
    this.#lang = lang;
  }

  /** True when `source` is a nested table: its records are rows for {@link row}. */
  isRowSource(source: Source): boolean {
    return nestedTableOf(source.runtime.info) !== undefined;
  }

  /** Keeps one row of a nested table for its parent. */
  row(record: Record<string, unknown>, source: Source, line: number): void {
    const table = nestedTableOf(source.runtime.info)!;
    source.records++;
    const keyName = table.key.path;
    const raw = record[keyName];
    const key = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    if (key === '') {
      if (!source.suppressRequired?.has(keyName))
        this.#issue('schema.required', source, line, keyName, {
          expected:
            this.#lang === 'nl'
              ? `de id van een ${table.parent.name} (${table.parent.plural})`
              : `the id of a ${table.parent.english} (${table.parent.englishPlural})`,
        });
      return;
    }
    const item: Record<string, unknown> = Object.create(null);
    for (const name of Object.keys(record)) if (name !== keyName) item[name] = record[name];
    let groups = this.#groups.get(table.name);
    if (!groups) {
      groups = new Map();
      this.#groups.set(table.name, groups);
    }
    let group = groups.get(key);
    if (!group) {
      group = { items: [], places: [] };
      groups.set(key, group);
    }
    group.items.push(item);
    group.places.push({ source, line });
  }

  /**
   * Gives a parent record the rows kept for it (in their order) and returns where each item came
   * from, so that an issue about `regels[2].aantal` is reported at that row; undefined when no
   * nested table had rows for it.
   */
  attach(record: Record<string, unknown>, source: Source): Placement | undefined {
    const entity = source.runtime.info;
    let placement: Placement | undefined;
    for (const table of nestedTables(entity)) {
      const groups = this.#groups.get(table.name);
      if (!groups || groups.size === 0) continue;
      const raw = record[entity.idField];
      if (typeof raw !== 'string' && typeof raw !== 'number') continue;
      const id = String(raw);
      const group = groups.get(id);
      if (!group) continue;
      groups.delete(id);
      if (record[table.field.path] !== undefined) {
        const first = group.places[0]!;
        this.#issue('nested.conflict', first.source, first.line, table.key.path, {
          found: showValue(id),
        });
        continue;
      }
      record[table.field.path] = group.items;
      placement ??= new Map();
      placement.set(table.field.path, group.places);
    }
    return placement;
  }

  /** Reports the rows whose parent was never read. */
  finish(): void {
    for (const groups of this.#groups.values()) {
      for (const [id, group] of groups) {
        for (const place of group.places) {
          const table = nestedTableOf(place.source.runtime.info) as NestedTable;
          this.#issue('nested.unknown-parent', place.source, place.line, table.key.path, {
            expected:
              this.#lang === 'nl'
                ? `de id van een ${table.parent.name} in ${table.parent.plural}`
                : `the id of a ${table.parent.english} in ${table.parent.plural}`,
            found: showValue(id),
          });
        }
      }
      groups.clear();
    }
  }
}
