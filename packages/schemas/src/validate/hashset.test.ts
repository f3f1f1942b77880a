// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Hash64Set } from './hashset.js';

describe('Hash64Set probe chains', () => {
  // a table of 1024 slots: (lo ^ (hi >>> 7)) & 1023 is the home slot
  it('keeps hashes sharing one home slot apart, also where the chain wraps past the last slot', () => {
    const set = new Hash64Set();
    for (const home of [0, 31, 32, 1023]) {
      const hashes = Array.from({ length: 40 }, (_, i) => [i + 1, home + 1024 * (i + 1)]);
      for (const [hi, lo] of hashes) {
        // (hi >>> 7) is 0 for these hi, so every one starts at `home`
        expect(set.addHash(hi!, lo!), `add ${hi},${lo}`).toBe(true);
      }
      for (const [hi, lo] of hashes) {
        expect(set.addHash(hi!, lo!), `again ${hi},${lo}`).toBe(false);
        expect(set.hasHash(hi!, lo!)).toBe(true);
      }
      // the same home slot, never added: the chain is walked to its end
      expect(set.hasHash(99, home + 1024 * 99)).toBe(false);
    }
    expect(set.size).toBe(160);
  });

  it('keeps every hash through growth, and a free home slot still means absent', () => {
    const set = new Hash64Set();
    for (let i = 1; i <= 5000; i++)
      expect(set.addHash(i, Math.imul(i, 0x9e3779b1) >>> 0)).toBe(true);
    set.reserve(100_000);
    expect(set.size).toBe(5000);
    for (let i = 1; i <= 5000; i++) {
      expect(set.hasHash(i, Math.imul(i, 0x9e3779b1) >>> 0)).toBe(true);
      expect(set.hasHash(i, (Math.imul(i, 0x9e3779b1) ^ 1) >>> 0)).toBe(false);
    }
  });
});
