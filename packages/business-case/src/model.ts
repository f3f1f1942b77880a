import {
  type Calculation,
  FLOW_CALCULATIONS,
  type Line,
  type LocalizedText,
  type Parameter,
  type Scenario,
  STAKEHOLDER_IDS,
  type StakeholderId,
} from './types.js';

/** Labels of the general parameters, for reports and the workbook. */
export const PARAMETER_LABELS: Record<string, LocalizedText> = {
  discontovoet: { nl: 'Discontovoet', en: 'Discount rate' },
  prijsindex: { nl: 'Prijsindex', en: 'Price index' },
  uurloon: { nl: 'Uurloon', en: 'Hourly wage' },
  vakantiegeld: { nl: 'Vakantiegeld', en: 'Holiday pay' },
  werkgeverslasten: { nl: 'Werkgeverslasten', en: 'Employer costs' },
  loonheffing: { nl: 'Loonheffing', en: 'Wage tax' },
  bijstandsnormMaand: { nl: 'Bijstandsnorm per maand', en: 'Assistance norm per month' },
  behoudAandeelGemeente: { nl: 'Deel dat de gemeente houdt', en: 'Share kept by the municipality' },
  tariefAbonnement: { nl: 'Tarief zorgorganisaties', en: 'Tariff for care organisations' },
  tariefParticulier: { nl: 'Tarief particulieren', en: 'Tariff for private clients' },
  declarabelAandeel: { nl: 'Declarabel aandeel', en: 'Billable share' },
  particulierAandeel: { nl: 'Aandeel particulier', en: 'Private-market share' },
  urenPerAbonnement: { nl: 'Uren per abonnement', en: 'Hours per subscription' },
  trainingKosten: { nl: 'Trainingskosten per kandidaat', en: 'Training cost per candidate' },
  jobcoachTarief: { nl: 'Tarief jobcoach', en: 'Job coach tariff' },
  jobcoachAandeelJaar1: { nl: 'Jobcoaching jaar 1', en: 'Job coaching year 1' },
  jobcoachAandeelJaar2: { nl: 'Jobcoaching jaar 2', en: 'Job coaching year 2' },
  jobcoachAandeelJaar3: { nl: 'Jobcoaching jaar 3+', en: 'Job coaching year 3+' },
  loonwaarde: { nl: 'Loonwaarde', en: 'Productivity (wage value)' },
  lksOpslag: { nl: 'Opslag loonkostensubsidie', en: 'Wage-cost subsidy surcharge' },
  instroom: { nl: 'instroom', en: 'intake' },
  uitvalTraining: { nl: 'uitval training', en: 'training dropout' },
  plaatsing: { nl: 'plaatsing', en: 'placement' },
  urenPerWeek: { nl: 'uren per week', en: 'hours a week' },
  betaaldeWeken: { nl: 'betaalde weken', en: 'paid weeks' },
  kansPerJaar: { nl: 'uitstroom per jaar', en: 'outflow a year' },
  eenheidswaarde: { nl: 'eenheidswaarde', en: 'unit value' },
  factor: { nl: 'factor', en: 'factor' },
  deadweight: { nl: 'deadweight', en: 'deadweight' },
  attributie: { nl: 'attributie', en: 'attribution' },
  verdringing: { nl: 'verdringing', en: 'displacement' },
  afname: { nl: 'afname', en: 'drop-off' },
};

export const DESTINATION_LABELS: Record<string, LocalizedText> = {
  'regulier-werk': { nl: 'regulier werk', en: 'regular job' },
  'ander-werk': { nl: 'ander werk', en: 'other work' },
  'terug-naar-uitkering': { nl: 'terug naar uitkering', en: 'back to assistance' },
  uitval: { nl: 'uitval', en: 'dropout' },
};

export const STAKEHOLDER_LABELS: Record<StakeholderId, LocalizedText> = {
  exploitant: { nl: 'Exploitant (sociaal werkbedrijf)', en: 'Operator (social enterprise)' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  rijk: { nl: 'Rijk', en: 'Central government' },
  zorgverzekeraar: { nl: 'Zorgverzekeraar', en: 'Health insurer' },
  zorgorganisaties: { nl: 'Zorgorganisaties', en: 'Care organisations' },
  deelnemers: { nl: 'Deelnemers', en: 'Participants' },
  clienten: { nl: 'Cliënten', en: 'Clients' },
  mantelzorgers: { nl: 'Mantelzorgers', en: 'Informal carers' },
};
const PEOPLE: readonly StakeholderId[] = ['deelnemers', 'clienten', 'mantelzorgers'];

/** One input of the model: every parameter in the scenario, flattened. */
export interface InputRef {
  /** Stable key, e.g. `parameters.uurloon`, `cohorten[0].instroom`, `regels[3].deadweight`. */
  key: string;
  label: LocalizedText;
  param: Parameter;
  /** Exponent for price indexing: scenario price year minus the parameter's price year. */
  indexExponent: number;
}

/** A cost or benefit line after compilation, including lines the model derives (skimming). */
export interface CompiledLine {
  id: string;
  name: LocalizedText;
  calculation: Calculation | 'afroming';
  category: 'kosten' | 'baten';
  type: 'fiscaal' | 'economisch' | 'sociaal';
  cashable: boolean;
  transfer: boolean;
  funding: boolean;
  payer: number; // stakeholder index or -1
  receiver: number;
  unit: number; // input index or -1
  factor: number;
  deadweight: number;
  attribution: number;
  displacement: number;
  dropOff: number;
  duration: number; // years an event counts (1 = only the year itself)
  grade: number; // input index of the optimism correction, or -1
  from: number; // year index, inclusive
  to: number; // year index, inclusive
  /** For a derived skimming line: the index of the line it skims. */
  source: number;
  derived: boolean;
}

export interface CompiledCohort {
  id: string;
  startOffset: number;
  intake: number;
  dropout: number;
  placement: number;
  hours: number;
  weeks: number;
  outflows: Array<{ destination: string; rate: number; lag: number }>;
}

/** The scenario turned into index-based form so that it can be evaluated thousands of times. */
export interface CompiledModel {
  scenario: Scenario;
  horizon: number;
  startYear: number;
  years: number[];
  inputs: InputRef[];
  inputIndex: Map<string, number>;
  base: Float64Array;
  g: Record<string, number>; // general parameter -> input index (-1 when absent)
  cohorts: CompiledCohort[];
  lines: CompiledLine[];
  stakeholders: Array<{ id: StakeholderId; name: LocalizedText; settles: boolean }>;
}

const GENERAL_KEYS = Object.keys(PARAMETER_LABELS).slice(0, 20);

export function compileScenario(scenario: Scenario): CompiledModel {
  const inputs: InputRef[] = [];
  const inputIndex = new Map<string, number>();
  const add = (key: string, label: LocalizedText, param: Parameter | undefined): number => {
    if (param === undefined) return -1;
    const money = /^(EUR|GBP)/.test(param.eenheid);
    const exponent =
      money && param.prijsjaar !== undefined ? scenario.prijsjaar - param.prijsjaar : 0;
    inputIndex.set(key, inputs.length);
    inputs.push({ key, label, param, indexExponent: exponent });
    return inputs.length - 1;
  };
  const g: Record<string, number> = {};
  const params = scenario.parameters as unknown as Record<string, Parameter | undefined>;
  for (const key of GENERAL_KEYS) {
    g[key] = add(`parameters.${key}`, PARAMETER_LABELS[key] as LocalizedText, params[key]);
  }
  const grades: number[] = [];
  for (const grade of ['1', '2', '3', '4', '5'] as const) {
    grades.push(
      add(
        `bewijsklassen.${grade}`,
        {
          nl: `Optimisme-correctie bewijsklasse ${grade}`,
          en: `Optimism bias, evidence grade ${grade}`,
        },
        scenario.bewijsklassen[grade],
      ),
    );
  }
  const lbl = (prefix: string, field: string): LocalizedText => ({
    nl: `${prefix} · ${PARAMETER_LABELS[field]?.nl ?? field}`,
    en: `${prefix} · ${PARAMETER_LABELS[field]?.en ?? field}`,
  });
  const cohorts: CompiledCohort[] = scenario.cohorten.map((c, i) => ({
    id: c.id,
    startOffset: c.startjaar - scenario.startjaar,
    intake: add(`cohorten[${i}].instroom`, lbl(c.id, 'instroom'), c.instroom),
    dropout: add(`cohorten[${i}].uitvalTraining`, lbl(c.id, 'uitvalTraining'), c.uitvalTraining),
    placement: add(`cohorten[${i}].plaatsing`, lbl(c.id, 'plaatsing'), c.plaatsing),
    hours: add(`cohorten[${i}].urenPerWeek`, lbl(c.id, 'urenPerWeek'), c.urenPerWeek),
    weeks: add(`cohorten[${i}].betaaldeWeken`, lbl(c.id, 'betaaldeWeken'), c.betaaldeWeken),
    outflows: c.uitstroom.map((o, j) => ({
      destination: o.bestemming,
      rate: add(
        `cohorten[${i}].uitstroom[${j}].kansPerJaar`,
        {
          nl: `${c.id} · uitstroom ${DESTINATION_LABELS[o.bestemming]?.nl ?? o.bestemming}`,
          en: `${c.id} · outflow ${DESTINATION_LABELS[o.bestemming]?.en ?? o.bestemming}`,
        },
        o.kansPerJaar,
      ),
      lag: o.vertragingJaren,
    })),
  }));
  const sIndex = (id: StakeholderId | undefined): number =>
    id === undefined ? -1 : STAKEHOLDER_IDS.indexOf(id);
  const horizon = scenario.horizonJaren;
  const lines: CompiledLine[] = [];
  scenario.regels.forEach((l: Line, i) => {
    const name = l.naam;
    const prefix = l.naam.nl;
    const pfx = (field: string): LocalizedText => ({
      nl: `${prefix} · ${PARAMETER_LABELS[field]?.nl ?? field}`,
      en: `${l.naam.en} · ${PARAMETER_LABELS[field]?.en ?? field}`,
    });
    const flow = FLOW_CALCULATIONS.includes(l.berekening);
    const from = Math.max(0, (l.vanJaar ?? scenario.startjaar) - scenario.startjaar);
    const to = Math.min(
      horizon - 1,
      (l.totJaar ?? scenario.startjaar + horizon - 1) - scenario.startjaar,
    );
    const compiled: CompiledLine = {
      id: l.id,
      name,
      calculation: l.berekening,
      category: l.categorie,
      type: l.soort,
      cashable: l.verzilverbaar,
      transfer: l.transfer,
      funding: l.financiering === true,
      payer: sIndex(l.betaler),
      receiver: sIndex(l.ontvanger),
      unit: add(`regels[${i}].eenheidswaarde`, pfx('eenheidswaarde'), l.eenheidswaarde),
      factor: add(`regels[${i}].factor`, pfx('factor'), l.factor),
      deadweight: add(`regels[${i}].deadweight`, pfx('deadweight'), l.deadweight),
      attribution: add(`regels[${i}].attributie`, pfx('attributie'), l.attributie),
      displacement: add(`regels[${i}].verdringing`, pfx('verdringing'), l.verdringing),
      dropOff: flow ? add(`regels[${i}].afname`, pfx('afname'), l.afname) : -1,
      duration: flow ? (l.duurJaren ?? (l.afname !== undefined ? horizon : 1)) : 1,
      grade: l.bewijsklasse !== undefined ? (grades[l.bewijsklasse - 1] ?? -1) : -1,
      from,
      to,
      source: -1,
      derived: false,
    };
    lines.push(compiled);
    if (l.afroming === true) {
      lines.push({
        ...compiled,
        id: `${l.id}-afroming`,
        name: {
          nl: `${l.naam.nl}: afroming door het Rijk`,
          en: `${l.naam.en}: skimmed off by central government`,
        },
        calculation: 'afroming',
        category: 'kosten',
        transfer: true,
        funding: false,
        payer: sIndex('gemeente'),
        receiver: sIndex('rijk'),
        source: lines.length - 1,
        derived: true,
      });
    }
  });
  const named = new Map(scenario.belanghebbenden.map((s) => [s.id, s]));
  const stakeholders = STAKEHOLDER_IDS.map((id) => {
    const entry = named.get(id);
    return {
      id,
      name: entry?.naam ?? STAKEHOLDER_LABELS[id],
      settles: entry?.verrekenen ?? !PEOPLE.includes(id),
    };
  });
  const base = new Float64Array(inputs.map((r) => r.param.waarde));
  return {
    scenario,
    horizon,
    startYear: scenario.startjaar,
    years: Array.from({ length: horizon }, (_, i) => scenario.startjaar + i),
    inputs,
    inputIndex,
    base,
    g,
    cohorts,
    lines,
    stakeholders,
  };
}

/** Yearly quantities that the lines multiply (summed over cohorts). */
export interface Drivers {
  workers: Float64Array;
  hours: Float64Array;
  billable: Float64Array;
  coachHours: Float64Array;
  intake: Float64Array;
  outRegular: Float64Array;
  outOther: Float64Array;
  outBack: Float64Array;
  outDropout: Float64Array;
  assistance: Float64Array; // assistance saved by hub workers, in money
  wageBill: Float64Array; // hours × wage × (1 + holiday pay)
  subscriptions: Float64Array;
}

export interface Evaluation {
  drivers: Drivers;
  /** line × year, already adjusted (value ≥ 0 of the flow from payer to receiver). */
  lineValues: Float64Array[];
  discount: Float64Array;
  /** per stakeholder: financial npv (transfers included). */
  npv: Float64Array;
  societyNpv: number;
}

const get = (v: Float64Array, i: number, fallback = 0): number =>
  i < 0 ? fallback : (v[i] as number);

/**
 * Evaluates the model for one vector of input values. Written without allocations in the inner
 * loops so that a Monte Carlo run of 10,000 draws stays well under a second.
 */
export class Evaluator {
  readonly m: CompiledModel;
  private readonly d: Drivers;
  private readonly lineValues: Float64Array[];
  private readonly raw: Float64Array;
  private readonly discount: Float64Array;
  private readonly npv: Float64Array;
  private readonly e: Float64Array;

  constructor(model: CompiledModel) {
    this.m = model;
    const h = model.horizon;
    const arr = () => new Float64Array(h);
    this.d = {
      workers: arr(),
      hours: arr(),
      billable: arr(),
      coachHours: arr(),
      intake: arr(),
      outRegular: arr(),
      outOther: arr(),
      outBack: arr(),
      outDropout: arr(),
      assistance: arr(),
      wageBill: arr(),
      subscriptions: arr(),
    };
    this.lineValues = model.lines.map(() => arr());
    this.raw = arr();
    this.discount = arr();
    this.npv = new Float64Array(STAKEHOLDER_IDS.length);
    this.e = arr();
  }

  /** Money value of input i at the scenario price year. */
  money(v: Float64Array, i: number): number {
    if (i < 0) return 0;
    const exp = (this.m.inputs[i] as InputRef).indexExponent;
    const x = v[i] as number;
    if (exp === 0) return x;
    const idx = get(v, this.m.g.prijsindex as number);
    return x * (1 + idx) ** exp;
  }

  evaluate(v: Float64Array): Evaluation {
    const m = this.m;
    const g = m.g as Record<string, number>;
    const h = m.horizon;
    const d = this.d;
    for (const a of Object.values(d) as Float64Array[]) a.fill(0);
    const r = get(v, g.discontovoet as number);
    for (let i = 0; i < h; i++) this.discount[i] = (1 + r) ** -i;

    const wage = this.money(v, g.uurloon as number);
    const holiday = get(v, g.vakantiegeld as number);
    const tax = get(v, g.loonheffing as number);
    const norm12 = this.money(v, g.bijstandsnormMaand as number) * 12;
    const c1 = get(v, g.jobcoachAandeelJaar1 as number);
    const c2 = get(v, g.jobcoachAandeelJaar2 as number);
    const c3 = get(v, g.jobcoachAandeelJaar3 as number);
    const billShare = get(v, g.declarabelAandeel as number);
    const hoursPerSub = get(v, g.urenPerAbonnement as number);
    const wageRate = wage * (1 + holiday);
    const e = this.e;
    for (const c of m.cohorts) {
      const hoursPerWorker = get(v, c.hours) * get(v, c.weeks);
      const earnings = hoursPerWorker * wageRate * (1 - tax);
      const saved = Math.min(norm12, earnings);
      e.fill(0);
      const first = get(v, c.intake) * (1 - get(v, c.dropout)) * get(v, c.placement);
      if (c.startOffset >= 0 && c.startOffset < h) d.intake[c.startOffset] += get(v, c.intake);
      let stock = first;
      for (let i = Math.max(0, c.startOffset); i < h; i++) {
        const k = i - c.startOffset;
        let rateSum = 0;
        for (const o of c.outflows) {
          if (k < o.lag) continue;
          const rate = get(v, o.rate);
          rateSum += rate;
          const out = stock * rate;
          if (o.destination === 'regulier-werk') d.outRegular[i] += out;
          else if (o.destination === 'ander-werk') d.outOther[i] += out;
          else if (o.destination === 'terug-naar-uitkering') d.outBack[i] += out;
          else d.outDropout[i] += out;
        }
        const hours = stock * hoursPerWorker;
        d.workers[i] += stock;
        d.hours[i] += hours;
        d.coachHours[i] += hours * (k === 0 ? c1 : k === 1 ? c2 : c3);
        d.assistance[i] += stock * saved;
        stock *= Math.max(0, 1 - rateSum);
      }
    }
    for (let i = 0; i < h; i++) {
      d.billable[i] = (d.hours[i] as number) * billShare;
      d.wageBill[i] = (d.hours[i] as number) * wageRate;
      d.subscriptions[i] =
        hoursPerSub > 0
          ? ((d.billable[i] as number) * (1 - get(v, g.particulierAandeel as number))) / hoursPerSub
          : 0;
    }

    this.npv.fill(0);
    let society = 0;
    const keep = get(v, g.behoudAandeelGemeente as number);
    const raw = this.raw;
    m.lines.forEach((line, li) => {
      const out = this.lineValues[li] as Float64Array;
      if (line.derived) {
        const src = this.lineValues[line.source] as Float64Array;
        for (let i = 0; i < h; i++) out[i] = (src[i] as number) * (1 - keep);
      } else {
        this.quantity(line, v, raw, wage, holiday, tax, norm12, billShare);
        const dur = line.duration;
        const keepRate = 1 - get(v, line.dropOff);
        const factor = line.factor < 0 ? 1 : get(v, line.factor);
        const ob = get(v, line.grade);
        const adj =
          factor *
          (1 - get(v, line.deadweight)) *
          (1 - get(v, line.attribution)) *
          (1 - get(v, line.displacement)) *
          (line.category === 'baten' ? 1 - ob : 1 + ob);
        for (let i = 0; i < h; i++) {
          if (i < line.from || i > line.to) {
            out[i] = 0;
            continue;
          }
          let q = raw[i] as number;
          if (dur > 1) {
            let w = 1;
            for (let j = i - 1; j >= 0 && i - j < dur; j--) {
              w *= keepRate;
              q += (raw[j] as number) * w;
            }
          }
          out[i] = q * adj;
        }
      }
      let pv = 0;
      for (let i = 0; i < h; i++) pv += (out[i] as number) * (this.discount[i] as number);
      if (line.payer >= 0) this.npv[line.payer] -= pv;
      if (line.receiver >= 0) this.npv[line.receiver] += pv;
      if (!line.transfer) {
        if (line.payer >= 0) society -= pv;
        if (line.receiver >= 0) society += pv;
      }
    });
    return {
      drivers: d,
      lineValues: this.lineValues,
      discount: this.discount,
      npv: this.npv,
      societyNpv: society,
    };
  }

  private quantity(
    line: CompiledLine,
    v: Float64Array,
    raw: Float64Array,
    wage: number,
    holiday: number,
    tax: number,
    norm12: number,
    billShare: number,
  ): void {
    const d = this.d;
    const g = this.m.g as Record<string, number>;
    const h = this.m.horizon;
    const unit = this.money(v, line.unit);
    const wageRate = wage * (1 + holiday);
    void billShare;
    let src: Float64Array | undefined;
    let mult = 1;
    switch (line.calculation) {
      case 'loon':
        src = d.wageBill;
        break;
      case 'werkgeverslasten':
        src = d.wageBill;
        mult = get(v, g.werkgeverslasten as number);
        break;
      case 'loonheffing':
        src = d.wageBill;
        mult = tax;
        break;
      case 'loonkostensubsidie':
        src = d.hours;
        mult =
          wageRate * (1 - get(v, g.loonwaarde as number)) * (1 + get(v, g.lksOpslag as number));
        break;
      case 'training':
        src = d.intake;
        mult = this.money(v, g.trainingKosten as number);
        break;
      case 'jobcoaching':
        src = d.coachHours;
        mult = this.money(v, g.jobcoachTarief as number);
        break;
      case 'abonnement':
        src = d.billable;
        mult =
          (1 - get(v, g.particulierAandeel as number)) *
          this.money(v, g.tariefAbonnement as number);
        break;
      case 'particulier':
        src = d.billable;
        mult =
          get(v, g.particulierAandeel as number) * this.money(v, g.tariefParticulier as number);
        break;
      case 'bijstand':
        src = d.assistance;
        break;
      case 'bijstand-uitstroom':
        for (let i = 0; i < h; i++)
          raw[i] = ((d.outRegular[i] as number) + (d.outOther[i] as number)) * norm12;
        return;
      case 'per-werkende':
        src = d.workers;
        mult = unit;
        break;
      case 'per-uur':
        src = d.hours;
        mult = unit;
        break;
      case 'per-declarabel-uur':
        src = d.billable;
        mult = unit;
        break;
      case 'per-instroom':
        src = d.intake;
        mult = unit;
        break;
      case 'per-uitstroom-regulier':
        src = d.outRegular;
        mult = unit;
        break;
      case 'per-uitstroom-ander-werk':
        src = d.outOther;
        mult = unit;
        break;
      case 'vast':
        raw.fill(unit);
        return;
      default:
        raw.fill(0);
        return;
    }
    for (let i = 0; i < h; i++) raw[i] = (src[i] as number) * mult;
  }
}
