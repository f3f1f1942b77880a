// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The checks of one run over a whole package: the sources read, the issues found, and per record
 * the schema, unique ids, codelists, deprecated fields, references and privacy.
 */
import { IdKeys } from '../idset.js';
import { scanText } from '../privacy.js';
import type { ReportBuilder, Sample } from '../report.js';
import { showValue } from '../report.js';
import { closest, codeCandidates } from '../suggest.js';
import { getPath } from '../tabular.js';
import type { Placement } from './nested-join.js';
import { scanKnownFields, scanRecord } from './privacy-checks.js';
import { References } from './references.js';
import { type CodelistCheck, EntityRuntime, type EntitySetup, REDACT } from './runtime.js';
import { listText, type Reporter, reportSchemaErrors } from './schema-errors.js';
import { type Source, sourceLocation } from './source.js';

const NO_ID: { id?: string } = Object.freeze({});

/**
 * Takes the checks that need the whole file (unique ids, references) out of a Checker that sees
 * only a part of it (a worker thread): they are handed over in reading order instead.
 */
export interface CheckCollector {
  id(id: string, line: number): void;
  /** `index` is the reference's place in its runtime's `references`; `id` the record's id. */
  reference(index: number, value: string | number, line: number, id: string | undefined): void;
}

function collectReference(
  collector: CheckCollector,
  index: number,
  value: unknown,
  line: number,
  id: string | undefined,
): void {
  // what References.check looks at; anything else it ignores
  if (typeof value === 'string' || typeof value === 'number')
    collector.reference(index, value, line, id);
}

export class Checker implements Reporter {
  readonly report: ReportBuilder;
  readonly lang: ReportBuilder['lang'];
  readonly checkReferences: boolean;
  readonly runtimes = new Map<string, EntityRuntime>();
  readonly sources: Source[] = [];
  readonly #idKeys = new IdKeys();
  readonly references: References;
  readonly #idHolder: { id?: string } = {};
  /** set in a worker thread: ids and references go to the main thread */
  collector: CheckCollector | undefined;
  /** the record being checked got lists from nested tables: where each item came from */
  #placement: Placement | undefined;
  #placed: Source | undefined;

  constructor(report: ReportBuilder, options: { checkReferences: boolean }) {
    this.report = report;
    this.lang = report.lang;
    this.checkReferences = options.checkReferences;
    this.references = new References(this, this.runtimes, this.sources, this.#idKeys);
  }

  runtime(setup: EntitySetup): EntityRuntime {
    let runtime = this.runtimes.get(setup.info.name);
    if (!runtime) {
      runtime = new EntityRuntime(setup, this.references.index, this.#idKeys);
      this.runtimes.set(setup.info.name, runtime);
    }
    return runtime;
  }

  /** Announces that `entity` has a file in the package that will be read later. */
  expectFile(entity: string): void {
    this.references.expectFile(entity);
  }

  fileDone(entity: string): void {
    this.references.fileDone(entity);
  }

  /** Workbooks not read yet: their sheets may hold any entity. */
  get pendingWorkbooks(): number {
    return this.references.pendingWorkbooks;
  }
  set pendingWorkbooks(n: number) {
    this.references.pendingWorkbooks = n;
  }

  addSource(source: Omit<Source, 'index' | 'records'>): Source {
    const full: Source = { ...source, index: this.sources.length, records: 0 };
    this.sources.push(full);
    return full;
  }

  issue(
    code: string,
    source: Source | undefined,
    line: number,
    field: string | undefined,
    details: Omit<Sample, 'file'> = {},
    fileName?: string,
  ): void {
    if (this.#placement !== undefined && source !== undefined && source === this.#placed && field) {
      if (this.#atRow(code, source, field, details)) return;
    }
    this.report.add(code, source?.runtime.info.name, field, () => {
      const base: Sample = source
        ? sourceLocation(source, line, field)
        : { file: fileName ?? '', ...(line > 0 ? { line } : {}) };
      return { ...base, ...(field ? { field } : {}), ...details };
    });
  }

  /**
   * An issue about an item of a list that came from a nested table (`regels[2].aantal`) is
   * reported at that item's row (file and line, or sheet and cell, and its column), grouped under
   * the parent's field. Returns false when the issue is not about such an item.
   */
  #atRow(code: string, source: Source, field: string, details: Omit<Sample, 'file'>): boolean {
    const concrete = details.field ?? field;
    const m = /^([^.[\]]+)\[(\d+)\](?:\.(.+))?$/.exec(concrete);
    if (!m) return false;
    const place = this.#placement!.get(m[1]!)?.[Number(m[2])];
    if (!place) return false;
    const inner = m[3] ?? field;
    if (code === 'schema.required' && place.source.suppressRequired?.has(inner)) return true;
    this.report.add(code, source.runtime.info.name, field, () => ({
      ...sourceLocation(place.source, place.line, inner),
      ...details,
      field: inner,
    }));
    return true;
  }

  found(
    runtime: EntityRuntime,
    generic: string,
    value: unknown,
  ): Pick<Sample, 'found' | 'redacted'> {
    if (value === undefined) return {};
    const flags = runtime.flags.get(generic) ?? runtime.flags.get(generic.replace(/\[\]$/, ''));
    if (flags !== undefined && flags & REDACT) return { redacted: true };
    const shown = showValue(value);
    if (scanText(shown) !== 0) return { redacted: true };
    return { found: shown };
  }

  /**
   * Checks one record. `line` is the line (or spreadsheet row) it starts on; `placement` says
   * where the items of lists joined from nested tables came from.
   */
  check(
    record: Record<string, unknown>,
    source: Source,
    line: number,
    placement?: Placement,
  ): void {
    if (placement !== undefined) {
      this.#placement = placement;
      this.#placed = source;
      try {
        this.#check(record, source, line);
      } finally {
        this.#placement = undefined;
        this.#placed = undefined;
      }
      return;
    }
    this.#check(record, source, line);
  }

  #check(record: Record<string, unknown>, source: Source, line: number): void {
    source.records++;
    this.report.records++;
    const runtime = source.runtime;
    const info = runtime.info;
    const idValue = record[info.idField];
    const id =
      typeof idValue === 'string'
        ? idValue
        : typeof idValue === 'number'
          ? String(idValue)
          : undefined;
    // one reused holder: issue details spread it at once, so no object per record is needed
    let idSample: { id?: string } = NO_ID;
    if (id !== undefined && id.length <= 80) {
      this.#idHolder.id = id;
      idSample = this.#idHolder;
    }

    // 1. the schema
    const valid = runtime.validate(record);
    if (!valid) reportSchemaErrors(this, record, source, line, idSample);

    // 2. unique ids (a worker thread hands them to the main thread, which keeps every id)
    const collector = this.collector;
    if (id !== undefined) {
      if (collector !== undefined) collector.id(id, line);
      else this.addId(source, line, id, idSample);
    }

    // 3. codelists: open lists and deprecated codes (closed lists are enums in the schema)
    for (const check of runtime.codelistChecks) {
      // a valid record holds only known codes of closed lists; only deprecation is left to see
      if (valid && !check.open && check.deprecated.size === 0) continue;
      const value =
        check.segments.length === 1 ? record[check.segments[0]!] : getPath(record, check.segments);
      if (value === undefined) continue;
      if (check.array && Array.isArray(value)) {
        for (const v of value) this.#code(check, v, source, line, idSample);
      } else this.#code(check, value, source, line, idSample);
    }

    // 4. deprecated fields
    for (const field of runtime.deprecatedFields) {
      if (getPath(record, field.path.split('.')) !== undefined)
        this.issue('field.deprecated', source, line, field.path, idSample);
    }

    // 5. references
    if (this.checkReferences) {
      const references = this.references;
      const refs = runtime.references;
      for (let r = 0; r < refs.length; r++) {
        const ref = refs[r]!;
        const value =
          ref.segments.length === 1 ? record[ref.segments[0]!] : getPath(record, ref.segments);
        if (value === undefined || value === null) continue;
        if (collector !== undefined) {
          if (ref.array && Array.isArray(value)) {
            for (const v of value) collectReference(collector, r, v, line, id);
          } else collectReference(collector, r, value, line, id);
        } else if (ref.array && Array.isArray(value)) {
          for (const v of value) references.check(ref, v, source, line, idSample);
        } else references.check(ref, value, source, line, idSample);
      }
    }

    // 6. privacy, every string of the record. A valid record has only known fields, and its
    // dates and closed codes cannot hold contact details, so only the other fields are scanned.
    if (valid) scanKnownFields(this, record, source, line, idSample);
    else scanRecord(this, record, '', source, line, idSample, 0);
  }

  /** Keeps `id` of a record of `source`; reports it when it was there already. */
  addId(source: Source, line: number, id: string, idSample: { id?: string }): void {
    const runtime = source.runtime;
    if (runtime.ids.add(id)) return;
    this.issue('id.duplicate', source, line, runtime.info.idField, {
      ...idSample,
      expected: this.lang === 'nl' ? 'een id dat nog niet voorkwam' : 'an id not used before',
      ...this.found(runtime, runtime.info.idField, id),
    });
  }

  #code(
    check: CodelistCheck,
    value: unknown,
    source: Source,
    line: number,
    idSample: object,
  ): void {
    if (typeof value !== 'string') return;
    if (!check.codes.has(value)) {
      if (check.open) {
        const found = this.found(source.runtime, check.field.path, value);
        const list = source.runtime.codelistOf.get(check.field.path);
        const suggestion =
          found.found !== undefined && list ? closest(value, codeCandidates(list)) : undefined;
        this.issue('codelist.unknown-code-open', source, line, check.field.path, {
          ...idSample,
          expected: listText([...check.codes], this.lang),
          ...found,
          ...(suggestion !== undefined ? { suggestion } : {}),
        });
      }
      return;
    }
    if (check.deprecated.has(value)) {
      const replacement = check.deprecated.get(value);
      this.issue('codelist.deprecated-code', source, line, check.field.path, {
        ...idSample,
        ...(replacement ? { expected: replacement } : {}),
        found: showValue(value),
      });
    }
  }
  /** Resolves the references whose target was read after them. */
  finish(): void {
    this.references.finish();
  }
}
