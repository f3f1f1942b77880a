// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A SEPA direct-debit file, ISO 20022 pain.008.001.02 (SEPA Core), for the household invoices the
 * hub collects in one month: one payment block per sequence type (FRST for a mandate's first
 * collection, RCUR after it), one transaction per invoice with the mandate id and its signing date.
 * Amounts are whole cents in the standard and written with two decimals; the control sums are sums
 * of cents, so they are exact. `checkPain008` re-reads a file and checks what the XSD cannot: the
 * counts and control sums, and every IBAN's mod-97 check digits.
 */
import { isValidIBAN } from 'ibantools';

export interface Creditor {
  /** SEPA creditor identifier (incassant-ID), e.g. NL79ZZZ999999990000. */
  creditorId: string;
  name: string;
  iban: string;
  bic?: string;
}

/**
 * The creditor of the demo and of a region that has not configured one: a made-up creditor
 * identifier (valid check digits, national id 999999990000) and the IBAN standard's example
 * account. A bank refuses it, so no real collection can happen by mistake.
 */
export const DEMO_CREDITOR: Creditor = {
  creditorId: 'NL79ZZZ999999990000',
  name: 'Zorghub (demo)',
  iban: 'NL20INGB0001234567',
};

export type SequenceType = 'FRST' | 'RCUR';

export interface Collection {
  /** The invoice id: the end-to-end id the bank reports back. */
  endToEndId: string;
  amountCents: number;
  mandateId: string;
  /** Date the mandate was signed (YYYY-MM-DD). */
  mandateSignedOn: string;
  sequence: SequenceType;
  debtorName: string;
  debtorIban: string;
  debtorBic?: string;
  /** Unstructured remittance text (max 140). */
  remittance: string;
  /** Requested collection date (YYYY-MM-DD). */
  collectOn: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** SEPA's character set: letters, digits and / - ? : ( ) . , ' + and space; others become a space. */
const latin = (s: string, max: number) =>
  esc(
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ')
      .replace(/ +/g, ' ')
      .trim()
      .slice(0, max) || '-',
  );
const euros = (cents: number) =>
  `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
const agent = (bic?: string) =>
  bic
    ? `<FinInstnId><BIC>${esc(bic)}</BIC></FinInstnId>`
    : '<FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId>';

/** The pain.008.001.02 document for these collections (grouped by sequence type and date). */
export function pain008(
  messageId: string,
  createdAt: Date,
  creditor: Creditor,
  collections: readonly Collection[],
): string {
  // The XSD needs at least one payment block, and every amount at least 0.01 with at most 11
  // digits; a file without them would only be refused by the bank later.
  if (collections.length === 0) throw new Error('pain.008: no collections, so no file');
  for (const c of collections)
    if (!Number.isInteger(c.amountCents) || c.amountCents < 1 || c.amountCents > 99_999_999_999)
      throw new Error(
        `pain.008: ${c.endToEndId} is ${c.amountCents} cents; a collection is at least one cent and at most 999,999,999.99`,
      );
  const sum = (cs: readonly Collection[]) => cs.reduce((s, c) => s + c.amountCents, 0);
  const groups = new Map<string, Collection[]>();
  for (const c of collections) {
    const key = `${c.sequence}|${c.collectOn}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const blocks = [...groups.entries()].sort().map(([key, cs], i) => {
    const [sequence, date] = key.split('|') as [SequenceType, string];
    const tx = cs
      .map(
        (c) =>
          `<DrctDbtTxInf><PmtId><EndToEndId>${latin(c.endToEndId, 35)}</EndToEndId></PmtId>` +
          `<InstdAmt Ccy="EUR">${euros(c.amountCents)}</InstdAmt>` +
          `<DrctDbtTx><MndtRltdInf><MndtId>${latin(c.mandateId, 35)}</MndtId><DtOfSgntr>${c.mandateSignedOn}</DtOfSgntr></MndtRltdInf></DrctDbtTx>` +
          `<DbtrAgt>${agent(c.debtorBic)}</DbtrAgt><Dbtr><Nm>${latin(c.debtorName, 70)}</Nm></Dbtr>` +
          `<DbtrAcct><Id><IBAN>${esc(c.debtorIban)}</IBAN></Id></DbtrAcct>` +
          `<RmtInf><Ustrd>${latin(c.remittance, 140)}</Ustrd></RmtInf></DrctDbtTxInf>`,
      )
      .join('\n');
    return (
      `<PmtInf><PmtInfId>${latin(`${messageId}-${i + 1}`, 35)}</PmtInfId><PmtMtd>DD</PmtMtd>` +
      `<NbOfTxs>${cs.length}</NbOfTxs><CtrlSum>${euros(sum(cs))}</CtrlSum>` +
      `<PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><LclInstrm><Cd>CORE</Cd></LclInstrm><SeqTp>${sequence}</SeqTp></PmtTpInf>` +
      `<ReqdColltnDt>${date}</ReqdColltnDt><Cdtr><Nm>${latin(creditor.name, 70)}</Nm></Cdtr>` +
      `<CdtrAcct><Id><IBAN>${esc(creditor.iban)}</IBAN></Id></CdtrAcct><CdtrAgt>${agent(creditor.bic)}</CdtrAgt>` +
      '<ChrgBr>SLEV</ChrgBr>' +
      `<CdtrSchmeId><Id><PrvtId><Othr><Id>${esc(creditor.creditorId)}</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>\n` +
      `${tx}</PmtInf>`
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    '<CstmrDrctDbtInitn>',
    `<GrpHdr><MsgId>${latin(messageId, 35)}</MsgId><CreDtTm>${createdAt.toISOString().slice(0, 19)}</CreDtTm>` +
      `<NbOfTxs>${collections.length}</NbOfTxs><CtrlSum>${euros(sum(collections))}</CtrlSum>` +
      `<InitgPty><Nm>${latin(creditor.name, 70)}</Nm></InitgPty></GrpHdr>`,
    ...blocks,
    '</CstmrDrctDbtInitn>',
    '</Document>',
    '',
  ].join('\n');
}

const cents = (amount: string) => {
  const m = /^(\d+)\.(\d{2})$/.exec(amount);
  return m ? Number(m[1]) * 100 + Number(m[2]) : Number.NaN;
};

/**
 * Our own check of a pain.008 file beyond its XSD: each payment block's and the group header's
 * NbOfTxs and CtrlSum agree with its transactions (in cents), and every IBAN passes mod-97.
 * Returns the problems found, in words; none for a good file.
 */
export function checkPain008(xml: string): string[] {
  const problems: string[] = [];
  const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => m[1]!);
  const blocks = all(/<PmtInf>([\s\S]*?)<\/PmtInf>/g, xml);
  let total = 0;
  let count = 0;
  for (const [i, b] of blocks.entries()) {
    const amounts = all(/<InstdAmt Ccy="EUR">([^<]*)<\/InstdAmt>/g, b).map(cents);
    const sum = amounts.reduce((s, a) => s + a, 0);
    total += sum;
    count += amounts.length;
    const n = Number(/<NbOfTxs>(\d+)<\/NbOfTxs>/.exec(b)?.[1]);
    const ctrl = cents(/<CtrlSum>([^<]*)<\/CtrlSum>/.exec(b)?.[1] ?? '');
    if (n !== amounts.length)
      problems.push(`PmtInf ${i + 1}: NbOfTxs ${n}, found ${amounts.length} transactions`);
    if (ctrl !== sum)
      problems.push(
        `PmtInf ${i + 1}: CtrlSum ${euros(ctrl)}, transactions add up to ${euros(sum)}`,
      );
  }
  const header = /<GrpHdr>([\s\S]*?)<\/GrpHdr>/.exec(xml)?.[1] ?? '';
  const n = Number(/<NbOfTxs>(\d+)<\/NbOfTxs>/.exec(header)?.[1]);
  const ctrl = cents(/<CtrlSum>([^<]*)<\/CtrlSum>/.exec(header)?.[1] ?? '');
  if (n !== count) problems.push(`GrpHdr: NbOfTxs ${n}, found ${count} transactions`);
  if (ctrl !== total)
    problems.push(`GrpHdr: CtrlSum ${euros(ctrl)}, transactions add up to ${euros(total)}`);
  for (const iban of all(/<IBAN>([^<]*)<\/IBAN>/g, xml))
    if (!isValidIBAN(iban))
      problems.push(`IBAN ${iban.slice(0, 4)}…: check digits are wrong (mod-97)`);
  return problems;
}
