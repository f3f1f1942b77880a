// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Longer than 400 lines: the Monte Carlo's inner loop; split, its per-draw state would be passed
// between modules as objects, the allocations this file avoids.
/**
 * Evaluates a compiled model for one vector of input values: the cohorts through time (see
 * `timing.ts`), the yearly drivers, every line after its corrections, and the NPV of each party and
 * of society. Written without allocations in the loops, so that 10,000 Monte Carlo draws stay well
 * under a second.
 */
import { STAKEHOLDER_IDS } from '../types.js';
import type { CompiledLine, CompiledModel, InputRef } from './compile.js';
import { type CohortDraw, DESTINATION_COUNT, simulateCohort, stateExposure } from './timing.js';

/** Yearly quantities that the lines multiply (summed over cohorts). */
export interface Drivers {
  /** Person-years in the hub job (the average number at work). */
  workers: Float64Array;
  hours: Float64Array;
  billable: Float64Array;
  coachHours: Float64Array;
  intake: Float64Array;
  /** Leavers per destination (events), and the part of the year gone when they left. */
  leavers: Float64Array;
  leaversYearGone: Float64Array;
  outRegular: Float64Array;
  outOther: Float64Array;
  outBack: Float64Array;
  outDropout: Float64Array;
  /** Person-years in the hub job within the earnings-disregard period. */
  disregardYears: Float64Array;
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

/** Destination indices of the codelist order: regular job, other work, back to assistance, dropout. */
const REGULAR = 0;
const OTHER = 1;

export class Evaluator {
  readonly m: CompiledModel;
  private readonly d: Drivers;
  private readonly lineValues: Float64Array[];
  private readonly raw: Float64Array;
  private readonly exposure: Float64Array;
  private readonly discount: Float64Array;
  private readonly npv: Float64Array;
  private readonly cohortSink: {
    intake: Float64Array;
    workerYears: Float64Array;
    coachedYears: Float64Array;
    disregardYears: Float64Array;
    leavers: Float64Array;
    leaversYearGone: Float64Array;
  };
  private readonly draws: CohortDraw[];

  constructor(model: CompiledModel) {
    this.m = model;
    const h = model.horizon;
    const arr = () => new Float64Array(h);
    const leavers = new Float64Array(h * DESTINATION_COUNT);
    const leaversYearGone = new Float64Array(h * DESTINATION_COUNT);
    this.d = {
      workers: arr(),
      hours: arr(),
      billable: arr(),
      coachHours: arr(),
      intake: arr(),
      leavers,
      leaversYearGone,
      outRegular: leavers.subarray(0, h),
      outOther: leavers.subarray(h, 2 * h),
      outBack: leavers.subarray(2 * h, 3 * h),
      outDropout: leavers.subarray(3 * h, 4 * h),
      disregardYears: arr(),
      assistance: arr(),
      wageBill: arr(),
      subscriptions: arr(),
    };
    this.cohortSink = {
      intake: arr(),
      workerYears: arr(),
      coachedYears: arr(),
      disregardYears: arr(),
      leavers,
      leaversYearGone,
    };
    this.draws = model.cohorts.map((c) => ({
      intakeTime: c.intakeTime,
      startYearIndex: c.startOffset,
      intake: 0,
      trainingDropout: 0,
      placement: 0,
      trainingYears: 0,
      disregardYears: 0,
      rates: new Float64Array(c.outflows.length),
      lags: Int32Array.from(c.outflows.map((o) => o.lag)),
      destinations: Int32Array.from(c.outflows.map((o) => o.destinationIndex)),
      coachShares: [0, 0, 0],
    }));
    this.lineValues = model.lines.map(() => arr());
    this.raw = arr();
    this.exposure = arr();
    this.discount = arr();
    this.npv = new Float64Array(STAKEHOLDER_IDS.length);
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

  /** Discount factor of year index `i`: (1 + r)^−(year − base year). */
  private fillDiscount(rate: number): void {
    const offset = this.m.startYear - this.m.baseYear;
    for (let i = 0; i < this.m.horizon; i++) this.discount[i] = (1 + rate) ** -(i + offset);
  }

  private simulateCohorts(v: Float64Array, wageRate: number, tax: number, norm12: number): void {
    const m = this.m;
    const g = m.g as Record<string, number>;
    const h = m.horizon;
    const d = this.d;
    const sink = this.cohortSink;
    const shares: [number, number, number] = [
      get(v, g.jobcoachAandeelJaar1 as number),
      get(v, g.jobcoachAandeelJaar2 as number),
      get(v, g.jobcoachAandeelJaar3 as number),
    ];
    m.cohorts.forEach((c, ci) => {
      const draw = this.draws[ci] as CohortDraw;
      draw.intake = get(v, c.intake);
      draw.trainingDropout = get(v, c.dropout);
      draw.placement = get(v, c.placement);
      draw.trainingYears = get(v, c.trainingWeeks) / 52;
      draw.coachShares = shares;
      c.outflows.forEach((o, k) => {
        draw.rates[k] = get(v, o.rate);
      });
      sink.workerYears.fill(0);
      sink.coachedYears.fill(0);
      sink.disregardYears.fill(0);
      simulateCohort(draw, h, m.convention, sink);
      const hoursPerWorker = get(v, c.hours) * get(v, c.weeks);
      const saved = Math.min(norm12, hoursPerWorker * wageRate * (1 - tax));
      for (let i = 0; i < h; i++) {
        const years = sink.workerYears[i] as number;
        d.workers[i] += years;
        d.hours[i] += years * hoursPerWorker;
        d.coachHours[i] += (sink.coachedYears[i] as number) * hoursPerWorker;
        d.disregardYears[i] += sink.disregardYears[i] as number;
        d.assistance[i] += years * saved;
      }
    });
    d.intake.set(sink.intake);
  }

  evaluate(v: Float64Array): Evaluation {
    const m = this.m;
    const g = m.g as Record<string, number>;
    const h = m.horizon;
    const d = this.d;
    for (const a of [
      d.workers,
      d.hours,
      d.billable,
      d.coachHours,
      d.intake,
      d.leavers,
      d.leaversYearGone,
      d.disregardYears,
      d.assistance,
      d.wageBill,
      d.subscriptions,
      this.cohortSink.intake,
    ])
      a.fill(0);
    this.fillDiscount(get(v, g.discontovoet as number));

    const wage = this.money(v, g.uurloon as number);
    const holiday = get(v, g.vakantiegeld as number);
    const tax = get(v, g.loonheffing as number);
    const norm12 = this.money(v, g.bijstandsnormMaand as number) * 12;
    const billShare = get(v, g.declarabelAandeel as number);
    const hoursPerSub = get(v, g.urenPerAbonnement as number);
    const wageRate = wage * (1 + holiday);
    this.simulateCohorts(v, wageRate, tax, norm12);
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
    m.lines.forEach((line, li) => {
      const out = this.lineValues[li] as Float64Array;
      if (line.derived) {
        const src = this.lineValues[line.source] as Float64Array;
        for (let i = 0; i < h; i++) out[i] = (src[i] as number) * (1 - keep);
      } else {
        this.lineValue(line, v, out, wageRate, tax, norm12);
      }
      let pv = 0;
      for (let i = 0; i < h; i++) pv += (out[i] as number) * (this.discount[i] as number);
      if (line.payer >= 0) this.npv[line.payer] -= pv;
      if (line.receiver >= 0) this.npv[line.receiver] += pv;
      if (line.social === 'flow') {
        if (line.payer >= 0) society -= pv;
        if (line.receiver >= 0) society += pv;
      } else if (line.social === 'buyersValue') society += pv;
    });
    return {
      drivers: d,
      lineValues: this.lineValues,
      discount: this.discount,
      npv: this.npv,
      societyNpv: society,
    };
  }

  /** One line's yearly values after its corrections, persistence and year range. */
  private lineValue(
    line: CompiledLine,
    v: Float64Array,
    out: Float64Array,
    wageRate: number,
    tax: number,
    norm12: number,
  ): void {
    const h = this.m.horizon;
    const raw = this.raw;
    const keepRate = 1 - get(v, line.dropOff);
    if (line.perYearInState) {
      this.stateQuantity(line, v, raw, keepRate, norm12);
    } else {
      this.quantity(line, v, raw, wageRate, tax);
      const dur = line.duration;
      if (dur > 1) {
        const exposure = this.exposure;
        for (let i = 0; i < h; i++) {
          let q = raw[i] as number;
          let w = 1;
          for (let j = i - 1; j >= 0 && i - j < dur; j--) {
            w *= keepRate;
            q += (raw[j] as number) * w;
          }
          exposure[i] = q;
        }
        raw.set(exposure);
      }
    }
    const factor = line.factor < 0 ? 1 : get(v, line.factor);
    const bias = get(v, line.grade);
    const adjustment =
      factor *
      (1 - get(v, line.deadweight)) *
      (1 - get(v, line.attribution)) *
      (1 - get(v, line.displacement)) *
      (line.category === 'baten' ? 1 - bias : 1 + bias);
    for (let i = 0; i < h; i++)
      out[i] = i < line.from || i > line.to ? 0 : (raw[i] as number) * adjustment;
  }

  /** A per-year value in the state people enter at an outflow: exposure × unit value. */
  private stateQuantity(
    line: CompiledLine,
    v: Float64Array,
    raw: Float64Array,
    keepRate: number,
    norm12: number,
  ): void {
    const h = this.m.horizon;
    const d = this.d;
    const exposure = this.exposure;
    raw.fill(0);
    const destinations =
      line.calculation === 'bijstand-uitstroom'
        ? [REGULAR, OTHER]
        : line.calculation === 'per-uitstroom-regulier'
          ? [REGULAR]
          : [OTHER];
    const unit = line.calculation === 'bijstand-uitstroom' ? norm12 : this.money(v, line.unit);
    for (const destination of destinations) {
      stateExposure(
        d.leavers,
        d.leaversYearGone,
        destination * h,
        h,
        line.duration,
        keepRate,
        exposure,
      );
      for (let i = 0; i < h; i++) raw[i] += (exposure[i] as number) * unit;
    }
  }

  private quantity(
    line: CompiledLine,
    v: Float64Array,
    raw: Float64Array,
    wageRate: number,
    tax: number,
  ): void {
    const d = this.d;
    const g = this.m.g as Record<string, number>;
    const h = this.m.horizon;
    const unit = this.money(v, line.unit);
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
        if (line.proRata) raw[0] = unit * ((13 - this.m.startMonth) / 12);
        return;
      default:
        raw.fill(0);
        return;
    }
    for (let i = 0; i < h; i++) raw[i] = (src[i] as number) * mult;
  }
}
