// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The Income sheet: what the workers gain. On top the scenario's wage, hours, weeks and norm (from
 * the Inputs sheet) and the income rules as yellow input cells with their sources; then per
 * household type a block with the states across (assistance, the job with and after the earnings
 * disregard, more hours) and every component down, the steps' marginal pressure, the gain from
 * work and a warning where the household gains nothing. Every figure is a formula over those cells.
 */

import { columnLetter } from '@zorghub/schemas';
import type { Worksheet } from 'exceljs';
import { HOUSEHOLD_TYPES } from '../../income/household.js';
import type { IncomeRuleKey } from '../../income/rules.js';
import type { BusinessCaseResult } from '../../result-types.js';
import { isShareUnit } from '../../scenario/units.js';
import {
  breakpointFormulas,
  childBudgetFormula,
  combinationCreditFormula,
  type GrossUpTable,
  grossUpFormula,
  grossUpValueFormula,
  healthAllowanceFormula,
  incomeTaxFormula,
  labourCreditFormula,
  rentAllowanceFormula,
} from './income-formulas.js';
import type { InputCells } from './inputs-sheet.js';
import type { ResultCell } from './results-writer.js';
import { INPUT_FILL, MONEY, PERCENT, setFormula, type WorkbookContext } from './sheet-kit.js';

/** Rows of a household block, counted from its title row. */
const ROW = {
  partner: 1,
  children: 2,
  head: 3,
  hours: 4,
  withDisregard: 5,
  grossWage: 6,
  labourCredit: 7,
  combinationCredit: 8,
  taxOnWage: 9,
  netWage: 10,
  norm: 11,
  exempt: 12,
  topUp: 13,
  disregard: 14,
  assessedIncome: 15,
  incomeTax: 16,
  assistance: 17,
  healthAllowance: 18,
  rentAllowance: 19,
  childBudget: 20,
  netIncome: 21,
  grossChange: 22,
  netChange: 23,
  marginalPressure: 24,
  gainFromWork: 25,
  warning: 26,
} as const;
const BLOCK_HEIGHT = 28;
/** States run from column B. */
const stateCol = (j: number): string => columnLetter(1 + j);

export function writeIncomeSheet(
  sheet: Worksheet,
  context: WorkbookContext,
  result: BusinessCaseResult,
  inputs: InputCells,
  cells: ResultCell[],
): void {
  const { lang, strings: s, texts, model } = context;
  const hi = result.householdIncome;
  const put = (address: string, key: string, formula: string, format = MONEY) => {
    setFormula(sheet, address, formula, format);
    cells.push({ key, sheet: sheet.name, address });
  };
  const label = (row: number, text: string | undefined, bold = false) => {
    const cell = sheet.getCell(`A${row}`);
    cell.value = text ?? '';
    if (bold) cell.font = { bold: true };
  };
  sheet.getCell('A1').value = s.incomeHeading;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getColumn(1).width = 44;
  for (let c = 2; c <= 8; c++) sheet.getColumn(c).width = 22;
  if (!hi.applicable) {
    sheet.getCell('A2').value = s.incomeNotApplicable;
    return;
  }
  sheet.getCell('A2').value = texts.incomeNote;

  // The scenario's figures, as the income calculation reads them (the values, not indexed).
  const raw = (ref: string | undefined) => ref?.replace('!$H$', '!$C$');
  const cohortInput = (name: string) =>
    inputs.input(model.inputIndex.get(`cohorten[0].${name}`) ?? -1);
  label(4, texts.fromScenario, true);
  // Labels as the Inputs sheet has them; the defaults are those of the income calculation.
  const labelOf = (index: number | undefined) =>
    index === undefined ? undefined : model.inputs[index]?.label[lang];
  const cohortIndex = (name: string) => model.inputIndex.get(`cohorten[0].${name}`);
  const scenarioRows: Array<[string | undefined, string | undefined, string, string?]> = [
    [labelOf(model.g.uurloon), raw(inputs.general('uurloon')), MONEY, 'householdIncome.hourlyWage'],
    [labelOf(model.g.vakantiegeld), raw(inputs.general('vakantiegeld')), PERCENT],
    [
      labelOf(cohortIndex('urenPerWeek')) ?? texts.hoursPerWeek,
      raw(cohortInput('urenPerWeek')) ?? '16',
      '0.##',
      'householdIncome.hoursPerWeek',
    ],
    [
      labelOf(cohortIndex('betaaldeWeken')),
      raw(cohortInput('betaaldeWeken')) ?? '52',
      '0.##',
      'householdIncome.paidWeeks',
    ],
    [labelOf(model.g.bijstandsnormMaand), raw(inputs.general('bijstandsnormMaand')), MONEY],
  ];
  scenarioRows.forEach(([text, ref, format, key], i) => {
    label(5 + i, text);
    if (key) put(`B${5 + i}`, key, ref ?? '0', format);
    else setFormula(sheet, `B${5 + i}`, ref ?? '0', format);
  });
  const [wage, holiday, hours, weeks, normMonth] = ['$B$5', '$B$6', '$B$7', '$B$8', '$B$9'];
  const warningsRow = 10;
  label(warningsRow, texts.householdsWithoutGain);

  // The income rules: yellow inputs with their sources.
  const rulesHead = 12;
  sheet.getRow(rulesHead).values = [
    texts.key,
    texts.label,
    texts.value,
    texts.unit,
    texts.source,
    texts.sourceYear,
    texts.priceYear,
    s.status,
  ];
  sheet.getRow(rulesHead).font = { bold: true };
  const ruleRows = new Map<string, number>();
  hi.rules.forEach((rule, i) => {
    const row = rulesHead + 1 + i;
    ruleRows.set(rule.key, row);
    sheet.getRow(row).values = [
      rule.key,
      rule.label[lang],
      rule.value,
      rule.unit,
      rule.source,
      rule.year,
      rule.priceYear ?? '',
      rule.status === 'checked' ? s.statusChecked : s.statusInput,
    ];
    const value = sheet.getCell(`C${row}`);
    value.fill = INPUT_FILL;
    if (isShareUnit(rule.unit)) value.numFmt = '0.00000%';
  });
  const r = (key: IncomeRuleKey): string => {
    const row = ruleRows.get(key);
    if (row === undefined) throw new Error(`Income rule ${key} is missing from the result`);
    return `$C$${row}`;
  };

  // The breakpoints of the net-income function, for the gross-up to the norm.
  const tableHead = rulesHead + hi.rules.length + 2;
  label(tableHead, texts.grossUpTable, true);
  sheet.getCell(`A${tableHead + 1}`).value = texts.grossUpTableNote;
  const t0 = tableHead + 2;
  const t4 = t0 + 4;
  breakpointFormulas(r).forEach((formula, j) => {
    const row = t0 + j;
    setFormula(sheet, `B${row}`, formula, MONEY);
    setFormula(sheet, `C${row}`, `SMALL($B$${t0}:$B$${t4},${j + 1})`, MONEY);
    setFormula(sheet, `D${row}`, grossUpValueFormula(r, `C${row}`), MONEY);
    setFormula(
      sheet,
      `E${row}`,
      j < 4 ? `IFERROR((D${row + 1}-D${row})/(C${row + 1}-C${row}),1)` : `1-${r('bracket3Rate')}`,
      '0.0000',
    );
  });
  const table: GrossUpTable = {
    breakpoints: `$C$${t0}:$C$${t4}`,
    values: `$D$${t0}:$D$${t4}`,
    slopes: `$E$${t0}:$E$${t4}`,
  };

  const flags: string[] = [];
  hi.households.forEach((household, k) => {
    const top = t4 + 3 + k * BLOCK_HEIGHT;
    const at = (row: keyof typeof ROW, col = 'B') => `${col}${top + ROW[row]}`;
    const fixed = (row: keyof typeof ROW) => `$B$${top + ROW[row]}`;
    const shape = HOUSEHOLD_TYPES.find((x) => x.id === household.type);
    label(top, household.name[lang], true);
    label(top + ROW.partner, texts.partner);
    label(top + ROW.children, texts.children);
    for (const [row, value] of [
      ['partner', shape?.partner ? 1 : 0],
      ['children', shape?.children ?? 0],
    ] as const) {
      const cell = sheet.getCell(at(row));
      cell.value = value;
      cell.fill = INPUT_FILL;
    }
    const partner = fixed('partner');
    const children = fixed('children');
    sheet.getRow(top + ROW.head).values = [
      s.household,
      ...household.states.map((x) => x.name[lang]),
    ];
    sheet.getRow(top + ROW.head).font = { bold: true };
    const rowLabels: Array<[keyof typeof ROW, string | undefined]> = [
      ['hours', texts.hoursPerWeek],
      ['withDisregard', texts.withDisregard],
      ['grossWage', s.grossWage],
      ['labourCredit', texts.labourCredit],
      ['combinationCredit', texts.combinationCredit],
      ['taxOnWage', texts.taxOnWage],
      ['netWage', s.netWage],
      ['norm', texts.normYear],
      ['exempt', texts.exempt],
      ['topUp', texts.topUp],
      ['disregard', texts.disregard],
      ['assessedIncome', texts.assessedIncome],
      ['incomeTax', s.incomeTax],
      ['assistance', s.assistanceTopUp],
      ['healthAllowance', s.healthAllowance],
      ['rentAllowance', s.rentAllowance],
      ['childBudget', s.childBudget],
      ['netIncome', s.netIncomeHousehold],
      ['grossChange', texts.grossChange],
      ['netChange', texts.netChange],
      ['marginalPressure', texts.marginalPressure],
      ['gainFromWork', s.gainFromWork],
      ['warning', texts.gainsNothing],
    ];
    for (const [row, text] of rowLabels) label(top + ROW[row], text);
    sheet.getRow(top + ROW.netIncome).font = { bold: true };
    household.states.forEach((state, j) => {
      const col = stateCol(j);
      const c = (row: keyof typeof ROW) => at(row, col);
      const key = `householdIncome.households[${k}].states[${j}]`;
      put(
        c('hours'),
        `${key}.hoursPerWeek`,
        j === 0 ? '0' : `${hours}+${state.hoursPerWeek - hi.hoursPerWeek}`,
        '0.##',
      );
      // Only the first job state counts the earnings disregard (its period); the others come after.
      const flag = sheet.getCell(c('withDisregard'));
      flag.value = j === 1 ? 1 : 0;
      flag.fill = INPUT_FILL;
      put(c('grossWage'), `${key}.grossWage`, `${wage}*(1+${holiday})*${c('hours')}*${weeks}`);
      const gross = c('grossWage');
      setFormula(sheet, c('labourCredit'), labourCreditFormula(r, gross), MONEY);
      setFormula(
        sheet,
        c('combinationCredit'),
        combinationCreditFormula(r, gross, partner, children),
        MONEY,
      );
      const credits = `(${c('labourCredit')}+${c('combinationCredit')})`;
      setFormula(sheet, c('taxOnWage'), incomeTaxFormula(r, gross, credits), MONEY);
      put(c('netWage'), `${key}.netWage`, `${gross}-${c('taxOnWage')}`);
      const net = c('netWage');
      setFormula(
        sheet,
        c('norm'),
        `${normMonth}*12*IF(${partner}=1,${r('coupleNormFactor')},1)`,
        MONEY,
      );
      setFormula(
        sheet,
        c('exempt'),
        `IF(AND(${c('withDisregard')}=1,${gross}>0),MIN(${r('disregardRate')}*${net},${r('disregardMaxMonth')}*12),0)`,
        MONEY,
      );
      setFormula(sheet, c('topUp'), `MAX(0,${c('norm')}-(${net}-${c('exempt')}))`, MONEY);
      const topUp = c('topUp');
      put(c('disregard'), `${key}.disregard`, `IF(${topUp}>0,${c('exempt')},0)`);
      put(
        c('assessedIncome'),
        `${key}.assessedIncome`,
        `IF(${topUp}>0,${grossUpFormula(table, `(${net}+${topUp})`, credits)},${gross})`,
      );
      const assessed = c('assessedIncome');
      put(c('incomeTax'), `${key}.incomeTax`, incomeTaxFormula(r, assessed, credits));
      put(c('assistance'), `${key}.assistance`, `MAX(0,${assessed}-${c('incomeTax')}-${net})`);
      put(
        c('healthAllowance'),
        `${key}.healthAllowance`,
        healthAllowanceFormula(r, assessed, partner),
      );
      put(c('rentAllowance'), `${key}.rentAllowance`, rentAllowanceFormula(r, assessed, partner));
      put(
        c('childBudget'),
        `${key}.childBudget`,
        childBudgetFormula(r, assessed, partner, children),
      );
      put(
        c('netIncome'),
        `${key}.netIncome`,
        `${net}+${c('assistance')}+${c('healthAllowance')}+${c('rentAllowance')}+${c('childBudget')}`,
      );
      if (j === 0) return;
      // A step from the state to the left, on the figures rounded to the cent as the report has them.
      const prev = stateCol(j - 1);
      const step = `householdIncome.households[${k}].steps[${j - 1}]`;
      const dg = c('grossChange');
      const dn = c('netChange');
      put(dg, `${step}.grossChange`, `ROUND(${gross},2)-ROUND(${at('grossWage', prev)},2)`);
      put(dn, `${step}.netChange`, `ROUND(${c('netIncome')},2)-ROUND(${at('netIncome', prev)},2)`);
      put(
        c('marginalPressure'),
        `${step}.marginalPressure`,
        `IF(ABS(${dg})>0.005,1-${dn}/${dg},"-")`,
        PERCENT,
      );
    });
    // The gain from work: the job after the disregard against assistance.
    const gain = at('gainFromWork');
    put(
      gain,
      `householdIncome.households[${k}].gainFromWork`,
      `ROUND(${at('netIncome', stateCol(2))},2)-ROUND(${at('netIncome', stateCol(0))},2)`,
    );
    setFormula(sheet, at('warning'), `IF(${gain}>0.5,0,1)`, '0');
    setFormula(sheet, at('warning', 'C'), `IF(${at('warning')}=1,"${texts.gainsNothingText}","")`);
    flags.push(at('warning'));
  });
  put(
    `B${warningsRow}`,
    'householdIncome.warnings.length',
    flags.length > 0 ? `SUM(${flags.join(',')})` : '0',
    '0',
  );
}
