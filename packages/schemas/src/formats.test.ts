// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  fastDate,
  fastDateTime,
  isStandardId,
  originalDateFormat,
  originalDateTimeFormat,
} from './formats.js';

const original = (f: unknown) =>
  typeof f === 'function' ? f : (f as { validate: (s: string) => boolean }).validate;
const refDate = original(originalDateFormat) as (s: string) => boolean;
const refDateTime = original(originalDateTimeFormat) as (s: string) => boolean;

/** Deterministic strings near the common shapes: random digits, and now and then a wrong character. */
function* candidates(count: number): Generator<string> {
  let seed = 12345;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const digit = () => String(rand(10));
  const templates = [
    'dddd-dd-dd',
    'dddd-dd-ddTdd:dd:ddZ',
    'dddd-dd-ddTdd:dd:dd+dd:dd',
    'dddd-dd-ddTdd:dd:dd-dd:dd',
    'dddd-dd-ddtdd:dd:ddz',
    'dddd-dd-dd dd:dd:dd+dd:dd',
    'dddd-dd-ddTdd:dd:dd.ddd+dd:dd',
    'dddd-dd-ddTdd:dd:dd+dddd',
  ];
  const noise = ['x', '-', ':', 'T', 'Z', '+', ' ', '9', '0', '1', '2', '3', '6'];
  for (let i = 0; i < count; i++) {
    let s = templates[rand(templates.length)]!.replace(/d/g, digit);
    // bias towards plausible values so that valid strings are common too
    if (rand(2))
      s = `20${rand(3)}${rand(10)}-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(31)).padStart(2, '0')}${s.slice(10)}`;
    if (s.length > 12 && rand(2))
      s = `${s.slice(0, 11)}${String(rand(25)).padStart(2, '0')}:${String(rand(61)).padStart(2, '0')}:${String(rand(61)).padStart(2, '0')}${s.slice(19)}`;
    if (rand(8) === 0) {
      const at = rand(s.length);
      s = s.slice(0, at) + noise[rand(noise.length)] + s.slice(at + 1);
    }
    yield s;
  }
}

describe('fast date and date-time checks', { timeout: 60_000 }, () => {
  it('give the same answer as ajv-formats on 200 000 generated strings', () => {
    let valid = 0;
    const differences: string[] = [];
    for (const s of candidates(200_000)) {
      const expected = s.length === 10 ? refDate(s) : refDateTime(s);
      const actual = s.length === 10 ? fastDate(s) : fastDateTime(s);
      if (expected) valid++;
      if (actual !== expected && differences.length < 10) differences.push(s);
      // date-time checks also see date-only strings and vice versa
      if (fastDateTime(s) !== refDateTime(s) && differences.length < 10)
        differences.push(`dt:${s}`);
      if (fastDate(s) !== refDate(s) && differences.length < 10) differences.push(`d:${s}`);
    }
    expect(differences).toEqual([]);
    expect(valid).toBeGreaterThan(20_000); // the generator reaches the valid shapes, not only junk
  });

  it('handles the edges: leap years, month lengths, leap seconds and offsets', () => {
    for (const s of [
      '2024-02-29',
      '2023-02-29',
      '1900-02-29',
      '2000-02-29',
      '2025-04-31',
      '2025-00-10',
      '2025-13-01',
    ])
      expect(fastDate(s), s).toBe(refDate(s));
    for (const s of [
      '2016-12-31T23:59:60Z',
      '2025-03-01T24:00:00Z',
      '2025-03-01T09:30:00+24:00',
      '2025-03-01T09:30:00+01:60',
      '2025-03-01T09:30:00+01:00',
      '2025-03-01T09:30:00',
    ])
      expect(fastDateTime(s), s).toBe(refDateTime(s));
  });
});

describe('the id pattern without a regex', { timeout: 60_000 }, () => {
  it('agrees with ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$ (unicode flag, as ajv compiles it)', () => {
    const regex = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/u;
    const alphabet = ['a', 'Z', '0', '9', '.', '_', '-', ' ', '/', 'é', '\n', '😀', '@'];
    let seed = 7;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const cases = [
      '',
      'a',
      'BZ-000001',
      `a${'b'.repeat(63)}`,
      `a${'b'.repeat(64)}`,
      '-a',
      'a\n',
      'CL-0001\n',
    ];
    for (let i = 0; i < 50_000; i++) {
      const length = rand(70);
      let s = '';
      for (let j = 0; j < length; j++) s += alphabet[rand(alphabet.length)];
      cases.push(s);
    }
    const differences = cases.filter((s) => isStandardId(s) !== regex.test(s));
    expect(differences).toEqual([]);
    expect(cases.filter((s) => regex.test(s)).length).toBeGreaterThan(100);
  });
});
