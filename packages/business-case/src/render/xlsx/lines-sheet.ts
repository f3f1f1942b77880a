// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The Base sheet (each line's yearly quantity × price before corrections) and the Lines sheet (its
 * flags, its correction factor in L, its present value in M and its yearly values from N, with
 * drop-off over the years an effect lasts and skimming as a share of the line it skims).
 */
import type { Worksheet } from 'exceljs';
import type { CompiledLine } from '../../model/compile.js';
import { STAKEHOLDER_IDS } from '../../types.js';
import { baseQuantityFormula } from './base-quantities.js';
import type { DriverCells } from './drivers-sheet.js';
import type { InputCells } from './inputs-sheet.js';
import {
  lineYearColumn,
  MONEY,
  orZero,
  setFormula,
  sheetRef,
  type WorkbookContext,
  writeYearHeader,
  yearColumn,
} from './sheet-kit.js';
import { pick } from './sheet-texts.js';

export const YES = 'ja';
export const NO = 'nee';
/** Column N: how a line counts for society (see CompiledLine.social). */
export const SOCIAL = { flow: 'stroom', out: 'nee', buyersValue: 'koper' } as const;

/** Whole-column ranges of the Lines sheet, for SUMIF and SUMPRODUCT over all lines. */
export interface LineRanges {
  id: string;
  calculation: string;
  payer: string;
  receiver: string;
  transfer: string;
  cashable: string;
  type: string;
  category: string;
  funding: string;
  derived: string;
  presentValue: string;
  social: string;
  /** The values of all lines in year `index`. */
  year(index: number): string;
}

const lineRow = (lineIndex: number): number => lineIndex + 2;
const stakeholderCode = (index: number): string =>
  index >= 0 ? (STAKEHOLDER_IDS[index] as string) : '';

function writeHeads(sheet: Worksheet, context: WorkbookContext): void {
  const { lang, texts, model } = context;
  const head = [
    'id',
    texts.label,
    pick(lang, 'berekening', 'calculation'),
    pick(lang, 'betaler', 'payer'),
    pick(lang, 'ontvanger', 'receiver'),
    pick(lang, 'overdracht', 'transfer'),
    pick(lang, 'verzilverbaar', 'cashable'),
    pick(lang, 'soort', 'type'),
    pick(lang, 'categorie', 'category'),
    pick(lang, 'startgeld', 'start-up money'),
    pick(lang, 'afgeleid', 'derived'),
    pick(lang, 'correctiefactor', 'adjustment factor'),
    pick(lang, 'contante waarde', 'present value'),
    pick(lang, 'telt voor de samenleving', 'counts for society'),
  ];
  head.forEach((x, i) => {
    sheet.getCell(1, i + 1).value = x;
  });
  for (let i = 0; i < model.horizon; i++)
    sheet.getCell(`${lineYearColumn(i)}1`).value = model.startYear + i;
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(2).width = 44;
}

/** Factor × (1 − deadweight) × (1 − attribution) × (1 − displacement) × (1 ∓ optimism bias). */
function adjustmentFormula(line: CompiledLine, inputs: InputCells, optimism: boolean): string {
  if (line.derived) return `1-${orZero(inputs.general('behoudAandeelGemeente'))}`;
  const parts: string[] = [];
  if (line.factor >= 0) parts.push(orZero(inputs.input(line.factor)));
  for (const k of [line.deadweight, line.attribution, line.displacement])
    if (k >= 0) parts.push(`(1-${inputs.input(k)})`);
  if (line.grade >= 0 && optimism)
    parts.push(`(1${line.category === 'baten' ? '-' : '+'}${inputs.input(line.grade)})`);
  return parts.length ? parts.join('*') : '1';
}

function writeLine(
  baseSheet: Worksheet,
  linesSheet: Worksheet,
  context: WorkbookContext,
  inputs: InputCells,
  drivers: DriverCells,
  line: CompiledLine,
  row: number,
  goneOffset: number,
): void {
  const { lang, model } = context;
  const h = model.horizon;
  baseSheet.getCell(`A${row}`).value = line.id;
  baseSheet.getCell(`B${row}`).value = line.name[lang];
  const flags = [
    line.id,
    line.name[lang],
    line.calculation,
    stakeholderCode(line.payer),
    stakeholderCode(line.receiver),
    line.transfer ? YES : NO,
    line.cashable ? YES : NO,
    line.type,
    line.category,
    line.funding ? YES : NO,
    line.derived ? YES : NO,
  ];
  flags.forEach((x, i) => {
    if (x !== '') linesSheet.getCell(row, i + 1).value = x;
  });
  setFormula(
    linesSheet,
    `L${row}`,
    adjustmentFormula(line, inputs, model.optimismInBaseCase),
    '0.0000',
  );
  linesSheet.getCell(`N${row}`).value = SOCIAL[line.social];
  const keep = line.dropOff >= 0 ? `(1-${inputs.input(line.dropOff)})` : '1';
  const goneRow = row + goneOffset;
  const base = (column: string, r: number) => `${sheetRef(baseSheet)}!${column}${r}`;
  for (let i = 0; i < h; i++) {
    const column = yearColumn(i);
    const part = { yearIndex: i, startMonth: model.startMonth };
    if (!line.derived)
      setFormula(
        baseSheet,
        `${column}${row}`,
        baseQuantityFormula(line, column, inputs, drivers, { ...part, part: 'event' }),
        MONEY,
      );
    if (line.perYearInState)
      setFormula(
        baseSheet,
        `${column}${goneRow}`,
        baseQuantityFormula(line, column, inputs, drivers, { ...part, part: 'yearGone' }),
        MONEY,
      );
    let formula: string;
    if (line.derived) {
      formula = `${lineYearColumn(i)}${lineRow(line.source)}*$L${row}`;
    } else if (i < line.from || i > line.to) {
      formula = '0';
    } else if (line.perYearInState) {
      // In the year of leaving only the part after leaving; whole years after; the rest at the end.
      const terms = [`${base(column, row)}-${base(column, goneRow)}`];
      for (let k = 1; k < line.duration && i - k >= 0; k++)
        terms.push(`${base(yearColumn(i - k), row)}*${keep}^${k}`);
      if (i - line.duration >= 0)
        terms.push(`${base(yearColumn(i - line.duration), goneRow)}*${keep}^${line.duration}`);
      formula = `$L${row}*(${terms.join('+')})`;
    } else {
      const terms = [base(column, row)];
      for (let j = i - 1; j >= 0 && i - j < line.duration; j--)
        terms.push(`${base(yearColumn(j), row)}*${keep}^${i - j}`);
      formula = `$L${row}*(${terms.join('+')})`;
    }
    setFormula(linesSheet, `${lineYearColumn(i)}${row}`, formula, MONEY);
  }
  setFormula(
    linesSheet,
    `M${row}`,
    `SUMPRODUCT(${lineYearColumn(0)}${row}:${lineYearColumn(h - 1)}${row},${drivers.range('discount', true)})`,
    MONEY,
  );
}

export function writeLineSheets(
  baseSheet: Worksheet,
  linesSheet: Worksheet,
  context: WorkbookContext,
  inputs: InputCells,
  drivers: DriverCells,
): LineRanges {
  writeYearHeader(baseSheet, context, '');
  writeHeads(linesSheet, context);
  const lines = context.model.lines;
  // Below the lines, the Base sheet holds for state lines the leavers × part of the year gone.
  const goneOffset = lines.length + 2;
  baseSheet.getCell(`B${goneOffset + 1}`).value = pick(
    context.lang,
    'Bij uitstroom: vertrekkers × deel van het jaar voorbij × eenheidsprijs',
    'At outflow: leavers × part of the year gone × unit price',
  );
  lines.forEach((line, li) => {
    writeLine(baseSheet, linesSheet, context, inputs, drivers, line, lineRow(li), goneOffset);
  });
  const last = lineRow(lines.length - 1);
  const range = (column: string) => `${sheetRef(linesSheet)}!$${column}$2:$${column}$${last}`;
  return {
    id: range('A'),
    calculation: range('C'),
    payer: range('D'),
    receiver: range('E'),
    transfer: range('F'),
    cashable: range('G'),
    type: range('H'),
    category: range('I'),
    funding: range('J'),
    derived: range('K'),
    presentValue: range('M'),
    social: range('N'),
    year: (index) => range(lineYearColumn(index)),
  };
}
