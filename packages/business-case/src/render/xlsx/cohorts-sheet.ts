// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The Cohorts sheet: one block per cohort, with the cohort's start (year and month, editable), the
 * start of the hub job after training and the number placed; then one column per *window* — a
 * calendar year (`midden-jaar`) or a calendar month (`maand`) — with the window's start, end and
 * length, the year of employment, the outflow rate in force, the stock at its start, the leavers
 * (in total and per destination, leaving at the middle of the window), the person-years at work and
 * coached, and per destination the leavers times the part of the year gone when they left. The
 * formulas are those of `model/timing.ts`.
 */
import { columnLetter } from '@zorghub/schemas';
import type { Worksheet } from 'exceljs';
import type { CompiledCohort } from '../../model/compile.js';
import { DESTINATION_LABELS } from '../../model/labels.js';
import { DESTINATIONS } from '../../types.js';
import type { InputCells } from './inputs-sheet.js';
import { INPUT_FILL, orZero, PERCENT, setFormula, type WorkbookContext } from './sheet-kit.js';
import { pick } from './sheet-texts.js';

/** Rows within a cohort block, relative to its first row. */
export const COHORT_ROW = {
  startYear: 0,
  startMonth: 1,
  jobStart: 2,
  placed: 3,
  windowStart: 4,
  windowEnd: 5,
  length: 6,
  employmentYear: 7,
  outflowRate: 8,
  stock: 9,
  leavers: 10,
  /** Leavers to DESTINATIONS[k] are on row `leaversTo + k`. */
  leaversTo: 11,
  personYears: 15,
  coachedYears: 16,
  yearGone: 17,
  /** Leavers to DESTINATIONS[k] × part of the year gone, on row `leaversYearGoneTo + k`. */
  leaversYearGoneTo: 18,
  year: 22,
  intakeYear: 23,
} as const;
const BLOCK_ROWS = 25;
/** Windows run from column E. */
export const windowColumn = (window: number): string => columnLetter(4 + window);

/** Where each cohort's block starts, and how many windows a block has. */
export interface CohortBlocks {
  tops: number[];
  windows: number;
  /** The row range of one block's row, over all windows (for SUMIF by year). */
  rowRange(top: number, offset: number): string;
}

function writeCohortBlock(
  sheet: Worksheet,
  context: WorkbookContext,
  inputs: InputCells,
  cohort: CompiledCohort,
  top: number,
  windows: number,
): void {
  const { lang, model } = context;
  const monthly = model.convention === 'maand';
  const perYear = monthly ? 12 : 1;
  const row = (offset: number) => top + offset;
  const constant = (offset: number) => `$C$${row(offset)}`;
  const labels: Array<[number, string]> = [
    [COHORT_ROW.startYear, pick(lang, 'startjaar', 'start year')],
    [COHORT_ROW.startMonth, pick(lang, 'startmaand', 'start month')],
    [
      COHORT_ROW.jobStart,
      pick(
        lang,
        'begin dienstverband (jaren na 1 januari van het eerste jaar)',
        'job starts (years after 1 January of the first year)',
      ),
    ],
    [COHORT_ROW.placed, pick(lang, 'geplaatst na de training', 'placed after training')],
    [COHORT_ROW.windowStart, pick(lang, 'venster: begin', 'window: start')],
    [COHORT_ROW.windowEnd, pick(lang, 'venster: einde', 'window: end')],
    [COHORT_ROW.length, pick(lang, 'venster: lengte in jaren', 'window: length in years')],
    [
      COHORT_ROW.employmentYear,
      pick(lang, 'dienstjaar (0 = eerste)', 'year of employment (0 = first)'),
    ],
    [COHORT_ROW.outflowRate, pick(lang, 'uitstroomkans per jaar', 'outflow rate a year')],
    [COHORT_ROW.stock, pick(lang, 'werkenden aan het begin', 'workers at the start')],
    [COHORT_ROW.leavers, pick(lang, 'vertrekkers (halverwege)', 'leavers (half-way)')],
    ...DESTINATIONS.map(
      (d, k) =>
        [
          COHORT_ROW.leaversTo + k,
          `${pick(lang, 'uitstroom', 'outflow')}: ${DESTINATION_LABELS[d]?.[lang]}`,
        ] as [number, string],
    ),
    [COHORT_ROW.personYears, pick(lang, 'persoonsjaren aan het werk', 'person-years at work')],
    [
      COHORT_ROW.coachedYears,
      pick(lang, 'persoonsjaren × aandeel jobcoaching', 'person-years × coaching share'),
    ],
    [
      COHORT_ROW.yearGone,
      pick(lang, 'deel van het jaar voorbij bij vertrek', 'part of the year gone at leaving'),
    ],
    ...DESTINATIONS.map(
      (d, k) =>
        [
          COHORT_ROW.leaversYearGoneTo + k,
          `${pick(lang, 'uitstroom × deel jaar voorbij', 'outflow × part of year gone')}: ${DESTINATION_LABELS[d]?.[lang]}`,
        ] as [number, string],
    ),
    [COHORT_ROW.year, pick(lang, 'jaar (index)', 'year (index)')],
    [COHORT_ROW.intakeYear, pick(lang, 'jaar van de instroom (index)', 'year of intake (index)')],
  ];
  for (const [offset, label] of labels) sheet.getCell(`B${row(offset)}`).value = label;
  sheet.getCell(`A${top}`).value = cohort.id;
  sheet.getCell(`A${top}`).font = { bold: true };
  const startYear = sheet.getCell(`C${row(COHORT_ROW.startYear)}`);
  startYear.value = model.startYear + cohort.startOffset;
  startYear.fill = INPUT_FILL;
  const startMonth = sheet.getCell(`C${row(COHORT_ROW.startMonth)}`);
  startMonth.value = Math.round((cohort.intakeTime - cohort.startOffset) * 12) + 1;
  startMonth.fill = INPUT_FILL;
  const intakeTime = `(${constant(COHORT_ROW.startYear)}-${model.startYear}+(${constant(COHORT_ROW.startMonth)}-1)/12)`;
  setFormula(
    sheet,
    `C${row(COHORT_ROW.jobStart)}`,
    `${intakeTime}+${orZero(inputs.input(cohort.trainingWeeks))}/52`,
    '0.0000',
  );
  setFormula(
    sheet,
    `C${row(COHORT_ROW.placed)}`,
    `${orZero(inputs.input(cohort.intake))}*(1-${orZero(inputs.input(cohort.dropout))})*${orZero(inputs.input(cohort.placement))}`,
    '0.00',
  );
  setFormula(sheet, `C${row(COHORT_ROW.intakeYear)}`, `INT(${intakeTime}+1E-9)`);
  const jobStart = constant(COHORT_ROW.jobStart);
  const shares = ['jobcoachAandeelJaar1', 'jobcoachAandeelJaar2', 'jobcoachAandeelJaar3'].map(
    (key) => orZero(inputs.general(key)),
  );
  for (let w = 0; w < windows; w++) {
    const column = windowColumn(w);
    const previous = w > 0 ? windowColumn(w - 1) : '';
    const at = (offset: number) => `${column}${row(offset)}`;
    const employmentYear = at(COHORT_ROW.employmentYear);
    const length = at(COHORT_ROW.length);
    setFormula(sheet, at(COHORT_ROW.windowStart), `MAX(${jobStart},${w}/${perYear})`, '0.0000');
    setFormula(sheet, at(COHORT_ROW.windowEnd), `${w + 1}/${perYear}`, '0.0000');
    setFormula(
      sheet,
      length,
      `MAX(0,${at(COHORT_ROW.windowEnd)}-${at(COHORT_ROW.windowStart)})`,
      '0.0000',
    );
    setFormula(
      sheet,
      employmentYear,
      monthly
        ? `INT(${at(COHORT_ROW.windowStart)}-${jobStart}+1E-9)`
        : `${w}-(${constant(COHORT_ROW.startYear)}-${model.startYear})`,
    );
    const active = (o: CompiledCohort['outflows'][number]) =>
      `IF(${employmentYear}>=${o.lag},${orZero(inputs.input(o.rate))},0)`;
    const total = at(COHORT_ROW.outflowRate);
    setFormula(
      sheet,
      total,
      cohort.outflows.length ? cohort.outflows.map(active).join('+') : '0',
      PERCENT,
    );
    const stock = at(COHORT_ROW.stock);
    setFormula(
      sheet,
      stock,
      w === 0
        ? constant(COHORT_ROW.placed)
        : `${previous}${row(COHORT_ROW.stock)}-${previous}${row(COHORT_ROW.leavers)}`,
      '0.0000',
    );
    const leavers = at(COHORT_ROW.leavers);
    setFormula(
      sheet,
      leavers,
      `IF(AND(${length}>1E-12,${total}>0),${stock}*(1-(1-MIN(1,${total}))^${length}),0)`,
      '0.0000',
    );
    const yearGone = at(COHORT_ROW.yearGone);
    setFormula(sheet, at(COHORT_ROW.year), monthly ? `INT(${w}/12)` : `${w}`);
    setFormula(
      sheet,
      yearGone,
      `${at(COHORT_ROW.windowStart)}+${length}/2-${at(COHORT_ROW.year)}`,
      '0.0000',
    );
    DESTINATIONS.forEach((destination, k) => {
      const own = cohort.outflows.filter((o) => o.destination === destination);
      const share = own.length ? own.map(active).join('+') : '0';
      setFormula(
        sheet,
        at(COHORT_ROW.leaversTo + k),
        `IF(${total}>0,${leavers}*(${share})/${total},0)`,
        '0.0000',
      );
      setFormula(
        sheet,
        at(COHORT_ROW.leaversYearGoneTo + k),
        `${at(COHORT_ROW.leaversTo + k)}*${yearGone}`,
        '0.0000',
      );
    });
    const personYears = at(COHORT_ROW.personYears);
    setFormula(sheet, personYears, `${length}*(${stock}-${leavers}/2)`, '0.0000');
    setFormula(
      sheet,
      at(COHORT_ROW.coachedYears),
      `${personYears}*IF(${employmentYear}<=0,${shares[0]},IF(${employmentYear}=1,${shares[1]},${shares[2]}))`,
      '0.0000',
    );
  }
}

export function writeCohortsSheet(
  sheet: Worksheet,
  context: WorkbookContext,
  inputs: InputCells,
): CohortBlocks {
  const { model, texts, lang } = context;
  const windows = model.horizon * (model.convention === 'maand' ? 12 : 1);
  sheet.getCell('A1').value = texts.cohorts;
  sheet.getCell('B1').value = texts.label;
  sheet.getCell('C1').value = pick(lang, 'waarde', 'value');
  for (let w = 0; w < windows; w++)
    sheet.getCell(`${windowColumn(w)}1`).value =
      model.convention === 'maand'
        ? `${model.startYear + Math.floor(w / 12)}-${String((w % 12) + 1).padStart(2, '0')}`
        : model.startYear + w;
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(2).width = 44;
  const tops = model.cohorts.map((cohort, ci) => {
    const top = 2 + ci * BLOCK_ROWS;
    writeCohortBlock(sheet, context, inputs, cohort, top, windows);
    return top;
  });
  return {
    tops,
    windows,
    rowRange: (top, offset) =>
      `'${sheet.name}'!$${windowColumn(0)}$${top + offset}:$${windowColumn(windows - 1)}$${top + offset}`,
  };
}
