// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes the Results sheet row by row: a key (the result's JSON path), a label and a live formula,
 * under section titles. It remembers where each result lives, so tests and tools can find it.
 */
import type { Worksheet } from 'exceljs';
import { MONEY, setFormula } from './sheet-kit.js';

/** Where one result (by its JSON path, e.g. `stakeholders[0].npv`) lives in the workbook. */
export interface ResultCell {
  key: string;
  sheet: string;
  address: string;
}

export class ResultsWriter {
  readonly cells: ResultCell[] = [];
  private row = 2;

  constructor(
    private readonly sheet: Worksheet,
    heads: { key: string; label: string; value: string },
  ) {
    sheet.getCell('A1').value = heads.key;
    sheet.getCell('B1').value = heads.label;
    sheet.getCell('C1').value = heads.value;
    sheet.getRow(1).font = { bold: true };
    sheet.getColumn(1).width = 40;
    sheet.getColumn(2).width = 54;
    sheet.getColumn(3).width = 18;
  }

  /** Writes one result and returns its absolute address for use in later formulas. */
  put(key: string, label: string, formula: string, numberFormat = MONEY): string {
    const row = this.row;
    this.sheet.getCell(`A${row}`).value = key;
    this.sheet.getCell(`B${row}`).value = label;
    setFormula(this.sheet, `C${row}`, formula, numberFormat);
    this.cells.push({ key, sheet: this.sheet.name, address: `C${row}` });
    this.row++;
    return `$C$${row}`;
  }

  /** A blank row and a bold title. */
  section(title: string): void {
    this.row++;
    const cell = this.sheet.getCell(`B${this.row}`);
    cell.value = title;
    cell.font = { bold: true };
    this.row++;
  }
}
