// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A set of strings kept as 64-bit hashes in one typed array with open addressing (linear probing).
 * Eight bytes per id instead of a JavaScript string plus a Set entry (~60–100 bytes), so five
 * million ids fit in 64 MB at most (the table doubles at 70 % load), plus a bit per slot.
 *
 * Collision odds: two different ids share a 64-bit hash with probability 2^-64. Among n ids the
 * chance that ANY pair collides is about n² / 2^65: 3·10^-8 for one million ids, 7·10^-7 for five
 * million. A collision could only make the validator report a false "duplicate id" or accept a
 * dangling reference whose id collides with a real one; at these odds that is accepted and
 * documented rather than paid for with memory that grows with the file.
 */
export class Hash64Set {
  #table: Uint32Array; // [hi, lo] pairs; (0, 0) marks an empty slot
  /**
   * One bit per slot, set when the slot is taken: 1/64 of the table (256 KB for a million ids,
   * whose table is 16 MB), so it is far more often in the CPU's cache. A new id whose home slot is
   * free — most of them: a table of a million ids reserved ahead is under half full — is then
   * stored without reading the table first, and a store that misses the cache stalls the
   * validator less than a load that does. The table is read only to compare with an id there.
   */
  #taken: Int32Array;
  #mask: number;
  #size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity * 0.7 < expected) capacity *= 2;
    this.#table = new Uint32Array(capacity * 2);
    this.#taken = new Int32Array(capacity >>> 5);
    this.#mask = capacity - 1;
  }

  get size(): number {
    return this.#size;
  }

  /**
   * Grows the table at once to hold `expected` ids (capped at 5 million, 64 MB), so a large
   * file does not pay for doubling and rehashing step by step. Never shrinks.
   */
  reserve(expected: number): void {
    const want = Math.min(Math.max(expected, 0), 5_000_000);
    let capacity = this.#mask + 1;
    while (capacity * 0.7 < this.#size + want) capacity *= 2;
    if (capacity === this.#mask + 1) return;
    this.#rehash(capacity);
  }

  /** Adds the string; returns false when it (or a colliding hash) was already present. */
  add(value: string): boolean {
    hash64(value);
    return this.addHash(hashOut[0]!, hashOut[1]!);
  }

  has(value: string): boolean {
    hash64(value);
    return this.hasHash(hashOut[0]!, hashOut[1]!);
  }

  addHash(hi: number, lo: number): boolean {
    if ((this.#size + 1) / (this.#mask + 1) > 0.7) this.#rehash((this.#mask + 1) * 2);
    const table = this.#table;
    const taken = this.#taken;
    const mask = this.#mask;
    let slot = (lo ^ (hi >>> 7)) & mask;
    for (;;) {
      const bit = 1 << (slot & 31);
      if ((taken[slot >>> 5]! & bit) === 0) {
        taken[slot >>> 5] = taken[slot >>> 5]! | bit;
        table[slot * 2] = hi;
        table[slot * 2 + 1] = lo;
        this.#size++;
        return true;
      }
      if (table[slot * 2] === hi && table[slot * 2 + 1] === lo) return false;
      slot = (slot + 1) & mask;
    }
  }

  hasHash(hi: number, lo: number): boolean {
    const table = this.#table;
    const taken = this.#taken;
    const mask = this.#mask;
    let slot = (lo ^ (hi >>> 7)) & mask;
    for (;;) {
      if ((taken[slot >>> 5]! & (1 << (slot & 31))) === 0) return false;
      if (table[slot * 2] === hi && table[slot * 2 + 1] === lo) return true;
      slot = (slot + 1) & mask;
    }
  }

  #rehash(capacity: number): void {
    const old = this.#table;
    const oldTaken = this.#taken;
    this.#table = new Uint32Array(capacity * 2);
    this.#taken = new Int32Array(capacity >>> 5);
    this.#mask = capacity - 1;
    this.#size = 0;
    for (let slot = 0; slot < old.length >>> 1; slot++)
      if ((oldTaken[slot >>> 5]! & (1 << (slot & 31))) !== 0)
        this.addHash(old[slot * 2]!, old[slot * 2 + 1]!);
  }
}

/** Result registers of {@link hash64}: [hi, lo] (no allocation per call). */
export const hashOut = new Uint32Array(2);

/**
 * Two independent 32-bit multiplicative hashes over the UTF-16 code units, each finished with
 * the murmur3 avalanche step, form one 64-bit hash. Never (0, 0).
 */
export function hash64(value: string): void {
  let h1 = 0x811c9dc5 ^ value.length;
  let h2 = 0x9747b28c ^ Math.imul(value.length, 0x5bd1e995);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  h2 ^= h2 >>> 16;
  h2 = Math.imul(h2, 0x85ebca6b);
  h2 ^= h2 >>> 13;
  h2 = Math.imul(h2, 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  hashOut[0] = h1 >>> 0;
  hashOut[1] = h2 >>> 0 || (h1 >>> 0 === 0 ? 1 : 0);
}
