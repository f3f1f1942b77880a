import { type CompiledModel, compileScenario, Evaluator } from './model.js';
import { Random } from './random.js';
import type {
  BusinessCaseResult,
  Payback,
  PercentileSummary,
  SettlementEntry,
  SettlementTransfer,
  StakeholderResult,
} from './result-types.js';
import { type LocalizedText, type Scenario, STAKEHOLDER_IDS, type StakeholderId } from './types.js';

export interface RunOptions {
  /** Monte Carlo runs; default 10,000; 0 skips the simulation. */
  runs?: number;
  /** Seed of the random generator; default 20260101. */
  seed?: number;
}

const cents = (x: number): number => Math.round(x * 100) / 100;
const ratio = (x: number): number => Math.round(x * 10000) / 10000;
const sum = (a: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] as number;
  return s;
};

export function payback(net: number[]): Payback | null {
  let cum = 0;
  let crossing: { index: number; fraction: number } | null = null;
  let everNegative = false;
  for (let i = 0; i < net.length; i++) {
    const before = cum;
    cum += net[i] as number;
    if (cum < 0) {
      everNegative = true;
      crossing = null;
    } else if (before < 0 && crossing === null) {
      crossing = { index: i, fraction: -before / (net[i] as number) };
    }
  }
  if (!everNegative || crossing === null) return null;
  return {
    year: crossing.index,
    month: Math.min(12, Math.max(1, Math.ceil(crossing.fraction * 12))),
  };
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

function summarize(values: Float64Array): PercentileSummary {
  const sorted = Float64Array.from(values).sort();
  let positive = 0;
  for (const x of values) if (x > 0) positive++;
  return {
    p5: cents(quantile(sorted, 0.05)),
    p50: cents(quantile(sorted, 0.5)),
    p95: cents(quantile(sorted, 0.95)),
    mean: cents(values.length ? sum(values) / values.length : 0),
    probabilityPositive: ratio(values.length ? positive / values.length : 0),
  };
}

function feasible(unit: string, x: number): boolean {
  if (!Number.isFinite(x)) return false;
  if (unit === 'fractie') return x >= 0 && x <= 1;
  if (unit === 'rentevoet') return x > -1 && x <= 1;
  return x >= 0;
}

/** Solves society NPV(input i) = 0 with the secant method; null when no value in range does it. */
function switchingValue(
  ev: Evaluator,
  model: CompiledModel,
  i: number,
  work: Float64Array,
): number | null {
  const base = model.base[i] as number;
  const unit = model.inputs[i]?.param.eenheid ?? '';
  const f = (x: number): number => {
    work.set(model.base);
    work[i] = x;
    return ev.evaluate(work).societyNpv;
  };
  let x0 = base;
  let f0 = f(x0);
  let x1 = base !== 0 ? base * 1.1 : unit === 'fractie' ? 0.1 : 1;
  let f1 = f(x1);
  const scale = Math.max(1, Math.abs(f0));
  if (Math.abs(f1 - f0) < 1e-9 * scale) return null;
  for (let n = 0; n < 60; n++) {
    if (Math.abs(f1) < 1e-7 * scale) return feasible(unit, x1) ? x1 : null;
    const slope = (f1 - f0) / (x1 - x0);
    if (!Number.isFinite(slope) || slope === 0) return null;
    const x2 = x1 - f1 / slope;
    if (!Number.isFinite(x2) || Math.abs(x2) > 1e12) return null;
    x0 = x1;
    f0 = f1;
    x1 = x2;
    f1 = f(x1);
  }
  return Math.abs(f1) < 1e-4 * scale && feasible(unit, x1) ? x1 : null;
}

/** Computes the whole business case: both views, adjustments, sensitivity, Monte Carlo, settlement. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): BusinessCaseResult {
  const runs = options.runs ?? 10_000;
  const seed = options.seed ?? 20260101;
  const model = compileScenario(scenario);
  const ev = new Evaluator(model);
  const base = ev.evaluate(model.base);
  const h = model.horizon;
  const years = model.years;
  const S = STAKEHOLDER_IDS.length;
  const discount = Array.from(base.discount);
  const zeros = () => new Array<number>(h).fill(0);
  const costs = STAKEHOLDER_IDS.map(zeros);
  const benefits = STAKEHOLDER_IDS.map(zeros);
  const mkbaCosts = new Float64Array(S);
  const mkbaBenefits = new Float64Array(S);
  const cashable = new Float64Array(S);
  const byType = STAKEHOLDER_IDS.map(() => ({ fiscal: 0, economic: 0, social: 0 }));
  const fundingYearly = zeros();
  const operator = STAKEHOLDER_IDS.indexOf('exploitant');
  let fiscalValue = 0;
  let economicValue = 0;
  let socialValue = 0;
  let publicValue = 0;
  let societyCosts = 0;
  let societyBenefits = 0;
  let subscriptionRevenuePv = 0;
  let externalFunding = 0;

  const lines = model.lines.map((line, li) => {
    const yearly = Array.from(base.lineValues[li] as Float64Array);
    const pv = yearly.reduce((acc, x, i) => acc + x * (discount[i] as number), 0);
    const typeKey =
      line.type === 'fiscaal' ? 'fiscal' : line.type === 'economisch' ? 'economic' : 'social';
    for (let i = 0; i < h; i++) {
      const x = yearly[i] as number;
      if (line.payer >= 0) (costs[line.payer] as number[])[i] += x;
      if (line.receiver >= 0) (benefits[line.receiver] as number[])[i] += x;
      if (line.funding && line.receiver === operator) fundingYearly[i] += x;
    }
    if (line.payer >= 0) {
      (byType[line.payer] as Record<string, number>)[typeKey] -= pv;
      if (line.cashable) cashable[line.payer] -= pv;
      if (!line.transfer) mkbaCosts[line.payer] += pv;
    }
    if (line.receiver >= 0) {
      (byType[line.receiver] as Record<string, number>)[typeKey] += pv;
      if (line.cashable) cashable[line.receiver] += pv;
      if (!line.transfer) mkbaBenefits[line.receiver] += pv;
    }
    if (!line.transfer) {
      if (line.payer >= 0) societyCosts += pv;
      if (line.receiver >= 0) societyBenefits += pv;
    }
    if (line.category === 'baten' && !line.derived) {
      if (line.type === 'fiscaal') fiscalValue += pv;
      else if (line.type === 'economisch') economicValue += pv;
      else socialValue += pv;
      if (!line.transfer) publicValue += pv;
    }
    if (line.transfer && line.payer < 0) externalFunding += pv;
    if (line.calculation === 'abonnement') {
      if (line.receiver === operator) subscriptionRevenuePv += pv;
      if (line.payer === operator) subscriptionRevenuePv -= pv;
    }
    return {
      id: line.id,
      name: line.name,
      calculation: line.calculation,
      category: line.category,
      type: line.type,
      cashable: line.cashable,
      transfer: line.transfer,
      funding: line.funding,
      payer: line.payer >= 0 ? (STAKEHOLDER_IDS[line.payer] as StakeholderId) : null,
      receiver: line.receiver >= 0 ? (STAKEHOLDER_IDS[line.receiver] as StakeholderId) : null,
      yearly: yearly.map(cents),
      pv: cents(pv),
    };
  });

  const pvOf = (a: number[]): number =>
    a.reduce((acc, x, i) => acc + x * (discount[i] as number), 0);
  const stakeholders: StakeholderResult[] = model.stakeholders.map((s, si) => {
    const c = costs[si] as number[];
    const b = benefits[si] as number[];
    const net = c.map((x, i) => (b[i] as number) - x);
    const dnet = net.map((x, i) => x * (discount[i] as number));
    let cum = 0;
    const cumulative = net.map((x) => {
      cum += x;
      return cents(cum);
    });
    const pvCosts = pvOf(c);
    const pvBenefits = pvOf(b);
    const pb = payback(dnet);
    return {
      id: s.id,
      name: s.name,
      pvCosts: cents(pvCosts),
      pvBenefits: cents(pvBenefits),
      npv: cents(pvBenefits - pvCosts),
      bcr: pvCosts > 0 ? ratio(pvBenefits / pvCosts) : null,
      payback: pb ? { year: years[pb.year] as number, month: pb.month } : null,
      cashableNpv: cents(cashable[si] as number),
      mkba: {
        pvCosts: cents(mkbaCosts[si] as number),
        pvBenefits: cents(mkbaBenefits[si] as number),
        npv: cents((mkbaBenefits[si] as number) - (mkbaCosts[si] as number)),
      },
      byType: {
        fiscal: cents((byType[si] as { fiscal: number }).fiscal),
        economic: cents((byType[si] as { economic: number }).economic),
        social: cents((byType[si] as { social: number }).social),
      },
      yearly: {
        costs: c.map(cents),
        benefits: b.map(cents),
        net: net.map(cents),
        cumulativeNet: cumulative,
      },
    };
  });

  const societyNet = zeros();
  model.lines.forEach((line, li) => {
    if (line.transfer) return;
    const values = base.lineValues[li] as Float64Array;
    for (let i = 0; i < h; i++) {
      if (line.receiver >= 0) societyNet[i] += values[i] as number;
      if (line.payer >= 0) societyNet[i] -= values[i] as number;
    }
  });
  let scum = 0;
  const societyCumulative = societyNet.map((x) => {
    scum += x;
    return cents(scum);
  });
  const societyPayback = payback(societyNet.map((x, i) => x * (discount[i] as number)));
  const investment = stakeholders.reduce((acc, s) => acc + Math.max(0, -s.npv), 0);

  // Funding gap (onrendabele top) of the operator.
  const opCosts = costs[operator] as number[];
  const opBenefits = benefits[operator] as number[];
  const gap = opCosts.map((c, i) =>
    Math.max(0, c - ((opBenefits[i] as number) - (fundingYearly[i] as number))),
  );
  const remaining = gap.map((x, i) => Math.max(0, x - (fundingYearly[i] as number)));

  // Break-even tariff and subscriptions: operator NPV is linear in the subscription revenue.
  const operatorNpv = (stakeholders[operator] as StakeholderResult).npv;
  const g = model.g as Record<string, number>;
  const baseTariff = ev.money(model.base, g.tariefAbonnement as number);
  const scale = subscriptionRevenuePv > 0 ? 1 - operatorNpv / subscriptionRevenuePv : null;
  const activeYears = Array.from(base.drivers.workers).filter((w) => w > 0).length;
  const baseSubs = activeYears > 0 ? sum(base.drivers.subscriptions) / activeYears : 0;

  // Copy the drivers before further evaluations overwrite the evaluator's buffers.
  const activity = {
    workers: Array.from(base.drivers.workers).map(ratio),
    hours: Array.from(base.drivers.hours).map(cents),
    billableHours: Array.from(base.drivers.billable).map(cents),
    subscriptions: Array.from(base.drivers.subscriptions).map(ratio),
    intake: Array.from(base.drivers.intake).map(ratio),
    outflow: {
      regularJob: Array.from(base.drivers.outRegular).map(ratio),
      otherWork: Array.from(base.drivers.outOther).map(ratio),
      backToAssistance: Array.from(base.drivers.outBack).map(ratio),
      dropout: Array.from(base.drivers.outDropout).map(ratio),
    },
  };
  const societyNpv = societyBenefits - societyCosts;
  // Participants' net income: money lines only (wages, tax, assistance lost, earnings elsewhere), not
  // the social value of work, which is welfare rather than income.
  const participantIndex = STAKEHOLDER_IDS.indexOf('deelnemers');
  const income = zeros();
  model.lines.forEach((line, li) => {
    if (line.type === 'sociaal') return;
    const values = base.lineValues[li] as Float64Array;
    for (let i = 0; i < h; i++) {
      if (line.receiver === participantIndex) income[i] += values[i] as number;
      if (line.payer === participantIndex) income[i] -= values[i] as number;
    }
  });

  // Settlement: deficits covered by gainers in proportion to their cashable surplus.
  const annuity = sum(discount);
  // Unrounded NPVs, so the settlement matches the workbook's formulas to the cent.
  const rawNpv = model.stakeholders.map(
    (_, si) => pvOf(benefits[si] as number[]) - pvOf(costs[si] as number[]),
  );
  const deficits = rawNpv.map((npv, si) =>
    (model.stakeholders[si]?.settles ?? false) ? Math.max(0, -npv) : 0,
  );
  const surpluses = rawNpv.map((npv, si) =>
    (model.stakeholders[si]?.settles ?? false) && npv > 0
      ? Math.max(0, Math.min(cashable[si] as number, npv))
      : 0,
  );
  const totalDeficit = sum(deficits);
  const totalSurplus = sum(surpluses);
  const covered = Math.min(totalDeficit, totalSurplus);
  const contributions = stakeholders.map((_, si) => {
    const receive = totalDeficit > 0 ? (covered * (deficits[si] as number)) / totalDeficit : 0;
    const pay = totalSurplus > 0 ? (covered * (surpluses[si] as number)) / totalSurplus : 0;
    return receive - pay;
  });
  const settlement: SettlementEntry[] = stakeholders.map((s, si) => {
    const c = contributions[si] as number;
    return {
      id: s.id,
      npvBefore: s.npv,
      deficit: cents(deficits[si] as number),
      cashableSurplus: cents(surpluses[si] as number),
      contribution: cents(c),
      npvAfter: cents((rawNpv[si] as number) + c),
      yearly: discount.map(() => cents(c / annuity)),
    };
  });
  const settlementTransfers: SettlementTransfer[] = [];
  stakeholders.forEach((from, fi) => {
    const pay = totalSurplus > 0 ? (covered * (surpluses[fi] as number)) / totalSurplus : 0;
    if (pay <= 0) return;
    stakeholders.forEach((to, ti) => {
      const share = totalDeficit > 0 ? (deficits[ti] as number) / totalDeficit : 0;
      if (share <= 0) return;
      const amount = pay * share;
      settlementTransfers.push({
        from: from.id,
        to: to.id,
        amount: cents(amount),
        yearly: discount.map(() => cents(amount / annuity)),
      });
    });
  });
  const shortfall = totalDeficit - covered;
  const fmt = (x: number, locale: string) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: scenario.valuta,
      maximumFractionDigits: 0,
    }).format(x);
  const warning: LocalizedText | null =
    shortfall > 0.005
      ? {
          nl: `Het verzilverbare overschot (${fmt(totalSurplus, 'nl-NL')}) is niet genoeg om de tekorten (${fmt(totalDeficit, 'nl-NL')}) te dekken. Er blijft ${fmt(shortfall, 'nl-NL')} (contante waarde) ongedekt; daarvoor is extra financiering of een ander ontwerp nodig.`,
          en: `The cashable surplus (${fmt(totalSurplus, 'en-GB')}) cannot cover the deficits (${fmt(totalDeficit, 'en-GB')}). ${fmt(shortfall, 'en-GB')} (present value) stays uncovered; that needs extra funding or a different design.`,
        }
      : null;

  // Sensitivity: switching values of every input and a tornado.
  const work = new Float64Array(model.base.length);
  const switchingValues = model.inputs.map((input, i) => {
    const value = switchingValue(ev, model, i, work);
    const b = input.param.waarde;
    return {
      key: input.key,
      label: input.label,
      unit: input.param.eenheid,
      base: b,
      value: value === null ? null : ratio(value),
      changePercent: value === null || b === 0 ? null : Math.round(((value - b) / b) * 1000) / 10,
    };
  });
  const npvAt = (i: number, x: number): number => {
    work.set(model.base);
    work[i] = x;
    return ev.evaluate(work).societyNpv;
  };
  const tornado = model.inputs
    .map((input, i) => {
      const p = input.param;
      let low = p.verdeling ? p.verdeling.min : p.waarde * 0.9;
      let high = p.verdeling ? p.verdeling.max : p.waarde * 1.1;
      if (p.eenheid === 'fractie') {
        low = Math.max(0, low);
        high = Math.min(1, high);
      }
      const npvLow = npvAt(i, low);
      const npvHigh = npvAt(i, high);
      return {
        key: input.key,
        label: input.label,
        low: ratio(low),
        high: ratio(high),
        npvLow: cents(npvLow),
        npvHigh: cents(npvHigh),
        swing: cents(Math.abs(npvHigh - npvLow)),
      };
    })
    .filter((t) => t.swing > 0)
    .sort((a, b) => b.swing - a.swing)
    .slice(0, 15);

  const mc = monteCarlo(ev, model, runs, seed);

  const result: BusinessCaseResult = {
    resultSchemaVersion: '1.0.0',
    scenario: {
      id: scenario.id,
      name: scenario.naam,
      region: scenario.regio ?? null,
      currency: scenario.valuta,
      priceYear: scenario.prijsjaar,
      startYear: scenario.startjaar,
      horizonYears: h,
      discountRate: scenario.parameters.discontovoet.waarde,
    },
    years,
    stakeholders,
    society: {
      pvCosts: cents(societyCosts),
      pvBenefits: cents(societyBenefits),
      npv: cents(societyNpv),
      bcr: societyCosts > 0 ? ratio(societyBenefits / societyCosts) : null,
      sroi: investment > 0 ? ratio(societyBenefits / investment) : null,
      payback: societyPayback
        ? { year: years[societyPayback.year] as number, month: societyPayback.month }
        : null,
      fiscalValue: cents(fiscalValue),
      economicValue: cents(economicValue),
      socialValue: cents(socialValue),
      publicValue: cents(publicValue),
      externalFunding: cents(externalFunding),
      yearly: { net: societyNet.map(cents), cumulativeNet: societyCumulative },
    },
    lines,
    activity,
    participantsNetIncome: { yearly: income.map(cents), pv: cents(pvOf(income)) },
    fundingGap: {
      yearly: gap.map(cents),
      funding: fundingYearly.map(cents),
      remaining: remaining.map(cents),
      pv: cents(pvOf(gap)),
      pvRemaining: cents(pvOf(remaining)),
    },
    breakEven: {
      tariff: { base: cents(baseTariff), value: scale === null ? null : cents(baseTariff * scale) },
      subscriptionsPerYear: {
        base: ratio(baseSubs),
        value: scale === null ? null : ratio(baseSubs * scale),
      },
    },
    switchingValues,
    tornado,
    monteCarlo: mc,
    settlement,
    settlementTransfers,
    settlementSummary: {
      totalDeficit: cents(totalDeficit),
      totalCashableSurplus: cents(totalSurplus),
      covered: cents(covered),
      shortfall: cents(shortfall),
      warning,
    },
    inputs: model.inputs.map((input) => {
      const p = input.param;
      return {
        key: input.key,
        label: input.label,
        value: p.waarde,
        unit: p.eenheid,
        source: p.bron,
        sourceYear: p.bronJaar ?? null,
        priceYear: p.prijsjaar ?? null,
        assumption: p.bron === 'aanname',
        distribution: p.verdeling
          ? {
              type: p.verdeling.type,
              min: p.verdeling.min,
              mode: p.verdeling.modus ?? p.waarde,
              max: p.verdeling.max,
            }
          : null,
      };
    }),
    warnings:
      mc.uncertainInputs === 0 && runs > 0
        ? [
            {
              nl: 'Geen enkele parameter heeft een verdeling: alle Monte Carlo-trekkingen zijn gelijk.',
              en: 'No parameter has a distribution: every Monte Carlo draw is the same.',
            },
          ]
        : [],
  };
  assertFinite(result, '');
  return result;
}

export function monteCarlo(
  ev: Evaluator,
  model: CompiledModel,
  runs: number,
  seed: number,
): BusinessCaseResult['monteCarlo'] {
  const uncertain: number[] = [];
  model.inputs.forEach((input, i) => {
    if (input.param.verdeling) uncertain.push(i);
  });
  const S = STAKEHOLDER_IDS.length;
  const n = Math.max(0, Math.floor(runs));
  const perStakeholder = Array.from({ length: S }, () => new Float64Array(n));
  const society = new Float64Array(n);
  const rng = new Random(seed);
  const v = Float64Array.from(model.base);
  for (let r = 0; r < n; r++) {
    for (const i of uncertain) {
      const p = (model.inputs[i] as (typeof model.inputs)[number]).param;
      v[i] = rng.sample(p.verdeling as NonNullable<typeof p.verdeling>, p.waarde);
    }
    const e = ev.evaluate(v);
    for (let s = 0; s < S; s++) (perStakeholder[s] as Float64Array)[r] = e.npv[s] as number;
    society[r] = e.societyNpv;
  }
  const summary = summarize(society);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const x of society) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const bins = 20;
  const edges: number[] = [];
  const counts = new Array<number>(n > 0 ? bins : 0).fill(0);
  if (n > 0) {
    const width = max > min ? (max - min) / bins : 1;
    for (let b = 0; b <= bins; b++) edges.push(cents(min + b * width));
    for (const x of society) counts[Math.min(bins - 1, Math.floor((x - min) / width))]++;
  }
  return {
    runs: n,
    seed,
    uncertainInputs: uncertain.length,
    ...summary,
    stakeholders: STAKEHOLDER_IDS.map((id, s) => ({
      id,
      ...summarize(perStakeholder[s] as Float64Array),
    })),
    histogram: { edges, counts },
  };
}

/** No NaN or Infinity may ever reach a report. */
function assertFinite(value: unknown, path: string): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new Error(`Internal error: non-finite number at ${path || '/'}`);
  } else if (Array.isArray(value)) {
    value.forEach((x, i) => {
      assertFinite(x, `${path}/${i}`);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, x] of Object.entries(value)) assertFinite(x, `${path}/${k}`);
  }
}
