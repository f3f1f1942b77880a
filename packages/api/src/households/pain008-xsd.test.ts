// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The direct-debit file against the pain.008.001.02 XSD of the Deutsche Kreditwirtschaft (with the
 * EPC SDD Core rules), read by libxml2: a sweep of awkward inputs must always give a valid file, and
 * broken files must be refused, which shows the check can fail.
 */
import { describe, expect, it } from 'vitest';
import { xsdErrors } from '../test-support/pain008-xsd.js';
import { type Collection, checkPain008, DEMO_CREDITOR, pain008 } from './pain008.js';

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pseudonymous, made-up test values: no real people or accounts (the IBANs are the standards' examples).
const PIECES = [
  'Huishouden',
  'Zoë',
  'Ærø',
  'Straße',
  'Ωμέγα',
  '🙂',
  '&<>"',
  "d'Or",
  ' ',
  "+?/:().,'-",
  'Ĳssel',
];
const IBANS = [
  'NL91ABNA0417164300',
  'NL20INGB0001234567',
  'DE89370400440532013000',
  'BE68539007547034',
];

function text(r: () => number, maxPieces: number): string {
  const n = 1 + Math.floor(r() * maxPieces);
  return Array.from({ length: n }, () => PIECES[Math.floor(r() * PIECES.length)]).join(
    r() < 0.5 ? ' ' : '',
  );
}

function collections(seed: number, n: number): Collection[] {
  const r = random(seed);
  return Array.from({ length: n }, (_, i) => ({
    endToEndId: `FA-${seed}-${i}${r() < 0.2 ? ' ' + text(r, 12) : ''}`,
    amountCents: r() < 0.1 ? 1 : r() < 0.1 ? 99_999_999_999 : 1 + Math.floor(r() * 1_000_000),
    mandateId: r() < 0.2 ? `MA ${text(r, 8)}` : `MA-${i}`,
    mandateSignedOn: '2026-10-01',
    sequence: r() < 0.5 ? 'FRST' : 'RCUR',
    debtorName: text(r, 40),
    debtorIban: IBANS[i % IBANS.length]!,
    ...(r() < 0.3 ? { debtorBic: 'ABNANL2A' } : {}),
    remittance: `Factuur ${text(r, 60)}`,
    collectOn: r() < 0.5 ? '2026-12-05' : '2026-12-12',
  }));
}

describe('pain.008.001.02 against its XSD', () => {
  it('writes a valid file for 20 sweeps of awkward names, ids, lengths and amounts', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const xml = pain008(
        `ZH-2026-11-${seed}`,
        new Date('2026-12-03T10:00:00Z'),
        {
          ...DEMO_CREDITOR,
          name: text(random(seed), 30),
          ...(seed % 2 ? { bic: 'INGBNL2A' } : {}),
        },
        collections(seed, 1 + (seed % 7) * 5),
      );
      expect({ seed, errors: xsdErrors(xml) }).toEqual({ seed, errors: [] });
      expect(checkPain008(xml)).toEqual([]);
    }
  });

  it('refuses files that a bank would refuse, so the check can fail', () => {
    const good = pain008(
      'ZH-1',
      new Date('2026-12-03T10:00:00Z'),
      DEMO_CREDITOR,
      collections(99, 2),
    );
    expect(xsdErrors(good)).toEqual([]);
    const broken = {
      'an amount of zero': good.replace(/<InstdAmt Ccy="EUR">[^<]+</, '<InstdAmt Ccy="EUR">0.00<'),
      'an unknown sequence type': good.replace(/<SeqTp>(FRST|RCUR)</, '<SeqTp>OOFF1<'),
      'a name over 70 characters': good.replace(/<Dbtr><Nm>[^<]*</, `<Dbtr><Nm>${'x'.repeat(71)}<`),
      'no payment block': good.replace(/<PmtInf>[\s\S]*<\/PmtInf>/, ''),
      'a pound amount': good.replace('Ccy="EUR"', 'Ccy="GBP"'),
    };
    for (const [what, xml] of Object.entries(broken)) {
      expect({ what, changed: xml !== good }).toEqual({ what, changed: true });
      expect({ what, refused: xsdErrors(xml).length > 0 }).toEqual({ what, refused: true });
    }
  });

  it('will not write a file a bank must refuse: no collections, or an amount under one cent', () => {
    const at = new Date('2026-12-03T10:00:00Z');
    expect(() => pain008('ZH-1', at, DEMO_CREDITOR, [])).toThrow(/no collections/);
    const [one] = collections(5, 1);
    expect(() => pain008('ZH-1', at, DEMO_CREDITOR, [{ ...one!, amountCents: 0 }])).toThrow(
      /at least one cent/,
    );
  });
});
