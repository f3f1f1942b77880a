// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The Inputs sheet: every parameter of the scenario with its value (a yellow cell to edit), unit,
 * source, source year and price year, and in column H its value at the scenario's price year. Every
 * other sheet refers to column H.
 */
import type { Worksheet } from 'exceljs';
import { isMoneyUnit, isShareUnit as isShare } from '../../scenario/units.js';
import type { Scenario } from '../../types.js';
import {
  INPUT_FILL,
  MONEY,
  PERCENT,
  setFormula,
  sheetRef,
  type WorkbookContext,
} from './sheet-kit.js';

/** Where the inputs live, as absolute references for formulas. */
export interface InputCells {
  /** The indexed value of model input `index`; undefined when the scenario leaves it out. */
  input(index: number): string | undefined;
  /** The indexed value of a general parameter, e.g. `uurloon`. */
  general(key: string): string | undefined;
}

export function writeInputsSheet(
  sheet: Worksheet,
  context: WorkbookContext,
  scenario: Scenario,
): InputCells {
  const { texts, lang, model } = context;
  sheet.addRow([
    texts.key,
    texts.label,
    texts.value,
    texts.unit,
    texts.source,
    texts.sourceYear,
    texts.priceYear,
    texts.indexed,
  ]);
  sheet.getRow(1).font = { bold: true };
  sheet.getCell('J1').value = texts.scenarioPriceYear;
  sheet.getCell('K1').value = scenario.prijsjaar;
  const indexRow = model.inputIndex.get('parameters.prijsindex');
  const references = new Map<string, string>();
  model.inputs.forEach((input, i) => {
    const row = i + 2;
    const p = input.param;
    sheet.getCell(`A${row}`).value = input.key;
    sheet.getCell(`B${row}`).value = input.label[lang];
    const value = sheet.getCell(`C${row}`);
    value.value = p.waarde;
    value.fill = INPUT_FILL;
    sheet.getCell(`D${row}`).value = p.eenheid;
    sheet.getCell(`E${row}`).value = p.bron;
    if (p.bronJaar !== undefined) sheet.getCell(`F${row}`).value = p.bronJaar;
    if (p.prijsjaar !== undefined) sheet.getCell(`G${row}`).value = p.prijsjaar;
    const money = isMoneyUnit(p.eenheid);
    if (money && p.prijsjaar !== undefined && indexRow !== undefined) {
      setFormula(sheet, `H${row}`, `C${row}*(1+$C$${indexRow + 2})^($K$1-G${row})`, MONEY);
    } else {
      setFormula(
        sheet,
        `H${row}`,
        `C${row}`,
        money ? MONEY : isShare(p.eenheid) ? PERCENT : undefined,
      );
    }
    if (isShare(p.eenheid)) value.numFmt = PERCENT;
    references.set(input.key, `${sheetRef(sheet)}!$H$${row}`);
  });
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 48;
  sheet.getColumn(5).width = 60;
  sheet.getColumn(8).width = 16;
  const input = (index: number): string | undefined =>
    index < 0 ? undefined : references.get(model.inputs[index]?.key as string);
  return { input, general: (key) => input(model.g[key] ?? -1) };
}
