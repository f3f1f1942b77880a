import type { Codelist, EntityInfo, FieldInfo } from '../index.js';
import { encodedId, encodeId, IdKeys, IdSet } from './idset.js';
import {
  numberLooksLikeBsn,
  PRIVACY_BSN,
  PRIVACY_EMAIL,
  PRIVACY_PHONE,
  scanText,
} from './privacy.js';
import { type Lang, type ReportBuilder, type Sample, showValue } from './report.js';
import { columnLetter, getPath, type HeaderPlan } from './tabular.js';

/** What ajv puts in `.errors` (the subset used here). */
export interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export type ValidateFn = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

export interface EntitySetup {
  info: EntityInfo;
  validate: ValidateFn;
  codelists: Readonly<Record<string, Codelist>>;
}

interface CodelistCheck {
  field: FieldInfo;
  segments: string[];
  array: boolean;
  codes: Set<string>;
  deprecated: Map<string, string | undefined>;
  open: boolean;
}

interface ReferenceCheck {
  field: FieldInfo;
  segments: string[];
  array: boolean;
  target: string;
  index: number;
}

const ALLOW_EMAIL = 1;
const ALLOW_PHONE = 2;
const SKIP_DATE = 4;
const REDACT = 8;

/** Everything needed to check records of one entity, built once per run. */
export class EntityRuntime {
  readonly info: EntityInfo;
  readonly validate: ValidateFn;
  readonly fields = new Map<string, FieldInfo>();
  readonly flags = new Map<string, number>();
  readonly codelistChecks: CodelistCheck[] = [];
  readonly references: ReferenceCheck[] = [];
  readonly deprecatedFields: FieldInfo[] = [];
  readonly ids: IdSet;
  /** top-level fields whose values a valid record can still hide personal data in */
  readonly scanFields: Array<{ key: string; flags: number }> = [];
  readonly codelistOf = new Map<string, Codelist>();
  /** fields whose values are shown in samples; others are redacted */
  constructor(
    setup: EntitySetup,
    referenceIndex: { next: number; list: ReferenceCheck[] },
    idKeys: IdKeys,
  ) {
    this.info = setup.info;
    this.validate = setup.validate;
    this.ids = new IdSet(idKeys);
    for (const field of setup.info.fields) {
      this.fields.set(field.path, field);
      let flags = 0;
      if (field.privacy === 'personal' || field.privacy === 'special') {
        flags |= ALLOW_EMAIL | ALLOW_PHONE | REDACT;
      }
      if (field.format === 'email') flags |= ALLOW_EMAIL;
      if (/telefoon|phone/i.test(field.path)) flags |= field.privacy === 'none' ? 0 : ALLOW_PHONE;
      if (field.format === 'date' || field.format === 'date-time') flags |= SKIP_DATE;
      this.flags.set(field.path, flags);
      if (!field.path.includes('.') && !field.path.includes('[]')) {
        const closedCode =
          field.codelist !== undefined &&
          setup.codelists[field.codelist] !== undefined &&
          !setup.codelists[field.codelist]!.open &&
          field.type === 'string';
        const date = field.format === 'date' || field.format === 'date-time';
        if (!closedCode && !date && field.type !== 'boolean')
          this.scanFields.push({ key: field.path, flags });
      }
      const array = field.path.endsWith('[]');
      const base = array ? field.path.slice(0, -2) : field.path;
      if (base.includes('[]')) continue; // codes/references deep inside arrays of objects: schema only
      const segments = base.split('.');
      if (field.codelist) {
        const list = setup.codelists[field.codelist];
        if (list) {
          this.codelistOf.set(field.path, list);
          if (array) this.codelistOf.set(base, list);
          const deprecated = new Map<string, string | undefined>();
          for (const code of list.codes)
            if (code.deprecated) deprecated.set(code.code, code.replacedBy);
          this.codelistChecks.push({
            field,
            segments,
            array: array || field.type === 'array',
            codes: new Set(list.codes.map((c) => c.code)),
            deprecated,
            open: list.open,
          });
        }
      }
      if (field.reference) {
        const check: ReferenceCheck = {
          field,
          segments,
          array: array || field.type === 'array',
          target: field.reference,
          index: referenceIndex.next++,
        };
        referenceIndex.list.push(check);
        this.references.push(check);
      }
      if (field.deprecated) this.deprecatedFields.push(field);
    }
  }
}

/** One file (or one sheet of a workbook) being read. */
export interface Source {
  index: number;
  file: string;
  format: 'json' | 'ndjson' | 'csv' | 'xlsx';
  runtime: EntityRuntime;
  sheet?: string;
  plan?: HeaderPlan;
  /** required fields whose column is missing (reported once at the header, not per row) */
  suppressRequired?: Set<string>;
  records: number;
}

export function sourceLocation(source: Source, line: number, field?: string): Sample {
  if (line <= 0)
    return source.sheet !== undefined
      ? { file: source.file, sheet: source.sheet }
      : { file: source.file };
  if (source.format === 'xlsx') {
    const col = field ? source.plan?.byPath.get(field) : undefined;
    return {
      file: source.file,
      sheet: source.sheet ?? '',
      cell: `${col ? columnLetter(col.index) : 'A'}${line}`,
    };
  }
  const sample: Sample = { file: source.file, line };
  if (field && source.plan) {
    const col = source.plan.byPath.get(field);
    if (col) sample.column = col.header;
  }
  return sample;
}

/** Generic path (arrays as []) and concrete path (arrays as [n]) of an ajv instancePath. */
function pointerPaths(pointer: string): { generic: string; concrete: string; segments: string[] } {
  if (pointer === '') return { generic: '', concrete: '', segments: [] };
  const segments = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let generic = '';
  let concrete = '';
  for (const s of segments) {
    if (/^\d+$/.test(s)) {
      generic += '[]';
      concrete += `[${s}]`;
    } else {
      generic += generic ? `.${s}` : s;
      concrete += concrete ? `.${s}` : s;
    }
  }
  return { generic, concrete, segments };
}

function valueAt(record: unknown, segments: string[]): unknown {
  let node: unknown = record;
  for (const key of segments) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const typeNames: Record<Lang, Record<string, string>> = {
  nl: {
    string: 'tekst',
    integer: 'geheel getal',
    number: 'getal',
    boolean: 'true of false',
    object: 'object',
    array: 'lijst',
    null: 'leeg (null)',
  },
  en: {
    string: 'text',
    integer: 'whole number',
    number: 'number',
    boolean: 'true or false',
    object: 'object',
    array: 'list',
    null: 'empty (null)',
  },
};

const formatNames: Record<Lang, Record<string, string>> = {
  nl: {
    date: 'datum jjjj-mm-dd, bv. 2025-03-01',
    'date-time': 'tijdstip met zone, bv. 2025-03-01T09:30:00+01:00',
    email: 'e-mailadres',
    uri: 'webadres (URI)',
    uuid: 'UUID',
  },
  en: {
    date: 'date yyyy-mm-dd, e.g. 2025-03-01',
    'date-time': 'timestamp with zone, e.g. 2025-03-01T09:30:00+01:00',
    email: 'e-mail address',
    uri: 'web address (URI)',
    uuid: 'UUID',
  },
};

function listText(values: unknown[], lang: Lang): string {
  const shown = values.slice(0, 12).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  const more = values.length > 12 ? (lang === 'nl' ? ', …' : ', …') : '';
  return `${lang === 'nl' ? 'een van' : 'one of'}: ${shown.join(', ')}${more}`;
}

/** References checked at the end: the id as {@link encodeId} wrote it, and where it was. */
interface Deferred {
  key: Int32Array;
  n: Uint32Array;
  hi: Uint32Array;
  lo: Uint32Array;
  line: Uint32Array;
  source: Uint32Array;
  ref: Uint32Array;
  values: string[];
  length: number;
}

const MAX_DEFERRED_VALUES = 5000;
const NO_ID: { id?: string } = Object.freeze({});

/** The checks of one run over a whole package. */
export class Checker {
  readonly report: ReportBuilder;
  readonly lang: Lang;
  readonly checkReferences: boolean;
  readonly runtimes = new Map<string, EntityRuntime>();
  readonly referenceChecks: ReferenceCheck[] = [];
  readonly #refIndex = { next: 0, list: this.referenceChecks };
  /** entities that have files in the package, and how many of them are not read yet */
  readonly #filesLeft = new Map<string, number>();
  readonly #absentWarned = new Set<string>();
  readonly sources: Source[] = [];
  readonly #idHolder: { id?: string } = {};
  /** workbooks not read yet: their sheets may hold any entity */
  pendingWorkbooks = 0;
  readonly #idKeys = new IdKeys();
  #deferred: Deferred = {
    key: new Int32Array(1024),
    n: new Uint32Array(1024),
    hi: new Uint32Array(1024),
    lo: new Uint32Array(1024),
    line: new Uint32Array(1024),
    source: new Uint32Array(1024),
    ref: new Uint32Array(1024),
    values: [],
    length: 0,
  };

  constructor(report: ReportBuilder, options: { checkReferences: boolean }) {
    this.report = report;
    this.lang = report.lang;
    this.checkReferences = options.checkReferences;
  }

  runtime(setup: EntitySetup): EntityRuntime {
    let runtime = this.runtimes.get(setup.info.name);
    if (!runtime) {
      runtime = new EntityRuntime(setup, this.#refIndex, this.#idKeys);
      this.runtimes.set(setup.info.name, runtime);
    }
    return runtime;
  }

  /** Announces that `entity` has a file in the package that will be read later. */
  expectFile(entity: string): void {
    this.#filesLeft.set(entity, (this.#filesLeft.get(entity) ?? 0) + 1);
  }

  fileDone(entity: string): void {
    this.#filesLeft.set(entity, (this.#filesLeft.get(entity) ?? 1) - 1);
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
    this.report.add(code, source?.runtime.info.name, field, () => {
      const base: Sample = source
        ? sourceLocation(source, line, field)
        : { file: fileName ?? '', ...(line > 0 ? { line } : {}) };
      return { ...base, ...(field ? { field } : {}), ...details };
    });
  }

  #found(
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

  /** Checks one record. `line` is the line (or spreadsheet row) it starts on. */
  check(record: Record<string, unknown>, source: Source, line: number): void {
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
    if (!valid) this.#schemaErrors(record, source, line, idSample);

    // 2. unique ids
    if (id !== undefined && !runtime.ids.add(id))
      this.issue('id.duplicate', source, line, info.idField, {
        ...idSample,
        expected: this.lang === 'nl' ? 'een id dat nog niet voorkwam' : 'an id not used before',
        ...this.#found(runtime, info.idField, id),
      });

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
      for (const ref of runtime.references) {
        const value =
          ref.segments.length === 1 ? record[ref.segments[0]!] : getPath(record, ref.segments);
        if (value === undefined || value === null) continue;
        if (ref.array && Array.isArray(value)) {
          for (const v of value) this.#reference(ref, v, source, line, idSample);
        } else this.#reference(ref, value, source, line, idSample);
      }
    }

    // 6. privacy, every string of the record. A valid record has only known fields, and its
    // dates and closed codes cannot hold contact details, so only the other fields are scanned.
    if (valid) this.#privacyKnown(record, source, line, idSample);
    else this.#privacy(record, '', source, line, idSample, 0);
  }

  #privacyKnown(
    record: Record<string, unknown>,
    source: Source,
    line: number,
    idSample: object,
  ): void {
    for (const field of source.runtime.scanFields) {
      const value = record[field.key];
      if (value === undefined) continue;
      if (typeof value === 'string') {
        if (value.length < 6) continue;
        const found = scanText(value);
        if (found !== 0)
          this.#privacyHit(found, field.flags, field.key, field.key, source, line, idSample);
      } else if (typeof value === 'number') {
        if (value >= 100000000 && numberLooksLikeBsn(value))
          this.issue('privacy.bsn', source, line, field.key, { ...idSample, redacted: true });
      } else if (typeof value === 'object' && value !== null) {
        this.#privacy(value, field.key, source, line, idSample, 1);
      }
    }
  }

  #privacyHit(
    found: number,
    flags: number,
    fieldPath: string,
    concrete: string,
    source: Source,
    line: number,
    idSample: object,
  ): void {
    const details = {
      ...idSample,
      ...(concrete !== fieldPath ? { field: concrete } : {}),
      redacted: true,
    };
    if (found & PRIVACY_BSN) this.issue('privacy.bsn', source, line, fieldPath, details);
    if (found & PRIVACY_EMAIL && !(flags & ALLOW_EMAIL))
      this.issue('privacy.email', source, line, fieldPath, details);
    if (found & PRIVACY_PHONE && !(flags & ALLOW_PHONE))
      this.issue('privacy.phone', source, line, fieldPath, details);
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
      if (check.open)
        this.issue('codelist.unknown-code-open', source, line, check.field.path, {
          ...idSample,
          expected: listText([...check.codes], this.lang),
          ...this.#found(source.runtime, check.field.path, value),
        });
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

  #reference(
    ref: ReferenceCheck,
    value: unknown,
    source: Source,
    line: number,
    idSample: object,
  ): void {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const text = String(value);
    const target = this.runtimes.get(ref.target);
    const known = target !== undefined && this.#filesLeft.has(ref.target);
    if (!known && this.pendingWorkbooks === 0) {
      this.#absent(source, ref, line);
      return;
    }
    if (!known || (this.#filesLeft.get(ref.target) ?? 0) > 0 || this.pendingWorkbooks > 0) {
      // the target's file comes later (or is being read): check at the end
      this.#defer(text, line, source.index, ref.index);
      return;
    }
    if (!target!.ids.has(text))
      this.issue('reference.unresolved', source, line, ref.field.path, {
        ...idSample,
        expected: this.lang === 'nl' ? `een id van ${ref.target}` : `an id of ${ref.target}`,
        ...this.#found(source.runtime, ref.field.path, text),
      });
  }

  #absent(source: Source, ref: ReferenceCheck, line: number): void {
    const key = `${source.runtime.info.name}.${ref.field.path}`;
    if (this.#absentWarned.has(key)) return;
    this.#absentWarned.add(key);
    this.issue('reference.entity-absent', source, line, ref.field.path, { expected: ref.target });
  }

  #defer(value: string, line: number, source: number, ref: number): void {
    let d = this.#deferred;
    if (d.length === d.line.length) {
      const grow = <A extends Uint32Array | Int32Array>(a: A): A => {
        const b = new (a.constructor as new (n: number) => A)(a.length * 2);
        b.set(a);
        return b;
      };
      d = this.#deferred = {
        key: grow(d.key),
        n: grow(d.n),
        hi: grow(d.hi),
        lo: grow(d.lo),
        line: grow(d.line),
        source: grow(d.source),
        ref: grow(d.ref),
        values: d.values,
        length: d.length,
      };
    }
    const i = d.length++;
    encodeId(this.#idKeys, value);
    d.key[i] = encodedId.key;
    d.n[i] = encodedId.n;
    d.hi[i] = encodedId.hi;
    d.lo[i] = encodedId.lo;
    d.line[i] = line;
    d.source[i] = source;
    d.ref[i] = ref;
    if (i < MAX_DEFERRED_VALUES) d.values.push(value);
  }

  /** Resolves the references whose target was read after them. */
  finish(): void {
    const d = this.#deferred;
    for (let i = 0; i < d.length; i++) {
      const ref = this.referenceChecks[d.ref[i]!]!;
      const target = this.runtimes.get(ref.target);
      const source = this.sources[d.source[i]!]!;
      if (!target || !this.#filesLeft.has(ref.target)) {
        this.#absent(source, ref, d.line[i]!);
        continue;
      }
      if (target.ids.hasEncoded(d.key[i]!, d.n[i]!, d.hi[i]!, d.lo[i]!)) continue;
      const value = d.values[i];
      this.issue('reference.unresolved', source, d.line[i]!, ref.field.path, {
        expected: this.lang === 'nl' ? `een id van ${ref.target}` : `an id of ${ref.target}`,
        ...(value !== undefined ? this.#found(source.runtime, ref.field.path, value) : {}),
      });
    }
  }

  #schemaErrors(record: unknown, source: Source, line: number, idSample: object): void {
    const runtime = source.runtime;
    const lang = this.lang;
    for (const error of runtime.validate.errors ?? []) {
      // "must match then schema" only wraps the errors of the `then` branch, reported themselves
      if (error.keyword === 'if') continue;
      const at = pointerPaths(error.instancePath);
      let generic = at.generic;
      let concrete = at.concrete;
      let segments = at.segments;
      const p = error.params;
      let code = 'schema.invalid';
      let expected: string | undefined = error.message;
      let showFound = true;
      switch (error.keyword) {
        case 'required': {
          const missing = String(p.missingProperty ?? '');
          generic = generic ? `${generic}.${missing}` : missing;
          concrete = concrete ? `${concrete}.${missing}` : missing;
          segments = [...segments, missing];
          if (source.suppressRequired?.has(generic)) continue;
          code = 'schema.required';
          expected = lang === 'nl' ? 'een waarde' : 'a value';
          showFound = false;
          break;
        }
        case 'additionalProperties': {
          const extra = String(p.additionalProperty ?? '');
          generic = generic ? `${generic}.${extra}` : extra;
          concrete = concrete ? `${concrete}.${extra}` : extra;
          code = 'schema.additional-property';
          expected = lang === 'nl' ? 'geen ander veld' : 'no other field';
          showFound = false; // the value of an unknown field could be anything: never shown
          break;
        }
        case 'type': {
          code = 'schema.type';
          const types = String(p.type ?? '').split(',');
          expected = types
            .map((t) => typeNames[lang][t] ?? t)
            .join(lang === 'nl' ? ' of ' : ' or ');
          break;
        }
        case 'format':
          code = 'schema.format';
          expected = formatNames[lang][String(p.format)] ?? String(p.format);
          break;
        case 'pattern':
          code = 'schema.pattern';
          expected = `${lang === 'nl' ? 'patroon' : 'pattern'} ${String(p.pattern)}`;
          break;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
        case 'multipleOf':
          code = 'schema.range';
          expected =
            `${p.comparison ?? (error.keyword === 'multipleOf' ? '×' : '')} ${String(p.limit ?? p.multipleOf)}`.trim();
          break;
        case 'minLength':
        case 'maxLength':
        case 'minItems':
        case 'maxItems':
        case 'minProperties':
        case 'maxProperties':
          code = 'schema.length';
          expected = `${error.keyword.startsWith('min') ? '≥' : '≤'} ${String(p.limit)}`;
          break;
        case 'uniqueItems':
          code = 'schema.unique-items';
          break;
        case 'enum': {
          const list =
            runtime.codelistOf.get(generic) ?? runtime.codelistOf.get(generic.replace(/\[\]$/, ''));
          code = list ? 'codelist.unknown-code' : 'schema.enum';
          expected = listText((p.allowedValues as unknown[]) ?? [], lang);
          if (list)
            expected = `${lang === 'nl' ? 'codelijst' : 'codelist'} ${list.name}: ${expected}`;
          break;
        }
        case 'const':
          code = 'schema.enum';
          expected = showValue(p.allowedValue);
          break;
        default:
          break;
      }
      const found = showFound ? this.#found(runtime, generic, valueAt(record, segments)) : {};
      this.issue(code, source, line, generic || undefined, {
        ...idSample,
        ...(concrete && concrete !== generic ? { field: concrete } : {}),
        ...(expected ? { expected } : {}),
        ...found,
      });
    }
  }

  #privacy(
    node: unknown,
    path: string,
    source: Source,
    line: number,
    idSample: object,
    depth: number,
  ): void {
    if (depth > 32 || typeof node !== 'object' || node === null) return;
    const runtime = source.runtime;
    const isArray = Array.isArray(node);
    const obj = node as Record<string, unknown>;
    // for-in sees own keys here: records are JSON.parse results or null-prototype objects
    for (const key in obj) {
      const value = obj[key];
      const fieldPath = isArray ? `${path}[]` : path ? `${path}.${key}` : key;
      if (typeof value === 'string') {
        if (value.length < 6) continue;
        const flags = runtime.flags.get(fieldPath) ?? 0;
        if (flags & SKIP_DATE && value.charCodeAt(4) === 45 && value.length <= 35) continue;
        const found = scanText(value);
        if (found === 0) continue;
        const concrete = isArray ? `${path}[${key}]` : fieldPath;
        this.#privacyHit(found, flags, fieldPath, concrete, source, line, idSample);
      } else if (typeof value === 'number') {
        if (value >= 100000000 && numberLooksLikeBsn(value))
          this.issue('privacy.bsn', source, line, fieldPath, { ...idSample, redacted: true });
      } else if (typeof value === 'object' && value !== null) {
        this.#privacy(value, fieldPath, source, line, idSample, depth + 1);
      }
    }
  }
}
