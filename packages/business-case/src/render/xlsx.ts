import type { Workbook, Worksheet } from 'exceljs';
import { type CompiledLine, compileScenario } from '../model.js';
import type { BusinessCaseResult } from '../result-types.js';
import { type Scenario, STAKEHOLDER_IDS } from '../types.js';
import { type Lang, strings } from './format.js';

/** Column letters for a 1-based column number. */
export function col(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const m = (x - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

const MONEY = '#,##0.00';
const PCT = '0.00%';
const INPUT_FILL = {
  type: 'pattern' as const,
  pattern: 'solid' as const,
  fgColor: { argb: 'FFFFF2CC' },
};

const L = {
  nl: {
    inputs: 'Invoer',
    cohorts: 'Cohorten',
    drivers: 'Stuurgrootheden',
    base: 'Basis',
    lines: 'Regels',
    results: 'Resultaten',
    sensitivity: 'Gevoeligheid',
    readme: 'Lees mij',
    key: 'Sleutel',
    label: 'Omschrijving',
    value: 'Waarde',
    unit: 'Eenheid',
    source: 'Bron',
    sourceYear: 'Bronjaar',
    priceYear: 'Prijsjaar',
    indexed: 'Waarde in prijsjaar scenario',
    scenarioPriceYear: 'Prijsjaar scenario',
    readmeText: [
      'Dit werkboek rekent de businesscase door met formules. Pas gele cellen op het blad Invoer (of de startjaren op Cohorten) aan: alle resultaten rekenen mee.',
      'Bladen: Invoer (alle parameters met bron), Cohorten (instroom, werkenden en uitstroom per cohort), Stuurgrootheden (totalen per jaar), Basis (hoeveelheid × eenheidsprijs per regel), Regels (na correcties, per jaar en contante waarde), Resultaten (per partij, samenleving, onrendabele top, break-even, verrekening).',
      'Het blad Gevoeligheid bevat de Monte Carlo-uitkomsten, de tornado en de omslagwaarden zoals de toolkit ze heeft berekend; die zijn vaste waarden en rekenen niet mee.',
    ],
  },
  en: {
    inputs: 'Inputs',
    cohorts: 'Cohorts',
    drivers: 'Drivers',
    base: 'Base',
    lines: 'Lines',
    results: 'Results',
    sensitivity: 'Sensitivity',
    readme: 'Read me',
    key: 'Key',
    label: 'Description',
    value: 'Value',
    unit: 'Unit',
    source: 'Source',
    sourceYear: 'Source year',
    priceYear: 'Price year',
    indexed: 'Value at scenario price year',
    scenarioPriceYear: 'Scenario price year',
    readmeText: [
      'This workbook computes the business case with formulas. Change the yellow cells on the Inputs sheet (or the start years on Cohorts): every result follows.',
      'Sheets: Inputs (all parameters with sources), Cohorts (intake, workers and outflow per cohort), Drivers (yearly totals), Base (quantity × unit price per line), Lines (after adjustments, per year and present value), Results (per party, society, funding gap, break-even, settlement).',
      'The Sensitivity sheet holds the Monte Carlo results, the tornado and the switching values as the toolkit computed them; those are fixed values and do not recalculate.',
    ],
  },
};

interface ResultCell {
  key: string;
  sheet: string;
  address: string;
}

/**
 * Builds the workbook. Every result on the Results sheet is a live formula over the Inputs sheet;
 * `cells` lists where each result (by its JSON path) lives, for tests and for tools.
 */
export async function buildWorkbook(
  scenario: Scenario,
  result: BusinessCaseResult,
  options: { lang: Lang },
): Promise<{ workbook: Workbook; cells: ResultCell[] }> {
  const ExcelJS = ((await import('exceljs')) as unknown as { default: typeof import('exceljs') })
    .default;
  const lang = options.lang;
  const t = L[lang];
  const s = strings(lang);
  const model = compileScenario(scenario);
  const h = model.horizon;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zorghub toolkit';
  wb.calcProperties.fullCalcOnLoad = true;
  const readme = wb.addWorksheet(t.readme);
  const inputs = wb.addWorksheet(t.inputs);
  const cohorts = wb.addWorksheet(t.cohorts);
  const drivers = wb.addWorksheet(t.drivers);
  const base = wb.addWorksheet(t.base);
  const lines = wb.addWorksheet(t.lines);
  const results = wb.addWorksheet(t.results);
  const sens = wb.addWorksheet(t.sensitivity);
  const q = (ws: Worksheet) => `'${ws.name}'`;
  const f = (ws: Worksheet, address: string, formula: string, fmt?: string) => {
    const cell = ws.getCell(address);
    cell.value = { formula };
    if (fmt) cell.numFmt = fmt;
  };

  readme.getCell('A1').value = `${s.title}: ${scenario.naam}`;
  readme.getCell('A1').font = { bold: true, size: 14 };
  t.readmeText.forEach((line, i) => {
    readme.getCell(`A${i + 3}`).value = line;
  });
  readme.getColumn(1).width = 140;

  // Inputs.
  inputs.addRow([t.key, t.label, t.value, t.unit, t.source, t.sourceYear, t.priceYear, t.indexed]);
  inputs.getRow(1).font = { bold: true };
  inputs.getCell('J1').value = t.scenarioPriceYear;
  inputs.getCell('K1').value = scenario.prijsjaar;
  const indexRow = model.inputIndex.get('parameters.prijsindex');
  const ref = new Map<string, string>();
  model.inputs.forEach((input, i) => {
    const r = i + 2;
    const p = input.param;
    inputs.getCell(`A${r}`).value = input.key;
    inputs.getCell(`B${r}`).value = input.label[lang];
    const value = inputs.getCell(`C${r}`);
    value.value = p.waarde;
    value.fill = INPUT_FILL;
    inputs.getCell(`D${r}`).value = p.eenheid;
    inputs.getCell(`E${r}`).value = p.bron;
    if (p.bronJaar !== undefined) inputs.getCell(`F${r}`).value = p.bronJaar;
    if (p.prijsjaar !== undefined) inputs.getCell(`G${r}`).value = p.prijsjaar;
    const money = /^(EUR|GBP)/.test(p.eenheid);
    if (money && p.prijsjaar !== undefined && indexRow !== undefined) {
      f(inputs, `H${r}`, `C${r}*(1+$C$${indexRow + 2})^($K$1-G${r})`, MONEY);
    } else {
      f(
        inputs,
        `H${r}`,
        `C${r}`,
        money ? MONEY : p.eenheid === 'fractie' || p.eenheid === 'rentevoet' ? PCT : undefined,
      );
    }
    if (p.eenheid === 'fractie' || p.eenheid === 'rentevoet') value.numFmt = PCT;
    ref.set(input.key, `${q(inputs)}!$H$${r}`);
  });
  inputs.getColumn(1).width = 34;
  inputs.getColumn(2).width = 48;
  inputs.getColumn(5).width = 60;
  inputs.getColumn(8).width = 16;
  const inputRef = (i: number): string | undefined =>
    i < 0 ? undefined : ref.get(model.inputs[i]?.key as string);
  const gref = (key: string): string | undefined => inputRef(model.g[key] ?? -1);
  const or0 = (x: string | undefined) => x ?? '0';

  // Year columns start at D on the cohort, driver, base and line sheets... (lines use N).
  const Y0 = 4;
  const yc = (i: number) => col(Y0 + i);
  for (const ws of [cohorts, drivers, base]) {
    ws.getCell('A1').value = ws === cohorts ? t.cohorts : '';
    ws.getCell('B1').value = t.label;
    for (let i = 0; i < h; i++) ws.getCell(`${yc(i)}1`).value = model.startYear + i;
    ws.getRow(1).font = { bold: true };
    ws.getColumn(2).width = 30;
  }

  // Cohorts: one block of 11 rows per cohort.
  const wage = gref('uurloon');
  const holiday = gref('vakantiegeld');
  const tax = gref('loonheffing');
  const norm = gref('bijstandsnormMaand');
  const block = 12;
  const destinations = ['regulier-werk', 'ander-werk', 'terug-naar-uitkering', 'uitval'];
  const destLabel: Record<string, string> =
    lang === 'nl'
      ? {
          'regulier-werk': 'uitstroom regulier werk',
          'ander-werk': 'uitstroom ander werk',
          'terug-naar-uitkering': 'terug naar uitkering',
          uitval: 'uitval',
        }
      : {
          'regulier-werk': 'outflow regular job',
          'ander-werk': 'outflow other work',
          'terug-naar-uitkering': 'back to assistance',
          uitval: 'dropout',
        };
  const cohortRows: number[] = [];
  model.cohorts.forEach((c, ci) => {
    const b = 2 + ci * block;
    cohortRows.push(b);
    const N = or0(inputRef(c.intake));
    const d = or0(inputRef(c.dropout));
    const p = or0(inputRef(c.placement));
    const hw = `${or0(inputRef(c.hours))}*${or0(inputRef(c.weeks))}`;
    cohorts.getCell(`A${b}`).value = c.id;
    cohorts.getCell(`A${b}`).font = { bold: true };
    cohorts.getCell(`B${b}`).value =
      lang === 'nl' ? 'startjaar → jaren sinds start' : 'start year → years since start';
    const start = cohorts.getCell(`C${b}`);
    start.value = model.startYear + c.startOffset;
    start.fill = INPUT_FILL;
    const labels = [
      lang === 'nl' ? 'uitstroomkans dit jaar' : 'outflow rate this year',
      lang === 'nl' ? 'werkenden (begin jaar)' : 'workers (start of year)',
      ...destinations.map((x) => destLabel[x] as string),
      lang === 'nl' ? 'gewerkte uren' : 'hours worked',
      lang === 'nl' ? 'uren jobcoaching' : 'coaching hours',
      lang === 'nl' ? 'bijstand bespaard' : 'assistance saved',
      lang === 'nl' ? 'instroom' : 'intake',
    ];
    labels.forEach((label, k) => {
      cohorts.getCell(`B${b + 1 + k}`).value = label;
    });
    const activeRate = (X: string, which?: string) => {
      const parts = c.outflows
        .filter((o) => which === undefined || o.destination === which)
        .map((o) => `IF(${X}$${b}>=${o.lag},${or0(inputRef(o.rate))},0)`);
      return parts.length ? parts.join('+') : '0';
    };
    for (let i = 0; i < h; i++) {
      const X = yc(i);
      const P = i > 0 ? yc(i - 1) : '';
      f(cohorts, `${X}${b}`, `${X}$1-$C$${b}`);
      f(cohorts, `${X}${b + 1}`, activeRate(X), PCT);
      const first = `${N}*(1-${d})*${p}`;
      f(
        cohorts,
        `${X}${b + 2}`,
        i === 0
          ? `IF(${X}${b}<0,0,${first})`
          : `IF(${X}${b}<0,0,IF(${X}${b}=0,${first},${P}${b + 2}*MAX(0,1-${P}${b + 1})))`,
        '0.00',
      );
      destinations.forEach((dest, k) => {
        f(cohorts, `${X}${b + 3 + k}`, `${X}${b + 2}*(${activeRate(X, dest)})`, '0.00');
      });
      f(cohorts, `${X}${b + 7}`, `${X}${b + 2}*${hw}`, '#,##0');
      f(
        cohorts,
        `${X}${b + 8}`,
        `${X}${b + 7}*IF(${X}${b}=0,${or0(gref('jobcoachAandeelJaar1'))},IF(${X}${b}=1,${or0(gref('jobcoachAandeelJaar2'))},${or0(gref('jobcoachAandeelJaar3'))}))`,
        '#,##0',
      );
      f(
        cohorts,
        `${X}${b + 9}`,
        `${X}${b + 2}*MIN(${or0(norm)}*12,${hw}*${or0(wage)}*(1+${or0(holiday)})*(1-${or0(tax)}))`,
        MONEY,
      );
      f(cohorts, `${X}${b + 10}`, `IF(${X}${b}=0,${N},0)`, '0.00');
    }
  });

  // Drivers: yearly totals.
  const D = {
    workers: 2,
    hours: 3,
    billable: 4,
    coach: 5,
    intake: 6,
    outRegular: 7,
    outOther: 8,
    outBack: 9,
    outDropout: 10,
    assistance: 11,
    wageBill: 12,
    subscriptions: 13,
    discount: 14,
  };
  const driverLabels: Record<keyof typeof D, [string, string]> = {
    workers: ['werkenden', 'workers'],
    hours: ['gewerkte uren', 'hours worked'],
    billable: ['declarabele uren', 'billable hours'],
    coach: ['uren jobcoaching', 'coaching hours'],
    intake: ['instroom', 'intake'],
    outRegular: ['uitstroom regulier werk', 'outflow regular job'],
    outOther: ['uitstroom ander werk', 'outflow other work'],
    outBack: ['terug naar uitkering', 'back to assistance'],
    outDropout: ['uitval', 'dropout'],
    assistance: ['bijstand bespaard (werkenden)', 'assistance saved (workers)'],
    wageBill: ['loon en vakantiegeld', 'wage and holiday pay'],
    subscriptions: ['abonnementen', 'subscriptions'],
    discount: ['disconteringsfactor', 'discount factor'],
  };
  const cohortOffset: Partial<Record<keyof typeof D, number>> = {
    workers: 2,
    hours: 7,
    coach: 8,
    intake: 10,
    outRegular: 3,
    outOther: 4,
    outBack: 5,
    outDropout: 6,
    assistance: 9,
  };
  for (const [key, row] of Object.entries(D) as Array<[keyof typeof D, number]>) {
    drivers.getCell(`B${row}`).value = driverLabels[key][lang === 'nl' ? 0 : 1];
    for (let i = 0; i < h; i++) {
      const X = yc(i);
      const off = cohortOffset[key];
      let formula: string;
      if (off !== undefined)
        formula = cohortRows.length
          ? cohortRows.map((b) => `${q(cohorts)}!${X}${b + off}`).join('+')
          : '0';
      else if (key === 'billable') formula = `${X}${D.hours}*${or0(gref('declarabelAandeel'))}`;
      else if (key === 'wageBill') formula = `${X}${D.hours}*${or0(wage)}*(1+${or0(holiday)})`;
      else if (key === 'subscriptions') {
        const hps = or0(gref('urenPerAbonnement'));
        formula = `IF(${hps}>0,${X}${D.billable}*(1-${or0(gref('particulierAandeel'))})/${hps},0)`;
      } else formula = `(1+${or0(gref('discontovoet'))})^-${i}`;
      f(drivers, `${X}${row}`, formula, key === 'discount' ? '0.0000' : MONEY);
    }
  }
  const dv = (key: keyof typeof D, X: string) => `${q(drivers)}!${X}${D[key]}`;
  const discountRange = `${q(drivers)}!$${yc(0)}$${D.discount}:$${yc(h - 1)}$${D.discount}`;

  // Base quantities and adjusted lines.
  const LY0 = 14; // lines: year columns start at N
  const ly = (i: number) => col(LY0 + i);
  const head = [
    'id',
    t.label,
    lang === 'nl' ? 'berekening' : 'calculation',
    lang === 'nl' ? 'betaler' : 'payer',
    lang === 'nl' ? 'ontvanger' : 'receiver',
    lang === 'nl' ? 'overdracht' : 'transfer',
    lang === 'nl' ? 'verzilverbaar' : 'cashable',
    lang === 'nl' ? 'soort' : 'type',
    lang === 'nl' ? 'categorie' : 'category',
    lang === 'nl' ? 'startgeld' : 'start-up money',
    lang === 'nl' ? 'afgeleid' : 'derived',
    lang === 'nl' ? 'correctiefactor' : 'adjustment factor',
    lang === 'nl' ? 'contante waarde' : 'present value',
  ];
  head.forEach((x, i) => {
    lines.getCell(1, i + 1).value = x;
  });
  for (let i = 0; i < h; i++) lines.getCell(`${ly(i)}1`).value = model.startYear + i;
  lines.getRow(1).font = { bold: true };
  lines.getColumn(2).width = 44;
  const yes = 'ja';
  const no = 'nee';
  const lineRow = (li: number) => li + 2;
  const rawFormula = (line: CompiledLine, X: string): string => {
    const unit = or0(inputRef(line.unit));
    switch (line.calculation) {
      case 'loon':
        return dv('wageBill', X);
      case 'werkgeverslasten':
        return `${dv('wageBill', X)}*${or0(gref('werkgeverslasten'))}`;
      case 'loonheffing':
        return `${dv('wageBill', X)}*${or0(tax)}`;
      case 'loonkostensubsidie':
        return `${dv('hours', X)}*${or0(wage)}*(1+${or0(holiday)})*(1-${or0(gref('loonwaarde'))})*(1+${or0(gref('lksOpslag'))})`;
      case 'training':
        return `${dv('intake', X)}*${or0(gref('trainingKosten'))}`;
      case 'jobcoaching':
        return `${dv('coach', X)}*${or0(gref('jobcoachTarief'))}`;
      case 'abonnement':
        return `${dv('billable', X)}*(1-${or0(gref('particulierAandeel'))})*${or0(gref('tariefAbonnement'))}`;
      case 'particulier':
        return `${dv('billable', X)}*${or0(gref('particulierAandeel'))}*${or0(gref('tariefParticulier'))}`;
      case 'bijstand':
        return dv('assistance', X);
      case 'bijstand-uitstroom':
        return `(${dv('outRegular', X)}+${dv('outOther', X)})*${or0(norm)}*12`;
      case 'per-werkende':
        return `${dv('workers', X)}*${unit}`;
      case 'per-uur':
        return `${dv('hours', X)}*${unit}`;
      case 'per-declarabel-uur':
        return `${dv('billable', X)}*${unit}`;
      case 'per-instroom':
        return `${dv('intake', X)}*${unit}`;
      case 'per-uitstroom-regulier':
        return `${dv('outRegular', X)}*${unit}`;
      case 'per-uitstroom-ander-werk':
        return `${dv('outOther', X)}*${unit}`;
      case 'vast':
        return unit;
      default:
        return '0';
    }
  };
  const sid = (i: number) => (i >= 0 ? (STAKEHOLDER_IDS[i] as string) : '');
  model.lines.forEach((line, li) => {
    const r = lineRow(li);
    base.getCell(`A${r}`).value = line.id;
    base.getCell(`B${r}`).value = line.name[lang];
    const meta = [
      line.id,
      line.name[lang],
      line.calculation,
      sid(line.payer),
      sid(line.receiver),
      line.transfer ? yes : no,
      line.cashable ? yes : no,
      line.type,
      line.category,
      line.funding ? yes : no,
      line.derived ? yes : no,
    ];
    meta.forEach((x, i) => {
      if (x !== '') lines.getCell(r, i + 1).value = x;
    });
    if (!line.derived) {
      const parts: string[] = [];
      if (line.factor >= 0) parts.push(or0(inputRef(line.factor)));
      for (const k of [line.deadweight, line.attribution, line.displacement])
        if (k >= 0) parts.push(`(1-${inputRef(k)})`);
      if (line.grade >= 0)
        parts.push(`(1${line.category === 'baten' ? '-' : '+'}${inputRef(line.grade)})`);
      f(lines, `L${r}`, parts.length ? parts.join('*') : '1', '0.0000');
    } else {
      f(lines, `L${r}`, `1-${or0(gref('behoudAandeelGemeente'))}`, '0.0000');
    }
    const keep = line.dropOff >= 0 ? `(1-${inputRef(line.dropOff)})` : '1';
    for (let i = 0; i < h; i++) {
      const X = yc(i);
      if (!line.derived) f(base, `${X}${r}`, rawFormula(line, X), MONEY);
      let formula: string;
      if (line.derived) {
        formula = `${ly(i)}${lineRow(line.source)}*$L${r}`;
      } else if (i < line.from || i > line.to) {
        formula = '0';
      } else {
        const terms = [`${q(base)}!${X}${r}`];
        for (let j = i - 1; j >= 0 && i - j < line.duration; j--)
          terms.push(`${q(base)}!${yc(j)}${r}*${keep}^${i - j}`);
        formula = `$L${r}*(${terms.join('+')})`;
      }
      f(lines, `${ly(i)}${r}`, formula, MONEY);
    }
    f(lines, `M${r}`, `SUMPRODUCT(${ly(0)}${r}:${ly(h - 1)}${r},${discountRange})`, MONEY);
  });
  const last = lineRow(model.lines.length - 1);
  const rng = (c: string) => `${q(lines)}!$${c}$2:$${c}$${last}`;
  const PV = rng('M');
  const PAYER = rng('D');
  const RECV = rng('E');
  const TRANSFER = rng('F');
  const CASH = rng('G');
  const TYPE = rng('H');
  const CAT = rng('I');
  const FUND = rng('J');
  const DERIVED = rng('K');
  const CALC = rng('C');
  const yearRange = (i: number) => rng(ly(i));

  // Results.
  const cells: ResultCell[] = [];
  results.getCell('A1').value = t.key;
  results.getCell('B1').value = t.label;
  results.getCell('C1').value = t.value;
  results.getRow(1).font = { bold: true };
  results.getColumn(1).width = 40;
  results.getColumn(2).width = 54;
  results.getColumn(3).width = 18;
  let row = 2;
  const put = (key: string, label: string, formula: string, fmt = MONEY): string => {
    results.getCell(`A${row}`).value = key;
    results.getCell(`B${row}`).value = label;
    f(results, `C${row}`, formula, fmt);
    cells.push({ key, sheet: results.name, address: `C${row}` });
    const address = `$C$${row}`;
    row++;
    return address;
  };
  const section = (title: string) => {
    row++;
    results.getCell(`B${row}`).value = title;
    results.getCell(`B${row}`).font = { bold: true };
    row++;
  };
  const npvCell: string[] = [];
  const cashCell: string[] = [];
  result.stakeholders.forEach((st, si) => {
    section(st.name[lang]);
    const id = `"${st.id}"`;
    const c = put(
      `stakeholders[${si}].pvCosts`,
      s.pvCosts as string,
      `SUMIF(${PAYER},${id},${PV})`,
    );
    const b = put(
      `stakeholders[${si}].pvBenefits`,
      s.pvBenefits as string,
      `SUMIF(${RECV},${id},${PV})`,
    );
    npvCell[si] = put(`stakeholders[${si}].npv`, s.npv as string, `${b}-${c}`);
    cashCell[si] = put(
      `stakeholders[${si}].cashableNpv`,
      s.cashableNpv as string,
      `SUMIFS(${PV},${RECV},${id},${CASH},"${yes}")-SUMIFS(${PV},${PAYER},${id},${CASH},"${yes}")`,
    );
    const mc = put(
      `stakeholders[${si}].mkba.pvCosts`,
      `${s.mkbaNpv}: ${s.pvCosts}`,
      `SUMIFS(${PV},${PAYER},${id},${TRANSFER},"${no}")`,
    );
    const mb = put(
      `stakeholders[${si}].mkba.pvBenefits`,
      `${s.mkbaNpv}: ${s.pvBenefits}`,
      `SUMIFS(${PV},${RECV},${id},${TRANSFER},"${no}")`,
    );
    put(`stakeholders[${si}].mkba.npv`, s.mkbaNpv as string, `${mb}-${mc}`);
    for (let i = 0; i < h; i++) {
      put(
        `stakeholders[${si}].yearly.net[${i}]`,
        `${s.npv} ${model.startYear + i} (${lang === 'nl' ? 'niet verdisconteerd' : 'undiscounted'})`,
        `SUMIF(${RECV},${id},${yearRange(i)})-SUMIF(${PAYER},${id},${yearRange(i)})`,
      );
    }
  });
  section(s.society as string);
  const sc = put(
    'society.pvCosts',
    s.pvCosts as string,
    `SUMPRODUCT((LEN(${PAYER})>0)*(${TRANSFER}="${no}")*${PV})`,
  );
  const sb = put(
    'society.pvBenefits',
    s.pvBenefits as string,
    `SUMPRODUCT((LEN(${RECV})>0)*(${TRANSFER}="${no}")*${PV})`,
  );
  put('society.npv', s.npv as string, `${sb}-${sc}`);
  put('society.bcr', s.bcr as string, `IF(${sc}>0,${sb}/${sc},"-")`, '0.0000');
  put(
    'society.fiscalValue',
    s.fiscalValue as string,
    `SUMIFS(${PV},${CAT},"baten",${TYPE},"fiscaal",${DERIVED},"${no}")`,
  );
  put(
    'society.economicValue',
    s.economicValue as string,
    `SUMIFS(${PV},${CAT},"baten",${TYPE},"economisch",${DERIVED},"${no}")`,
  );
  put(
    'society.socialValue',
    s.socialValue as string,
    `SUMIFS(${PV},${CAT},"baten",${TYPE},"sociaal",${DERIVED},"${no}")`,
  );
  put(
    'society.publicValue',
    s.publicValue as string,
    `SUMIFS(${PV},${CAT},"baten",${DERIVED},"${no}",${TRANSFER},"${no}")`,
  );
  put(
    'society.externalFunding',
    s.externalFunding as string,
    `SUMPRODUCT((LEN(${PAYER})=0)*(${TRANSFER}="${yes}")*${PV})`,
  );

  section(s.fundingGap as string);
  const op = '"exploitant"';
  const gapCells: string[] = [];
  const remCells: string[] = [];
  for (let i = 0; i < h; i++) {
    const yr = yearRange(i);
    const funding = put(
      `fundingGap.funding[${i}]`,
      `${s.funding} ${model.startYear + i}`,
      `SUMIFS(${yr},${RECV},${op},${FUND},"${yes}")`,
    );
    gapCells[i] = put(
      `fundingGap.yearly[${i}]`,
      `${s.gap} ${model.startYear + i}`,
      `MAX(0,SUMIF(${PAYER},${op},${yr})-(SUMIF(${RECV},${op},${yr})-${funding}))`,
    );
    remCells[i] = put(
      `fundingGap.remaining[${i}]`,
      `${s.remaining} ${model.startYear + i}`,
      `MAX(0,${gapCells[i]}-${funding})`,
    );
  }
  const dAt = (i: number) => `${q(drivers)}!$${yc(i)}$${D.discount}`;
  put('fundingGap.pv', `${s.gap} (${s.pv})`, gapCells.map((c, i) => `${c}*${dAt(i)}`).join('+'));
  put(
    'fundingGap.pvRemaining',
    `${s.remaining} (${s.pv})`,
    remCells.map((c, i) => `${c}*${dAt(i)}`).join('+'),
  );

  section(s.breakEven as string);
  const opIndex = STAKEHOLDER_IDS.indexOf('exploitant');
  const subPv = put(
    '_subscriptionRevenuePv',
    lang === 'nl'
      ? 'Contante waarde abonnementsomzet exploitant'
      : 'PV of operator subscription revenue',
    `SUMIFS(${PV},${CALC},"abonnement",${RECV},${op})-SUMIFS(${PV},${CALC},"abonnement",${PAYER},${op})`,
  );
  const tariff = or0(gref('tariefAbonnement'));
  put('breakEven.tariff.base', lang === 'nl' ? 'Tarief nu' : 'Tariff now', tariff);
  put(
    'breakEven.tariff.value',
    lang === 'nl' ? 'Break-even tarief' : 'Break-even tariff',
    `IF(${subPv}>0,${tariff}*(1-${npvCell[opIndex]}/${subPv}),"-")`,
  );
  const subsRange = `${q(drivers)}!${yc(0)}${D.subscriptions}:${yc(h - 1)}${D.subscriptions}`;
  const workersRange = `${q(drivers)}!${yc(0)}${D.workers}:${yc(h - 1)}${D.workers}`;
  const baseSubs = put(
    'breakEven.subscriptionsPerYear.base',
    lang === 'nl' ? 'Abonnementen per jaar nu' : 'Subscriptions a year now',
    `IF(COUNTIF(${workersRange},">0")>0,SUM(${subsRange})/COUNTIF(${workersRange},">0"),0)`,
    '0.0000',
  );
  put(
    'breakEven.subscriptionsPerYear.value',
    lang === 'nl' ? 'Break-even abonnementen per jaar' : 'Break-even subscriptions a year',
    `IF(${subPv}>0,${baseSubs}*(1-${npvCell[opIndex]}/${subPv}),"-")`,
    '0.0000',
  );

  section(s.settlement as string);
  const settles = model.stakeholders.map((x) => x.settles);
  const defCells: string[] = [];
  const surCells: string[] = [];
  result.stakeholders.forEach((st, si) => {
    defCells[si] = put(
      `settlement[${si}].deficit`,
      `${st.name[lang]}: ${s.deficit}`,
      settles[si] ? `MAX(0,-${npvCell[si]})` : '0',
    );
    surCells[si] = put(
      `settlement[${si}].cashableSurplus`,
      `${st.name[lang]}: ${s.surplus}`,
      settles[si] ? `IF(${npvCell[si]}>0,MAX(0,MIN(${cashCell[si]},${npvCell[si]})),0)` : '0',
    );
  });
  const totD = put('settlementSummary.totalDeficit', s.deficit as string, defCells.join('+'));
  const totS = put(
    'settlementSummary.totalCashableSurplus',
    s.surplus as string,
    surCells.join('+'),
  );
  const covered = put(
    'settlementSummary.covered',
    lang === 'nl' ? 'Gedekt' : 'Covered',
    `MIN(${totD},${totS})`,
  );
  put(
    'settlementSummary.shortfall',
    lang === 'nl' ? 'Tekort na verrekening' : 'Shortfall after settlement',
    `${totD}-${covered}`,
  );
  const annuity = `SUM(${discountRange})`;
  result.stakeholders.forEach((st, si) => {
    const contribution = put(
      `settlement[${si}].contribution`,
      `${st.name[lang]}: ${s.contribution}`,
      `IF(${totD}>0,${covered}*${defCells[si]}/${totD},0)-IF(${totS}>0,${covered}*${surCells[si]}/${totS},0)`,
    );
    put(
      `settlement[${si}].npvAfter`,
      `${st.name[lang]}: ${s.npvAfter}`,
      `${npvCell[si]}+${contribution}`,
    );
    put(
      `settlement[${si}].yearly[0]`,
      `${st.name[lang]}: ${s.perYear}`,
      `${contribution}/${annuity}`,
    );
  });

  // Sensitivity (values as computed by the toolkit).
  sens.getCell('A1').value =
    lang === 'nl'
      ? 'Vaste waarden uit de toolkit (Monte Carlo, tornado, omslagwaarden); deze rekenen niet mee met de invoer.'
      : 'Fixed values from the toolkit (Monte Carlo, tornado, switching values); these do not follow the inputs.';
  sens.getCell('A1').font = { italic: true };
  sens.addRow([]);
  sens.addRow([s.monteCarlo as string, 'P5', 'P50', 'P95', s.probabilityPositive as string]).font =
    { bold: true };
  for (const x of result.monteCarlo.stakeholders) {
    sens.addRow([
      result.stakeholders.find((y) => y.id === x.id)?.name[lang],
      x.p5,
      x.p50,
      x.p95,
      x.probabilityPositive,
    ]);
  }
  sens.addRow([
    s.society as string,
    result.monteCarlo.p5,
    result.monteCarlo.p50,
    result.monteCarlo.p95,
    result.monteCarlo.probabilityPositive,
  ]);
  sens.addRow([]);
  sens.addRow([
    s.chartTornado as string,
    s.low as string,
    s.high as string,
    s.npvLow as string,
    s.npvHigh as string,
  ]).font = { bold: true };
  for (const x of result.tornado) sens.addRow([x.label[lang], x.low, x.high, x.npvLow, x.npvHigh]);
  sens.addRow([]);
  sens.addRow([
    s.switchingValues as string,
    s.base as string,
    s.switchingValue as string,
    s.change as string,
  ]).font = { bold: true };
  for (const x of result.switchingValues)
    sens.addRow([x.label[lang], x.base, x.value ?? (s.none as string), x.changePercent ?? '']);
  sens.getColumn(1).width = 56;
  for (const c of [2, 3, 4, 5]) sens.getColumn(c).width = 16;

  return { workbook: wb, cells };
}

export async function renderXlsx(
  scenario: Scenario,
  result: BusinessCaseResult,
  options: { lang: Lang },
): Promise<Uint8Array> {
  const { workbook } = await buildWorkbook(scenario, result, options);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
