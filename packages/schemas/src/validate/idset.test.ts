// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { encodedId, encodeId, IdKeys, IdSet } from './idset.js';

/** Deterministic pseudo-random numbers. */
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s % n;
  };
}

/**
 * Adds `ids` to an IdSet and to a Set in the same order and checks that both agree on every add,
 * and afterwards on `has` and `hasEncoded` for every id and for ids never added.
 */
function agree(ids: string[], set: IdSet, keys: IdKeys, absent: string[]) {
  const reference = new Set<string>();
  ids.forEach((id, i) => {
    expect(set.add(id), `add #${i} ${id}`).toBe(!reference.has(id));
    reference.add(id);
  });
  expect(set.size).toBe(reference.size);
  for (const id of [...reference, ...absent]) {
    const want = reference.has(id);
    expect(set.has(id), `has ${id}`).toBe(want);
    encodeId(keys, id);
    expect(
      set.hasEncoded(encodedId.key, encodedId.n, encodedId.hi, encodedId.lo),
      `hasEncoded ${id}`,
    ).toBe(want);
  }
}

const numbered = (prefix: string, n: number, width: number) =>
  `${prefix}${String(n).padStart(width, '0')}`;

describe('IdSet', { timeout: 60_000 }, () => {
  it('agrees with a Set on numbered ids in order, reversed and shuffled, with duplicates', () => {
    const random = rng(7);
    const inOrder = Array.from({ length: 5000 }, (_, i) => numbered('BZ-', i + 1, 8));
    const shuffled = [...inOrder];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = random(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const withDuplicates = [...shuffled.slice(0, 3000), ...shuffled.slice(1000, 2000)];
    const absent = ['BZ-00000000', 'BZ-00005001', 'BZ-5', 'BZ-000000001', 'CL-00000001'];
    for (const ids of [inOrder, [...inOrder].reverse(), shuffled, withDuplicates]) {
      const keys = new IdKeys();
      agree(ids, new IdSet(keys), keys, absent);
    }
  });

  it('keeps ids apart that differ only in leading zeros, prefix or digit count', () => {
    const ids = ['BZ-1', 'BZ-01', 'BZ-001', 'bz-1', 'BZ1', '1', '01', 'BZ-1a', 'BZ-1a1', 'B-Z-1'];
    // more than nine digits do not fit the runs' 32-bit numbers; 14294967296 = 10000000000 + 2^32
    ids.push('X-10000000000', 'X-10000000001', 'X-999999999', 'X-999999998');
    const keys = new IdKeys();
    const absent = ['BZ-0001', 'Z-1', '001', 'BZ-2', 'X-14294967296', 'X-999999997'];
    agree([...ids, ...ids], new IdSet(keys), keys, absent);
  });

  it('agrees with a Set on ids that are not numbered, or have more than nine digits', () => {
    const random = rng(11);
    const hex = () => random(0x10000).toString(16).padStart(4, '0');
    const ids = Array.from({ length: 3000 }, () => `${hex()}${hex()}-${hex()}-${hex()}`);
    ids.push('1234567890', '12345678901234567890', 'x', 'ü-1', ...ids.slice(0, 50));
    const keys = new IdKeys();
    agree(ids, new IdSet(keys), keys, ['ffffffff-ffff-ffff', '1234567891', 'ü-2']);
  });

  it('stays exact when run lists fill up and ids spill into the hash set, then runs merge', () => {
    const random = rng(3);
    // every other number first: each makes a run of its own, so a list of 16 runs fills at once
    const odd = Array.from({ length: 200 }, (_, i) => numbered('AB-', 2 * i + 1, 4));
    const even = Array.from({ length: 200 }, (_, i) => numbered('AB-', 2 * i + 2, 4));
    const mixed = Array.from({ length: 600 }, () => numbered('AB-', random(450), 4));
    const keys = new IdKeys();
    agree([...odd, ...even, ...mixed, ...odd], new IdSet(keys, 16), keys, ['AB-0999', 'AB-9999']);
  });

  it('sends the ids of prefixes beyond the key limit to the hash set, for every set alike', () => {
    const keys = new IdKeys(4);
    const ids = Array.from({ length: 40 }, (_, i) =>
      numbered(`P${i % 10}-`, Math.floor(i / 10), 3),
    );
    const visits = new IdSet(keys);
    agree([...ids, ...ids.slice(0, 15)], visits, keys, ['P9-999', 'P1-004', 'Q-001']);
    // a second entity sharing the key table sees the same split
    const clients = new IdSet(keys);
    agree(ids.slice(20), clients, keys, ids.slice(0, 20));
  });

  it('sets one id from a numbered run apart from the same number under another prefix', () => {
    const keys = new IdKeys();
    const set = new IdSet(keys);
    for (let i = 1; i <= 100; i++) set.add(numbered('CL-', i, 5));
    expect(set.has('CL-00050')).toBe(true);
    expect(set.has('DN-00050')).toBe(false);
    expect(set.has('CL-0050')).toBe(false);
    expect(set.add('CL-00101')).toBe(true);
    expect(set.add('CL-00050')).toBe(false);
  });
});

describe('UUIDs in the hash set', { timeout: 60_000 }, () => {
  const uuid = (r: (n: number) => number) => {
    const hex = Array.from({ length: 32 }, () => '0123456789abcdef'[r(16)]).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
  it('agrees with a Set on random, sequential and upper-case UUIDs and on near-UUIDs', () => {
    const r = rng(13);
    const random = Array.from({ length: 20_000 }, () => uuid(r));
    // ids that differ in one hex digit anywhere, as time-based or sequential UUIDs do
    const base = '0f8fa1c2-3b4d-4e5f-8a6b-000000000000';
    const near: string[] = [];
    for (let i = 0; i < 36; i++) {
      if (base[i] === '-') continue;
      for (const d of '123456789abcdef') near.push(base.slice(0, i) + d + base.slice(i + 1));
    }
    const sequential = Array.from(
      { length: 5000 },
      (_, i) => `0f8fa1c2-3b4d-4e5f-8a6b-${i.toString(16).padStart(12, '0')}`,
    );
    const upper = random.slice(0, 500).map((id) => id.toUpperCase());
    // 36 characters with the hyphens in place but not hex, or hyphens elsewhere
    const almost = random.slice(0, 500).flatMap((id) => [`${id.slice(0, 35)}g`, `-${id.slice(1)}`]);
    const ids = [...random, base, ...near, ...sequential, ...upper, ...almost];
    const dups = ids.filter((_, i) => i % 7 === 0);
    const keys = new IdKeys();
    agree([...ids, ...dups], new IdSet(keys), keys, [uuid(rng(99)), `${base.slice(0, 35)}x`]);
  });
});

describe('UUID-shaped ids and the key table', () => {
  it('gives no key to a UUID whose last digits look like a counter, so prefixes keep theirs', () => {
    const keys = new IdKeys(2);
    // nine trailing digits after a 27-character "prefix": without the UUID rule, a key each
    const uuids = Array.from({ length: 5 }, (_, i) => `0f8fa1c2-3b4d-4e5f-8a6b-abc00000123${i}`);
    for (const id of uuids) expect(keys.encode(id), id).toBe(-1);
    expect(keys.encode('BZ-00000001')).toBe(0);
    expect(keys.encode('CL-00000001')).toBe(1);
    const set = new IdSet(keys);
    agree([...uuids, 'BZ-00000001', ...uuids.slice(0, 2)], set, keys, [
      '0f8fa1c2-3b4d-4e5f-8a6b-abc000001239',
    ]);
  });
});
