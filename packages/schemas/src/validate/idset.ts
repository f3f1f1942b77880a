// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { Hash64Set, hash64, hashOut } from './hashset.js';

/**
 * The ids of one entity, for the uniqueness and reference checks.
 *
 * Exports mostly number their records: `BZ-00000001`, `BZ-00000002`, … An id of that shape (a
 * prefix, then 1–9 digits; not shaped like a UUID, whose last digits are no counter) is kept
 * exactly, as a number in a sorted list of runs per prefix and digit count: ids that arrive in
 * order only extend the last run, which costs neither memory nor a cache miss. Every other id —
 * and an id of a prefix whose run list is full — goes into a
 * {@link Hash64Set} (64-bit hashes; its collision odds are documented there). On a file of a
 * million numbered visits this takes the id check from the largest of the validator's own costs
 * (one cache miss per record in a 16 MB table) to almost nothing.
 */
export class IdKeys {
  /** `${digitCount}:${prefix}` → key number */
  readonly #keys = new Map<string, number>();
  #lastPrefix = '';
  #lastDigits = -1;
  #lastKey = -1;
  /** the number of the id last encoded */
  n = 0;

  constructor(readonly maxKeys = 1024) {}

  /**
   * The key (≥ 0) of `id`, with its number in {@link n}; -1 when `id` is not a prefix of at most
   * 32 characters followed by 1–9 digits, when it is shaped like a UUID, or when its prefix is new
   * and {@link maxKeys} prefixes are known already (ids of that prefix then always go to the
   * hash set).
   */
  encode(id: string): number {
    const len = id.length;
    // shaped like a UUID (hyphens at 8, 13, 18, 23): its trailing digits count nothing, and
    // making each a prefix of its own would only fill the key table (the hash set keeps it)
    if (
      len === 36 &&
      id.charCodeAt(23) === 45 &&
      id.charCodeAt(8) === 45 &&
      id.charCodeAt(13) === 45 &&
      id.charCodeAt(18) === 45
    )
      return -1;
    let start = len;
    while (start > 0) {
      const c = id.charCodeAt(start - 1);
      if (c < 48 || c > 57) break;
      start--;
    }
    const digits = len - start;
    if (digits === 0 || digits > 9 || start > 32) return -1;
    let n = 0;
    for (let i = start; i < len; i++) n = n * 10 + (id.charCodeAt(i) - 48);
    this.n = n;
    if (
      digits === this.#lastDigits &&
      start === this.#lastPrefix.length &&
      id.startsWith(this.#lastPrefix)
    )
      return this.#lastKey;
    const prefix = id.slice(0, start);
    const name = `${digits}:${prefix}`;
    let key = this.#keys.get(name);
    if (key === undefined) {
      if (this.#keys.size >= this.maxKeys) return -1;
      key = this.#keys.size;
      this.#keys.set(name, key);
    }
    this.#lastPrefix = prefix;
    this.#lastDigits = digits;
    this.#lastKey = key;
    return key;
  }
}

/** Disjoint runs [lo, hi] of numbers, sorted. */
class Runs {
  lo = new Uint32Array(8);
  hi = new Uint32Array(8);
  count = 0;
  /** ids of this key kept in the hash set because the list was full when they came */
  spilled = 0;

  /** Index of the run holding `n`, or -(insertion point) - 1. */
  find(n: number): number {
    const count = this.count;
    if (count === 0 || n > this.hi[count - 1]!) return -count - 1;
    let a = 0;
    let b = count - 1;
    while (a <= b) {
      const m = (a + b) >>> 1;
      if (n < this.lo[m]!) b = m - 1;
      else if (n > this.hi[m]!) a = m + 1;
      else return m;
    }
    return -a - 1;
  }

  /** Adds `n` (not present) before run `at`; false when that needs a run more than `max`. */
  insert(at: number, n: number, max: number): boolean {
    const lo = this.lo;
    const hi = this.hi;
    const left = at > 0 && hi[at - 1]! + 1 === n;
    const right = at < this.count && lo[at]! - 1 === n;
    if (left && right) {
      hi[at - 1] = hi[at]!;
      lo.copyWithin(at, at + 1, this.count);
      hi.copyWithin(at, at + 1, this.count);
      this.count--;
      return true;
    }
    if (left) {
      hi[at - 1] = n;
      return true;
    }
    if (right) {
      lo[at] = n;
      return true;
    }
    if (this.count >= max) return false;
    if (this.count === lo.length) {
      const size = Math.min(lo.length * 2, max);
      const nlo = new Uint32Array(size);
      const nhi = new Uint32Array(size);
      nlo.set(lo);
      nhi.set(hi);
      this.lo = nlo;
      this.hi = nhi;
    }
    this.lo.copyWithin(at + 1, at, this.count);
    this.hi.copyWithin(at + 1, at, this.count);
    this.lo[at] = n;
    this.hi[at] = n;
    this.count++;
    return true;
  }
}

export class IdSet {
  readonly #keys: IdKeys;
  readonly #hash = new Hash64Set();
  readonly #runs: Array<Runs | undefined> = [];
  readonly #maxRuns: number;
  #size = 0;

  constructor(keys: IdKeys, maxRuns = 4096) {
    this.#keys = keys;
    this.#maxRuns = maxRuns;
  }

  get size(): number {
    return this.#size;
  }

  /** See {@link Hash64Set.reserve}: sizes the hash set for ids that are not numbered. */
  reserve(expected: number): void {
    this.#hash.reserve(expected);
  }

  /** Adds `id`; false when it was already there (or, for ids in the hash set, a colliding hash). */
  add(id: string): boolean {
    const key = this.#keys.encode(id);
    if (key < 0) return this.#counted(this.#hash.add(id));
    const n = this.#keys.n;
    let runs = this.#runs[key];
    if (runs === undefined) {
      runs = new Runs();
      this.#runs[key] = runs;
    }
    const at = runs.find(n);
    if (at >= 0) return false;
    if (runs.spilled > 0 && this.#hash.has(id)) return false;
    if (!runs.insert(-at - 1, n, this.#maxRuns)) {
      runs.spilled++;
      this.#hash.add(id);
    }
    this.#size++;
    return true;
  }

  has(id: string): boolean {
    const key = this.#keys.encode(id);
    if (key < 0) return this.#hash.has(id);
    const runs = this.#runs[key];
    if (runs === undefined) return false;
    if (runs.find(this.#keys.n) >= 0) return true;
    return runs.spilled > 0 && this.#hash.has(id);
  }

  /**
   * {@link has} for an id remembered as {@link encodeId} wrote it (a reference whose target is read
   * later), without the string itself.
   */
  hasEncoded(key: number, n: number, hi: number, lo: number): boolean {
    if (key < 0) return this.#hash.hasHash(hi, lo);
    const runs = this.#runs[key];
    if (runs === undefined) return false;
    if (runs.find(n) >= 0) return true;
    return runs.spilled > 0 && this.#hash.hasHash(hi, lo);
  }

  #counted(added: boolean): boolean {
    if (added) this.#size++;
    return added;
  }
}

/** Result registers of {@link encodeId}: key, number, hash hi, hash lo (no allocation per call). */
export const encodedId = { key: -1, n: 0, hi: 0, lo: 0 };

/** Everything {@link IdSet.hasEncoded} needs to look `id` up later. */
export function encodeId(keys: IdKeys, id: string): void {
  encodedId.key = keys.encode(id);
  encodedId.n = keys.n;
  hash64(id);
  encodedId.hi = hashOut[0]!;
  encodedId.lo = hashOut[1]!;
}
