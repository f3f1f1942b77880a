// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** What every sheet builder shares: number formats, the input fill, formula cells, year columns. */
import { columnLetter } from '@zorghub/schemas';
import type { Worksheet } from 'exceljs';
import type { CompiledModel } from '../../model/compile.js';
import type { Lang, Strings } from '../format.js';
import type { SheetTexts } from './sheet-texts.js';

export const MONEY = '#,##0.00';
export const PERCENT = '0.00%';
export const INPUT_FILL = {
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: 'FFFFF2CC' },
};

/** What the sheet builders read: the language, its texts and the compiled model. */
export interface WorkbookContext {
  lang: Lang;
  texts: SheetTexts;
  strings: Strings;
  model: CompiledModel;
}

/** A sheet name quoted for use in a formula. */
export const sheetRef = (sheet: Worksheet): string => `'${sheet.name}'`;

/** Writes a formula into a cell, with an optional number format. */
export function setFormula(
  sheet: Worksheet,
  address: string,
  formula: string,
  numberFormat?: string,
): void {
  const cell = sheet.getCell(address);
  cell.value = { formula };
  if (numberFormat) cell.numFmt = numberFormat;
}

/** A reference, or the number 0 where the scenario leaves the input out. */
export const orZero = (reference: string | undefined): string => reference ?? '0';

/** On the cohort, driver and base sheets the years run from column D. */
export const yearColumn = (yearIndex: number): string => columnLetter(3 + yearIndex);

/** On the lines sheet the years run from column O, after the line's description and flags. */
export const lineYearColumn = (yearIndex: number): string => columnLetter(14 + yearIndex);

/** The first row of a sheet with years across: a title in A, "description" in B, the years from D. */
export function writeYearHeader(sheet: Worksheet, context: WorkbookContext, title: string): void {
  sheet.getCell('A1').value = title;
  sheet.getCell('B1').value = context.texts.label;
  for (let i = 0; i < context.model.horizon; i++)
    sheet.getCell(`${yearColumn(i)}1`).value = context.model.startYear + i;
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(2).width = 30;
}
