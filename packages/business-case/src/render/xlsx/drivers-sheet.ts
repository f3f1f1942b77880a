// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The Drivers sheet: the yearly totals that the lines multiply (workers, hours, billable hours,
 * coaching hours, intake, outflow, assistance saved, wage bill, subscriptions) and the discount
 * factor of each year.
 */
import type { Worksheet } from 'exceljs';
import { COHORT_ROW, type CohortBlocks } from './cohorts-sheet.js';
import type { InputCells } from './inputs-sheet.js';
import {
  MONEY,
  orZero,
  setFormula,
  sheetRef,
  type WorkbookContext,
  writeYearHeader,
  yearColumn,
} from './sheet-kit.js';
import { pick } from './sheet-texts.js';

/** The row of each driver on the sheet. */
const DRIVER_ROW = {
  workers: 2,
  hours: 3,
  billable: 4,
  coach: 5,
  intake: 6,
  outRegular: 7,
  outOther: 8,
  outBack: 9,
  outDropout: 10,
  outRegularYearGone: 11,
  outOtherYearGone: 12,
  assistance: 13,
  wageBill: 14,
  subscriptions: 15,
  discount: 16,
} as const;
export type Driver = keyof typeof DRIVER_ROW;

const DRIVER_LABELS: Record<Driver, [string, string]> = {
  workers: ['persoonsjaren aan het werk', 'person-years at work'],
  hours: ['gewerkte uren', 'hours worked'],
  billable: ['declarabele uren', 'billable hours'],
  coach: ['uren jobcoaching', 'coaching hours'],
  intake: ['instroom', 'intake'],
  outRegular: ['uitstroom regulier werk', 'outflow regular job'],
  outOther: ['uitstroom ander werk', 'outflow other work'],
  outBack: ['terug naar uitkering', 'back to assistance'],
  outDropout: ['uitval', 'dropout'],
  outRegularYearGone: [
    'uitstroom regulier werk × deel jaar voorbij',
    'outflow regular job × part of year gone',
  ],
  outOtherYearGone: [
    'uitstroom ander werk × deel jaar voorbij',
    'outflow other work × part of year gone',
  ],
  assistance: ['bijstand bespaard (werkenden)', 'assistance saved (workers)'],
  wageBill: ['loon en vakantiegeld', 'wage and holiday pay'],
  subscriptions: ['abonnementen', 'subscriptions'],
  discount: ['disconteringsfactor', 'discount factor'],
};

/** Drivers that add up, per year, a row of every cohort block. */
const FROM_COHORTS: Partial<Record<Driver, number>> = {
  workers: COHORT_ROW.personYears,
  outRegular: COHORT_ROW.leaversTo,
  outOther: COHORT_ROW.leaversTo + 1,
  outBack: COHORT_ROW.leaversTo + 2,
  outDropout: COHORT_ROW.leaversTo + 3,
  outRegularYearGone: COHORT_ROW.leaversYearGoneTo,
  outOtherYearGone: COHORT_ROW.leaversYearGoneTo + 1,
};

/** References into the Drivers sheet. */
export interface DriverCells {
  /** A driver in a year column, e.g. `'Drivers'!D3`. */
  at(driver: Driver, column: string): string;
  /** The absolute discount factor of year `index`. */
  discountAt(index: number): string;
  /** The absolute range of one driver over all years. */
  range(driver: Driver, absolute?: boolean): string;
}

export function writeDriversSheet(
  sheet: Worksheet,
  context: WorkbookContext,
  inputs: InputCells,
  cohortsSheet: Worksheet,
  blocks: CohortBlocks,
): DriverCells {
  const { lang, model } = context;
  writeYearHeader(sheet, context, '');
  const wage = orZero(inputs.general('uurloon'));
  const holiday = orZero(inputs.general('vakantiegeld'));
  const tax = orZero(inputs.general('loonheffing'));
  const norm = orZero(inputs.general('bijstandsnormMaand'));
  const cohortSum = (yearIndex: number, term: (top: number, ci: number) => string): string =>
    blocks.tops.length ? blocks.tops.map((top, ci) => term(top, ci)).join('+') : '0';
  const perYear = (top: number, offset: number, yearIndex: number) =>
    `SUMIF(${blocks.rowRange(top, COHORT_ROW.year)},${yearIndex},${blocks.rowRange(top, offset)})`;
  const hoursPerWorker = (ci: number) => {
    const c = model.cohorts[ci];
    return c ? `${orZero(inputs.input(c.hours))}*${orZero(inputs.input(c.weeks))}` : '0';
  };
  const formulaOf = (driver: Driver, column: string, yearIndex: number): string => {
    const offset = FROM_COHORTS[driver];
    if (offset !== undefined) return cohortSum(yearIndex, (top) => perYear(top, offset, yearIndex));
    switch (driver) {
      case 'hours':
        return cohortSum(
          yearIndex,
          (top, ci) => `${perYear(top, COHORT_ROW.personYears, yearIndex)}*${hoursPerWorker(ci)}`,
        );
      case 'coach':
        return cohortSum(
          yearIndex,
          (top, ci) => `${perYear(top, COHORT_ROW.coachedYears, yearIndex)}*${hoursPerWorker(ci)}`,
        );
      case 'intake':
        return cohortSum(
          yearIndex,
          (top, ci) =>
            `IF(${sheetRef(cohortsSheet)}!$C$${top + COHORT_ROW.intakeYear}=${yearIndex},${orZero(inputs.input(model.cohorts[ci]?.intake ?? -1))},0)`,
        );
      case 'assistance':
        return cohortSum(
          yearIndex,
          (top, ci) =>
            `${perYear(top, COHORT_ROW.personYears, yearIndex)}*MIN(${norm}*12,${hoursPerWorker(ci)}*${wage}*(1+${holiday})*(1-${tax}))`,
        );
      case 'billable':
        return `${column}${DRIVER_ROW.hours}*${orZero(inputs.general('declarabelAandeel'))}`;
      case 'wageBill':
        return `${column}${DRIVER_ROW.hours}*${wage}*(1+${holiday})`;
      case 'subscriptions': {
        const perSubscription = orZero(inputs.general('urenPerAbonnement'));
        return `IF(${perSubscription}>0,${column}${DRIVER_ROW.billable}*(1-${orZero(inputs.general('particulierAandeel'))})/${perSubscription},0)`;
      }
      default:
        return `(1+${orZero(inputs.general('discontovoet'))})^-(${yearIndex + model.startYear - model.baseYear})`;
    }
  };
  for (const [driver, row] of Object.entries(DRIVER_ROW) as Array<[Driver, number]>) {
    sheet.getCell(`B${row}`).value = pick(lang, ...DRIVER_LABELS[driver]);
    for (let i = 0; i < model.horizon; i++) {
      const column = yearColumn(i);
      setFormula(
        sheet,
        `${column}${row}`,
        formulaOf(driver, column, i),
        driver === 'discount' ? '0.0000' : MONEY,
      );
    }
  }
  const first = yearColumn(0);
  const last = yearColumn(model.horizon - 1);
  return {
    at: (driver, column) => `${sheetRef(sheet)}!${column}${DRIVER_ROW[driver]}`,
    discountAt: (index) => `${sheetRef(sheet)}!$${yearColumn(index)}$${DRIVER_ROW.discount}`,
    range: (driver, absolute = false) => {
      const row = DRIVER_ROW[driver];
      return absolute
        ? `${sheetRef(sheet)}!$${first}$${row}:$${last}$${row}`
        : `${sheetRef(sheet)}!${first}${row}:${last}${row}`;
    },
  };
}
