// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { BusinessCaseResult, Payback } from '../result-types.js';
import type { Block, ReportDocument } from './blocks.js';
import { discountBlock } from './discount-block.js';
import { Formatter, fill, type Lang, strings } from './format.js';
import { headlineBlock } from './headline.js';
import { incomeBlocks } from './income-blocks.js';
import { settlementBlocks } from './settlement-blocks.js';

export type { Block, ReportDocument } from './blocks.js';

export function buildDocument(result: BusinessCaseResult, lang: Lang): ReportDocument {
  const t = strings(lang);
  const f = new Formatter(lang, result.scenario.currency);
  const name = (id: string): string => {
    const s = result.stakeholders.find((x) => x.id === id);
    return s ? s.name[lang] : id;
  };
  const payback = (p: Payback): string =>
    p.status === 'year'
      ? `${p.year}-${String(p.month).padStart(2, '0')}`
      : p.status === 'alwaysPositive'
        ? (t.paybackAlwaysPositive as string)
        : p.status === 'notWithinHorizon'
          ? (t.paybackNotWithinHorizon as string)
          : (t.paybackNoFlows as string);
  const blocks: Block[] = [];
  // Settlement payments start in the base year.
  const firstPayment = Math.max(0, result.scenario.baseYear - result.scenario.startYear);
  const mc = result.monteCarlo;
  const s = result.society;

  blocks.push({
    kind: 'paragraph',
    text: fill(t.scenarioLine as string, {
      id: result.scenario.id,
      region: result.scenario.region ?? '—',
      years: String(result.scenario.horizonYears),
      start: String(result.scenario.startYear),
      priceYear: String(result.scenario.priceYear),
      rate: f.percent(result.scenario.discountRate, true),
    }),
  });
  blocks.push({ kind: 'heading', text: t.summary as string });
  blocks.push({
    kind: 'paragraph',
    text: fill(t.summaryText as string, {
      years: String(result.scenario.horizonYears),
      npv: f.money(s.npv),
      bcr: f.ratio(s.bcr),
      runs: f.number(mc.runs),
      mean: f.money(mc.mean),
      p5: f.money(mc.p5),
      p95: f.money(mc.p95),
      prob: f.percent(mc.probabilityPositive),
    }),
  });
  blocks.push(headlineBlock(result, lang, t, f));
  const warnings = [...result.warnings.map((w) => w[lang])];
  if (result.settlementSummary.warning) warnings.unshift(result.settlementSummary.warning[lang]);
  for (const w of warnings) blocks.push({ kind: 'warning', text: w });

  blocks.push({ kind: 'heading', text: t.whoPaysWhoGains as string });
  blocks.push({ kind: 'paragraph', text: t.whoText as string });
  const stakeholderRows = result.stakeholders.map((x) => [
    x.name[lang],
    f.money(x.pvCosts),
    f.money(x.pvBenefits),
    f.money(x.npv),
    f.ratio(x.bcr),
    payback(x.payback),
    f.money(x.cashableNpv),
    f.money(x.mkba.npv),
  ]);
  stakeholderRows.push([
    t.society as string,
    f.money(s.pvCosts),
    f.money(s.pvBenefits),
    f.money(s.npv),
    f.ratio(s.bcr),
    payback(s.payback),
    '—',
    f.money(s.npv),
  ]);
  blocks.push({
    kind: 'table',
    head: [
      t.stakeholder,
      t.pvCosts,
      t.pvBenefits,
      t.npv,
      t.bcr,
      t.payback,
      t.cashableNpv,
      t.mkbaNpv,
    ] as string[],
    numeric: [false, true, true, true, true, true, true, true],
    rows: stakeholderRows,
    negative: [
      ...result.stakeholders.map((x) => [
        false,
        false,
        false,
        x.npv < 0,
        false,
        false,
        x.cashableNpv < 0,
        x.mkba.npv < 0,
      ]),
      [false, false, false, s.npv < 0, false, false, false, s.npv < 0],
    ],
  });
  blocks.push({ kind: 'chart', chart: 'costsBenefits', caption: t.chartCostsBenefits as string });
  blocks.push({ kind: 'chart', chart: 'cumulative', caption: t.chartCumulative as string });

  blocks.push({ kind: 'heading', text: t.societyHeading as string });
  blocks.push({
    kind: 'table',
    head: ['', t.value as string],
    numeric: [false, true],
    rows: [
      [t.fiscalValue as string, f.money(s.fiscalValue)],
      ...s.fiscalByBody.map((b) => [`– ${name(b.id)}`, f.money(b.value)]),
      [t.economicValue as string, f.money(s.economicValue)],
      [t.socialValue as string, f.money(s.socialValue)],
      [t.publicValue as string, f.money(s.publicValue)],
      [t.externalFunding as string, f.money(s.externalFunding)],
      [t.investment as string, f.money(s.investment)],
      [t.sroi as string, f.ratio(s.sroi)],
      [t.societyPayback as string, payback(s.payback)],
      [t.netIncome as string, f.money(result.participantsNetIncome.pv)],
    ],
  });

  blocks.push(...incomeBlocks(result, lang, t, f));

  blocks.push({ kind: 'heading', text: t.fundingGap as string });
  blocks.push({ kind: 'paragraph', text: t.fundingGapText as string });
  blocks.push({
    kind: 'table',
    head: [t.year, t.gap, t.funding, t.remaining] as string[],
    numeric: [false, true, true, true],
    rows: result.years.map((y, i) => [
      String(y),
      f.money(result.fundingGap.yearly[i] ?? 0),
      f.money(result.fundingGap.funding[i] ?? 0),
      f.money(result.fundingGap.remaining[i] ?? 0),
    ]),
  });
  blocks.push({ kind: 'heading', text: t.breakEven as string });
  const be = result.breakEven;
  blocks.push({
    kind: 'paragraph',
    text: fill(t.breakEvenTariff as string, {
      value: be.tariff.value === null ? (t.notAvailable as string) : f.cents(be.tariff.value),
      base: f.cents(be.tariff.base),
    }),
  });
  blocks.push({
    kind: 'paragraph',
    text: fill(t.breakEvenSubscriptions as string, {
      value:
        be.subscriptionsPerYear.value === null
          ? (t.notAvailable as string)
          : f.number(be.subscriptionsPerYear.value),
      base: f.number(be.subscriptionsPerYear.base),
    }),
  });

  blocks.push({ kind: 'heading', text: t.settlement as string });
  blocks.push({ kind: 'paragraph', text: t.settlementText as string });
  if (result.settlementSummary.warning)
    blocks.push({ kind: 'warning', text: result.settlementSummary.warning[lang] });
  else blocks.push({ kind: 'paragraph', text: t.settlementOk as string });
  blocks.push({
    kind: 'table',
    head: [
      t.stakeholder,
      t.npv,
      t.deficit,
      t.surplus,
      t.contribution,
      t.perYear,
      t.npvAfter,
    ] as string[],
    numeric: [false, true, true, true, true, true, true],
    rows: result.settlement.map((x) => [
      name(x.id),
      f.money(x.npvBefore),
      f.money(x.deficit),
      f.money(x.cashableSurplus),
      f.money(x.contribution),
      f.money(x.yearly[firstPayment] ?? 0),
      f.money(x.npvAfter),
    ]),
    negative: result.settlement.map((x) => [
      false,
      x.npvBefore < 0,
      false,
      false,
      x.contribution < 0,
      (x.yearly[firstPayment] ?? 0) < 0,
      x.npvAfter < 0,
    ]),
  });
  if (result.settlementTransfers.length > 0)
    blocks.push({
      kind: 'table',
      caption: t.transfers as string,
      head: [t.from, t.to, t.amount, t.perYear] as string[],
      numeric: [false, false, true, true],
      rows: result.settlementTransfers.map((x) => [
        name(x.from),
        name(x.to),
        f.money(x.amount),
        f.money(x.yearly[firstPayment] ?? 0),
      ]),
    });

  blocks.push(...settlementBlocks(result, lang, t, f));

  blocks.push({ kind: 'heading', text: t.sensitivity as string });
  blocks.push({ kind: 'paragraph', text: t.tornadoText as string });
  blocks.push({ kind: 'chart', chart: 'tornado', caption: t.chartTornado as string });
  const unitOf = new Map(result.inputs.map((i) => [i.key, i.unit]));
  blocks.push({
    kind: 'table',
    head: [t.input, t.low, t.high, t.npvLow, t.npvHigh] as string[],
    numeric: [false, true, true, true, true],
    rows: result.tornado.map((x) => {
      const u = unitOf.get(x.key) ?? '';
      return [
        x.label[lang],
        f.value(x.low, u),
        f.value(x.high, u),
        f.money(x.npvLow),
        f.money(x.npvHigh),
      ];
    }),
  });
  blocks.push(discountBlock(result, lang, t, f));
  blocks.push({ kind: 'paragraph', text: t.switchingText as string });
  blocks.push({
    kind: 'table',
    caption: t.switchingValues as string,
    head: [t.input, t.base, t.switchingValue, t.change] as string[],
    numeric: [false, true, true, true],
    rows: result.switchingValues.map((x) => [
      x.label[lang],
      f.value(x.base, x.unit),
      x.value === null ? (t.none as string) : f.value(x.value, x.unit),
      x.changePercent === null ? '—' : `${f.number(x.changePercent)} %`,
    ]),
  });

  blocks.push({ kind: 'heading', text: t.monteCarlo as string });
  blocks.push({
    kind: 'paragraph',
    text: fill(t.monteCarloText as string, {
      runs: f.number(mc.runs),
      seed: String(mc.seed),
      inputs: String(mc.uncertainInputs),
    }),
  });
  const correlations = mc.correlations ?? [];
  blocks.push({
    kind: 'paragraph',
    text: correlations.length
      ? fill(t.monteCarloCorrelated as string, { count: String(correlations.length) })
      : (t.monteCarloIndependent as string),
  });
  if (correlations.length)
    blocks.push({
      kind: 'table',
      caption: t.correlationsCaption as string,
      head: [t.input, t.input, t.correlationDeclared, t.correlationAchieved] as string[],
      numeric: [false, false, true, true],
      rows: correlations.map((c) => [
        c.between[0],
        c.between[1],
        f.number(c.rankCorrelation),
        f.number(c.achieved),
      ]),
    });
  blocks.push({ kind: 'chart', chart: 'histogram', caption: t.chartHistogram as string });
  blocks.push({
    kind: 'table',
    head: [t.stakeholder, t.npvMean, 'P5', 'P50', 'P95', t.probabilityPositive] as string[],
    numeric: [false, true, true, true, true, true],
    rows: [
      ...mc.stakeholders.map((x) => [
        name(x.id),
        f.money(x.mean),
        f.money(x.p5),
        f.money(x.p50),
        f.money(x.p95),
        f.percent(x.probabilityPositive),
      ]),
      [
        t.society as string,
        f.money(mc.mean),
        f.money(mc.p5),
        f.money(mc.p50),
        f.money(mc.p95),
        f.percent(mc.probabilityPositive),
      ],
    ],
  });

  blocks.push({ kind: 'heading', text: t.lines as string });
  blocks.push({
    kind: 'table',
    head: [t.line, t.type, t.payer, t.receiver, t.flags, t.pv] as string[],
    numeric: [false, false, false, false, false, true],
    rows: result.lines.map((l) => [
      l.name[lang],
      t[l.type] as string,
      l.payer ? name(l.payer) : '—',
      l.receiver ? name(l.receiver) : '—',
      [l.cashable ? t.cashable : '', l.transfer ? t.transfer : '', l.funding ? t.fundingFlag : '']
        .filter(Boolean)
        .join(', ') || '—',
      f.money(l.pv),
    ]),
  });

  blocks.push({ kind: 'heading', text: t.activity as string });
  const a = result.activity;
  blocks.push({
    kind: 'table',
    head: [
      t.year,
      t.intake,
      t.workers,
      t.hours,
      t.subscriptions,
      t.regularJob,
      t.netIncome,
    ] as string[],
    numeric: [false, true, true, true, true, true, true],
    rows: result.years.map((y, i) => [
      String(y),
      f.number(a.intake[i] ?? 0),
      f.number(a.workers[i] ?? 0),
      f.number(Math.round(a.hours[i] ?? 0)),
      f.number(a.subscriptions[i] ?? 0),
      f.number(a.outflow.regularJob[i] ?? 0),
      f.money(result.participantsNetIncome.yearly[i] ?? 0),
    ]),
  });

  blocks.push({ kind: 'heading', text: t.inputs as string });
  blocks.push({ kind: 'paragraph', text: t.inputsText as string });
  blocks.push({
    kind: 'table',
    head: [t.input, t.value, t.source, t.grade, t.distribution] as string[],
    numeric: [false, true, false, true, false],
    rows: result.inputs.map((i) => [
      i.label[lang],
      f.value(i.value, i.unit),
      i.assumption
        ? (t.assumption as string)
        : `${i.source}${i.sourceYear !== null ? ` (${i.sourceYear})` : ''}${i.priceYear !== null ? `; ${lang === 'nl' ? 'prijsjaar' : 'price year'} ${i.priceYear}` : ''}${i.library !== null ? `; ${lang === 'nl' ? 'bibliotheek' : 'library'} ${i.library}` : ''}`,
      i.grade === null ? '—' : String(i.grade),
      i.distribution
        ? `${i.distribution.type === 'driehoek' ? (lang === 'nl' ? 'driehoek' : 'triangular') : 'PERT'} ${f.value(i.distribution.min, i.unit)} – ${f.value(i.distribution.max, i.unit)}`
        : '—',
    ]),
  });
  blocks.push({ kind: 'heading', text: t.method as string });
  blocks.push({ kind: 'paragraph', text: t.methodText as string });

  return {
    lang,
    title: t.title as string,
    scenarioName: result.scenario.name,
    footer: t.generatedBy as string,
    blocks,
  };
}
