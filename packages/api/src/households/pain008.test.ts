// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The SEPA direct-debit file: exact control sums in cents, FRST/RCUR, and a broken file caught. */
import { describe, expect, it } from 'vitest';
import { type Collection, checkPain008, DEMO_CREDITOR, pain008 } from './pain008.js';

const tx = (over: Partial<Collection> = {}): Collection => ({
  endToEndId: 'FA-2026-11-AB-1',
  amountCents: 12_001,
  mandateId: 'MA-1',
  mandateSignedOn: '2026-10-01',
  sequence: 'FRST',
  debtorName: 'Huishouden Voorbeeld',
  debtorIban: 'NL91ABNA0417164300',
  remittance: 'Factuur 2026-11-AB-1',
  collectOn: '2026-12-05',
  ...over,
});

export const sampleFile = () =>
  pain008('ZH-2026-11-1', new Date('2026-12-03T10:00:00Z'), DEMO_CREDITOR, [
    tx(),
    tx({ endToEndId: 'FA-2', amountCents: 1, sequence: 'RCUR', mandateId: 'MA-2' }),
    tx({
      endToEndId: 'FA-3',
      amountCents: 9_999,
      sequence: 'RCUR',
      mandateId: 'MA-3',
      debtorName: 'Zoë & <Co>',
    }),
  ]);

describe('pain.008.001.02', () => {
  it('writes exact control sums from cents, one block per sequence type', () => {
    const xml = sampleFile();
    expect(xml).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"');
    expect(xml).toMatch(/<GrpHdr>.*<NbOfTxs>3<\/NbOfTxs><CtrlSum>220\.01<\/CtrlSum>/);
    expect(xml).toMatch(/<SeqTp>FRST<\/SeqTp>/);
    expect(xml).toMatch(/<NbOfTxs>2<\/NbOfTxs><CtrlSum>100\.00<\/CtrlSum>/);
    expect(xml).toContain('<InstdAmt Ccy="EUR">0.01</InstdAmt>');
    expect(xml).toContain('<MndtId>MA-1</MndtId><DtOfSgntr>2026-10-01</DtOfSgntr>');
    expect(xml).toContain(`<Id>${DEMO_CREDITOR.creditorId}</Id>`);
    // Outside the SEPA character set becomes a space; nothing unescaped.
    expect(xml).toContain('<Nm>Zoe Co</Nm>');
    expect(checkPain008(xml)).toEqual([]);
  });

  it('finds a wrong control sum, a wrong count and an IBAN with wrong check digits', () => {
    const xml = sampleFile();
    expect(
      checkPain008(xml.replace('<CtrlSum>220.01</CtrlSum>', '<CtrlSum>220.00</CtrlSum>')),
    ).toEqual(['GrpHdr: CtrlSum 220.00, transactions add up to 220.01']);
    expect(checkPain008(xml.replace('<NbOfTxs>3</NbOfTxs>', '<NbOfTxs>4</NbOfTxs>'))[0]).toMatch(
      /GrpHdr: NbOfTxs 4, found 3/,
    );
    // Only the first transaction's IBAN is broken.
    expect(checkPain008(xml.replace('NL91ABNA0417164300', 'NL92ABNA0417164300'))).toEqual([
      'IBAN NL92…: check digits are wrong (mod-97)',
    ]);
  });
});
