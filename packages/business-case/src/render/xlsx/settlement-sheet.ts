// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The settlement sheets: the full settlement and the local one without the Rijk. Per party a row:
 * the instrument, whether it settles (a yellow cell), its NPV and cashable NPV from the Results
 * sheet, deficit, cashable surplus, contribution, NPV after and the level payment of every year.
 * Under it the totals, what stays uncovered per year, and on the full sheet the cash check: per
 * contributor and year its payment against its cashable net of that year (from the Lines sheet).
 */
import {
  columnLetter,
  type ScenarioInstrumentCode,
  scenarioInstrumentLabels,
} from '@zorghub/schemas';
import type { Worksheet } from 'exceljs';
import type { BusinessCaseResult } from '../../result-types.js';
import type { DriverCells } from './drivers-sheet.js';
import { type LineRanges, YES } from './lines-sheet.js';
import type { PartyCells } from './results-parties.js';
import type { ResultCell } from './results-writer.js';
import { INPUT_FILL, MONEY, setFormula, sheetRef, type WorkbookContext } from './sheet-kit.js';
import { pick } from './sheet-texts.js';

/** Columns of the party rows; the years run from column J. */
const COL = {
  party: 'A',
  instrument: 'B',
  settles: 'C',
  npv: 'D',
  cashableNpv: 'E',
  deficit: 'F',
  surplus: 'G',
  contribution: 'H',
  npvAfter: 'I',
} as const;
const yearCol = (i: number): string => columnLetter(9 + i);

export interface SettlementSheetInput {
  context: WorkbookContext;
  result: BusinessCaseResult;
  drivers: DriverCells;
  parties: PartyCells;
  lines: LineRanges;
  cells: ResultCell[];
  /** The Results sheet, where the party cells live. */
  results: Worksheet;
  local: boolean;
}

export function writeSettlementSheet(sheet: Worksheet, input: SettlementSheetInput): void {
  const { context, result, drivers, parties, results, cells, local } = input;
  const onResults = (ref: string | undefined) => `${sheetRef(results)}!${ref as string}`;
  const { lang, strings: s, texts, model } = context;
  const put = (address: string, key: string, formula: string, format = MONEY) => {
    setFormula(sheet, address, formula, format);
    cells.push({ key, sheet: sheet.name, address });
  };
  const entry = local ? 'localSettlement.settlement' : 'settlement';
  const summary = local ? 'localSettlement.summary' : 'settlementSummary';
  const h = model.horizon;
  const first = Math.max(0, Math.min(h - 1, model.baseYear - model.startYear));

  sheet.getCell('A1').value = local ? s.localSettlement : s.settlement;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value = local ? texts.localSettlementNote : texts.settlementNote;
  const head = [
    s.stakeholder,
    s.instrument,
    texts.settles,
    s.npv,
    s.cashableNpv,
    s.deficit,
    s.surplus,
    s.contribution,
    s.npvAfter,
    ...result.years.map(String),
  ];
  sheet.getRow(4).values = head;
  sheet.getRow(4).font = { bold: true };
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 36;
  for (let c = 3; c <= 9 + h; c++) sheet.getColumn(c).width = 15;

  const firstRow = 5;
  const lastRow = firstRow + result.stakeholders.length - 1;
  const range = (col: string) => `$${col}$${firstRow}:$${col}$${lastRow}`;
  const totalsRow = lastRow + 2;
  const totalDeficit = `$B$${totalsRow}`;
  const totalSurplus = `$B$${totalsRow + 1}`;
  const covered = `$B$${totalsRow + 2}`;
  const shortfall = `$B$${totalsRow + 3}`;
  const annuityCell = `$B$${totalsRow + 4}`;

  result.stakeholders.forEach((party, si) => {
    const row = firstRow + si;
    const code = model.stakeholders[si]?.instrument ?? null;
    sheet.getCell(`${COL.party}${row}`).value = party.name[lang];
    sheet.getCell(`${COL.instrument}${row}`).value = code
      ? (scenarioInstrumentLabels[code as ScenarioInstrumentCode]?.[lang] ?? code)
      : '-';
    cells.push({ key: `${entry}[${si}].instrument`, sheet: sheet.name, address: `B${row}` });
    const settles = sheet.getCell(`${COL.settles}${row}`);
    settles.value = model.stakeholders[si]?.settles && !(local && party.id === 'rijk') ? 1 : 0;
    settles.fill = INPUT_FILL;
    put(`${COL.npv}${row}`, `${entry}[${si}].npvBefore`, onResults(parties.npv[si]));
    setFormula(sheet, `${COL.cashableNpv}${row}`, onResults(parties.cashableNpv[si]), MONEY);
    const npv = `${COL.npv}${row}`;
    const on = `${COL.settles}${row}=1`;
    put(`${COL.deficit}${row}`, `${entry}[${si}].deficit`, `IF(${on},MAX(0,-${npv}),0)`);
    put(
      `${COL.surplus}${row}`,
      `${entry}[${si}].cashableSurplus`,
      `IF(AND(${on},${npv}>0),MAX(0,MIN(${COL.cashableNpv}${row},${npv})),0)`,
    );
    const contribution = `${COL.contribution}${row}`;
    put(
      contribution,
      `${entry}[${si}].contribution`,
      `IF(${totalDeficit}>0,${covered}*${COL.deficit}${row}/${totalDeficit},0)-IF(${totalSurplus}>0,${covered}*${COL.surplus}${row}/${totalSurplus},0)`,
    );
    put(`${COL.npvAfter}${row}`, `${entry}[${si}].npvAfter`, `${npv}+${contribution}`);
    for (let i = 0; i < h; i++)
      put(
        `${yearCol(i)}${row}`,
        `${entry}[${si}].yearly[${i}]`,
        i < first ? '0' : `$${contribution}/${annuityCell}`,
      );
  });

  const label = (row: number, text: string) => {
    sheet.getCell(`A${row}`).value = text;
  };
  label(totalsRow, s.deficit as string);
  put(`B${totalsRow}`, `${summary}.totalDeficit`, `SUM(${range(COL.deficit)})`);
  label(totalsRow + 1, s.surplus as string);
  put(`B${totalsRow + 1}`, `${summary}.totalCashableSurplus`, `SUM(${range(COL.surplus)})`);
  label(totalsRow + 2, pick(lang, 'Gedekt', 'Covered'));
  put(`B${totalsRow + 2}`, `${summary}.covered`, `MIN(${totalDeficit},${totalSurplus})`);
  label(totalsRow + 3, pick(lang, 'Tekort na verrekening', 'Shortfall after settlement'));
  put(`B${totalsRow + 3}`, `${summary}.shortfall`, `${totalDeficit}-${covered}`);
  // Level payments from the base year on: the annuity factor over the years from the base year.
  label(totalsRow + 4, texts.annuity);
  const discount = drivers.discountAt(first);
  const lastDiscount = drivers.discountAt(h - 1).replace(/^.*!/, '');
  setFormula(sheet, `B${totalsRow + 4}`, `SUM(${discount}:${lastDiscount})`, '0.0000');

  const row = totalsRow + 6;
  if (local) {
    label(row, texts.uncoveredPerYear);
    for (let i = 0; i < h; i++)
      put(
        `${yearCol(i)}${row}`,
        `localSettlement.uncovered[${i}]`,
        i < first ? '0' : `${shortfall}/${annuityCell}`,
      );
    sheet.getRow(row).font = { bold: true };
    return;
  }
  writeCashCheck(sheet, input, { row, firstRow, put });
}

/** The cash check: per party and year its cashable net, its payment and whether the payment is larger. */
function writeCashCheck(
  sheet: Worksheet,
  input: SettlementSheetInput,
  at: {
    row: number;
    firstRow: number;
    put: (address: string, key: string, formula: string, format?: string) => void;
  },
): void {
  const { context, result, lines } = input;
  const { lang, texts, model } = context;
  const h = model.horizon;
  let row = at.row;
  sheet.getCell(`A${row}`).value = texts.cashCheck;
  sheet.getCell(`A${row}`).font = { bold: true };
  sheet.getCell(`A${row + 1}`).value = texts.cashCheckNote;
  row += 2;
  const flags: string[] = [];
  result.stakeholders.forEach((party, si) => {
    const id = `"${party.id}"`;
    const partyRow = at.firstRow + si;
    sheet.getCell(`A${row}`).value = `${party.name[lang]}: ${texts.cashableNet}`;
    sheet.getCell(`A${row + 1}`).value = `${party.name[lang]}: ${texts.payment}`;
    sheet.getCell(`A${row + 2}`).value = `${party.name[lang]}: ${texts.cashBreak}`;
    for (let i = 0; i < h; i++) {
      const c = yearCol(i);
      const cashable = `${c}${row}`;
      const payment = `${c}${row + 1}`;
      setFormula(
        sheet,
        cashable,
        `SUMIFS(${lines.year(i)},${lines.receiver},${id},${lines.cashable},"${YES}")-SUMIFS(${lines.year(i)},${lines.payer},${id},${lines.cashable},"${YES}")`,
        MONEY,
      );
      setFormula(sheet, payment, `-${c}${partyRow}`, MONEY);
      setFormula(
        sheet,
        `${c}${row + 2}`,
        `IF(AND($${COL.contribution}$${partyRow}<0,${payment}>0.005,${payment}>${cashable}+0.005),1,0)`,
        '0',
      );
    }
    flags.push(`${yearCol(0)}${row + 2}:${yearCol(h - 1)}${row + 2}`);
    row += 4;
  });
  sheet.getCell(`A${row}`).value = texts.cashBreaks;
  sheet.getCell(`A${row}`).font = { bold: true };
  at.put(`B${row}`, 'cashCheck.breaks.length', `SUM(${flags.join(',')})`, '0');
}
