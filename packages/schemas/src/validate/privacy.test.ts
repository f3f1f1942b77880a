// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Hash64Set } from './hashset.js';
import {
  numberLooksLikeBsn,
  PRIVACY_BSN,
  PRIVACY_EMAIL,
  PRIVACY_PHONE,
  passesElfproef,
  scanText,
} from './privacy.js';

// 111222333 and 123456782 pass the 11-check but are synthetic test numbers, never issued to a person.
describe('the BSN 11-check', { timeout: 60_000 }, () => {
  it('accepts numbers whose weighted sum is a multiple of 11', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('123456782')).toBe(true);
  });
  it('rejects numbers that fail it, the wrong length and all zeros', () => {
    expect(passesElfproef('111222334')).toBe(false);
    expect(passesElfproef('12345678')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
  });
  it('finds a BSN inside free text and as a number, not inside longer digit runs', () => {
    expect(scanText('klant met nummer 111222333 belde') & PRIVACY_BSN).toBeTruthy();
    expect(scanText('1112.22.333') & PRIVACY_BSN).toBeTruthy();
    expect(scanText('ref 11122233344') & PRIVACY_BSN).toBe(0);
    expect(numberLooksLikeBsn(111222333)).toBe(true);
    expect(numberLooksLikeBsn(111222334)).toBe(false);
  });
});

describe('contact details in text', { timeout: 60_000 }, () => {
  it('finds e-mail addresses', () => {
    expect(scanText('mail naar iemand@voorbeeld.nl graag')).toBe(PRIVACY_EMAIL);
    expect(scanText('geen adres @ hier')).toBe(0);
  });
  it('finds Dutch and international phone numbers written in several ways', () => {
    for (const text of [
      'bel 06-12345678',
      'bel 0612345678 terug',
      'tel. 015 212 34 56',
      '+31 6 1234 5678',
      '+31 (0)6 12345678',
      '0031612345678',
    ])
      expect(scanText(text) & PRIVACY_PHONE, text).toBeTruthy();
  });
  it('does not take dates, times, ids or amounts for phone numbers', () => {
    for (const text of [
      '2025-03-01T09:30:00+01:00',
      '01-03-2025 09:30',
      'BZ-0000012345',
      'NL91ABNA0417164300',
      'bedrag 1234567',
      'CL-0001',
    ])
      expect(scanText(text), text).toBe(0);
  });
  it('does not take the digits inside UUIDs or hexadecimal hashes for a BSN or phone number', () => {
    // each holds a run passing the 11-check (259359567, 123456782) or a Dutch-looking number
    for (const text of [
      '503204ee-c2bd-44c3-b76b-259359567ca4',
      '00065246-2532-40d0-bc49-4ba1c2b91cad',
      '00840382-8820-4F3B-9E53-8D067D9C178F',
      'a3f1123456782b9e0c4d',
      'sha1 9a0b0612345678ffee00112233445566778899aa',
    ])
      expect(scanText(text), text).toBe(0);
    // a number next to such a token, or in an id that is not hexadecimal, still counts
    expect(
      scanText('503204ee-c2bd-44c3-b76b-259359567ca4 bsn 123456782') & PRIVACY_BSN,
    ).toBeTruthy();
    expect(
      scanText('pseudoniem 503204ee-c2bd-44c3-b76b-0ca4 tel 0612345678') & PRIVACY_PHONE,
    ).toBeTruthy();
    expect(scanText('BSN123456782') & PRIVACY_BSN).toBeTruthy();
  });
});

describe('Hash64Set', { timeout: 60_000 }, () => {
  it('keeps 300 000 distinct ids without a false duplicate and finds real duplicates', () => {
    const set = new Hash64Set();
    let added = 0;
    for (let i = 0; i < 300_000; i++) if (set.add(`BZ-${i}`)) added++;
    expect(added).toBe(300_000);
    expect(set.size).toBe(300_000);
    expect(set.add('BZ-123')).toBe(false);
    expect(set.has('BZ-299999')).toBe(true);
    expect(set.has('BZ-300000')).toBe(false);
  });

  it('keeps its ids and finds duplicates after reserve() grows the table', () => {
    const set = new Hash64Set();
    for (let i = 0; i < 500; i++) set.add(`CL-${i}`);
    set.reserve(200_000);
    expect(set.size).toBe(500);
    expect(set.has('CL-499')).toBe(true);
    expect(set.add('CL-0')).toBe(false);
    for (let i = 500; i < 200_000; i++) expect(set.add(`CL-${i}`)).toBe(true);
    expect(set.size).toBe(200_000);
    expect(set.has('CL-200000')).toBe(false);
  });
});
