// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * References between records (`x-reference`): checked at once when the target's files have been
 * read, kept in compact arrays and checked at the end when they come later, and reported once per
 * field when the package has no file of the target entity at all.
 */
import { encodedId, encodeId, type IdKeys } from '../idset.js';
import type { EntityRuntime, ReferenceCheck } from './runtime.js';
import type { Reporter } from './schema-errors.js';
import type { Source } from './source.js';

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

function grow<A extends Uint32Array | Int32Array>(a: A): A {
  const b = new (a.constructor as new (n: number) => A)(a.length * 2);
  b.set(a);
  return b;
}

/** Which entities have files in the package, which are read, and the references still open. */
export class References {
  readonly checks: ReferenceCheck[] = [];
  /** handed to every EntityRuntime, which numbers its reference checks with it */
  readonly index = { next: 0, list: this.checks };
  /** workbooks not read yet: their sheets may hold any entity */
  pendingWorkbooks = 0;
  readonly #filesLeft = new Map<string, number>();
  readonly #absentWarned = new Set<string>();
  readonly #reporter: Reporter;
  readonly #runtimes: ReadonlyMap<string, EntityRuntime>;
  readonly #sources: readonly Source[];
  readonly #idKeys: IdKeys;
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

  constructor(
    reporter: Reporter,
    runtimes: ReadonlyMap<string, EntityRuntime>,
    sources: readonly Source[],
    idKeys: IdKeys,
  ) {
    this.#reporter = reporter;
    this.#runtimes = runtimes;
    this.#sources = sources;
    this.#idKeys = idKeys;
  }

  /** Announces that `entity` has a file in the package that will be read later. */
  expectFile(entity: string): void {
    this.#filesLeft.set(entity, (this.#filesLeft.get(entity) ?? 0) + 1);
  }

  fileDone(entity: string): void {
    this.#filesLeft.set(entity, (this.#filesLeft.get(entity) ?? 1) - 1);
  }

  /**
   * Whether every reference of `ref` goes to an entity without a file in the run, now: then only
   * the first one matters (one `reference.entity-absent` warning per field).
   */
  targetAbsent(ref: ReferenceCheck): boolean {
    const known = this.#runtimes.has(ref.target) && this.#filesLeft.has(ref.target);
    return !known && this.pendingWorkbooks === 0;
  }

  check(ref: ReferenceCheck, value: unknown, source: Source, line: number, idSample: object): void {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const text = String(value);
    const target = this.#runtimes.get(ref.target);
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
    if (!target!.ids.has(text)) this.#unresolved(ref, source, line, text, idSample);
  }

  #unresolved(
    ref: ReferenceCheck,
    source: Source,
    line: number,
    value: string | undefined,
    idSample: object,
  ): void {
    const reporter = this.#reporter;
    reporter.issue('reference.unresolved', source, line, ref.field.path, {
      ...idSample,
      expected: reporter.lang === 'nl' ? `een id van ${ref.target}` : `an id of ${ref.target}`,
      ...(value !== undefined ? reporter.found(source.runtime, ref.field.path, value) : {}),
    });
  }

  #absent(source: Source, ref: ReferenceCheck, line: number): void {
    const key = `${source.runtime.info.name}.${ref.field.path}`;
    if (this.#absentWarned.has(key)) return;
    this.#absentWarned.add(key);
    this.#reporter.issue('reference.entity-absent', source, line, ref.field.path, {
      expected: ref.target,
    });
  }

  #defer(value: string, line: number, source: number, ref: number): void {
    let d = this.#deferred;
    if (d.length === d.line.length) {
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
      const ref = this.checks[d.ref[i]!]!;
      const target = this.#runtimes.get(ref.target);
      const source = this.#sources[d.source[i]!]!;
      if (!target || !this.#filesLeft.has(ref.target)) {
        this.#absent(source, ref, d.line[i]!);
        continue;
      }
      if (target.ids.hasEncoded(d.key[i]!, d.n[i]!, d.hi[i]!, d.lo[i]!)) continue;
      this.#unresolved(ref, source, d.line[i]!, d.values[i], {});
    }
  }
}
