// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The business case in words for a council or executive proposal: who pays, who gains, the
// settlement in sentences and the figures table. Every figure comes from a BusinessCaseResult
// (the calculator's, or the Delft scenario's at build time); nothing here is typed in by hand.

const LOCALE = { nl: 'nl-NL', en: 'en-GB' };

export function euro(value, lang, currency = 'EUR') {
  return new Intl.NumberFormat(LOCALE[lang], {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(Math.round(value));
}

function number(value, lang, digits = 2) {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(value);
}

function percent(value, lang, digits = 0) {
  return new Intl.NumberFormat(LOCALE[lang], {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(value);
}

/** The blocks that describe a result; `lang` picks the stakeholder names and the sentences. */
export function figureBlocks(result, lang) {
  const cur = result.scenario.currency;
  const nl = lang === 'nl';
  const name = Object.fromEntries(result.stakeholders.map((s) => [s.id, s.name[lang]]));
  const payers = result.stakeholders.filter((s) => s.npv < 0);
  const gainers = result.stakeholders.filter((s) => s.npv > 0);
  const first = result.years[0];
  const last = result.years[result.years.length - 1];
  const blocks = [];
  blocks.push({
    p: nl
      ? `De cijfers komen uit het scenario "${result.scenario.name}", doorgerekend met de Zorghub-rekentool over ${first}–${last}, in prijzen van ${result.scenario.priceYear}, verdisconteerd naar ${result.scenario.baseYear} met een discontovoet van ${percent(result.scenario.discountRate, lang, 2)} (contante waarden).`
      : `The figures come from the scenario "${result.scenario.name}", computed with the Zorghub calculator over ${first}–${last}, in ${result.scenario.priceYear} prices, discounted to ${result.scenario.baseYear} at ${percent(result.scenario.discountRate, lang, 2)} (present values).`,
  });
  blocks.push({
    p: nl
      ? `Voor de maatschappij als geheel is de netto contante waarde ${euro(result.society.npv, lang, cur)}; de baten-kostenverhouding is ${result.society.bcr === null ? 'niet te bepalen' : number(result.society.bcr, lang)}.`
      : `For society as a whole the net present value is ${euro(result.society.npv, lang, cur)}; the benefit-cost ratio is ${result.society.bcr === null ? 'not defined' : number(result.society.bcr, lang)}.`,
  });
  const mc = result.monteCarlo;
  if (mc && mc.runs > 0) {
    blocks.push({
      p: nl
        ? `Onzekerheid: in ${mc.runs} trekkingen (Monte Carlo) ligt 90 % van de uitkomsten tussen ${euro(mc.p5, lang, cur)} en ${euro(mc.p95, lang, cur)}; de kans op een positief saldo is ${percent(mc.probabilityPositive, lang)}.`
        : `Uncertainty: in ${mc.runs} draws (Monte Carlo) 90 % of the outcomes lie between ${euro(mc.p5, lang, cur)} and ${euro(mc.p95, lang, cur)}; the probability of a positive balance is ${percent(mc.probabilityPositive, lang)}.`,
    });
  }
  blocks.push({
    p: nl
      ? `Wie betaalt: ${payers.length ? payers.map((s) => `${s.name[lang]} (${euro(s.npv, lang, cur)})`).join(', ') : 'geen enkele partij komt er met min uit'}.`
      : `Who pays: ${payers.length ? payers.map((s) => `${s.name[lang]} (${euro(s.npv, lang, cur)})`).join(', ') : 'no party ends below zero'}.`,
  });
  blocks.push({
    p: nl
      ? `Wie wint: ${gainers.length ? gainers.map((s) => `${s.name[lang]} (${euro(s.npv, lang, cur)})`).join(', ') : 'geen enkele partij komt er met plus uit'}.`
      : `Who gains: ${gainers.length ? gainers.map((s) => `${s.name[lang]} (${euro(s.npv, lang, cur)})`).join(', ') : 'no party ends above zero'}.`,
  });
  blocks.push({
    table: [
      nl
        ? ['Partij', 'Kosten (contante waarde)', 'Baten (contante waarde)', 'Netto contante waarde']
        : ['Stakeholder', 'Costs (present value)', 'Benefits (present value)', 'Net present value'],
      ...result.stakeholders.map((s) => [
        s.name[lang],
        euro(s.pvCosts, lang, cur),
        euro(s.pvBenefits, lang, cur),
        euro(s.npv, lang, cur),
      ]),
    ],
  });
  const moves = result.settlement.filter((s) => Math.round(s.contribution) !== 0);
  const sentences = moves.map((s) =>
    s.contribution < 0
      ? nl
        ? `${name[s.id] ?? s.id} draagt ${euro(-s.contribution, lang, cur)} bij (saldo van ${euro(s.npvBefore, lang, cur)} naar ${euro(s.npvAfter, lang, cur)})`
        : `${name[s.id] ?? s.id} contributes ${euro(-s.contribution, lang, cur)} (balance from ${euro(s.npvBefore, lang, cur)} to ${euro(s.npvAfter, lang, cur)})`
      : nl
        ? `${name[s.id] ?? s.id} ontvangt ${euro(s.contribution, lang, cur)} (saldo van ${euro(s.npvBefore, lang, cur)} naar ${euro(s.npvAfter, lang, cur)})`
        : `${name[s.id] ?? s.id} receives ${euro(s.contribution, lang, cur)} (balance from ${euro(s.npvBefore, lang, cur)} to ${euro(s.npvAfter, lang, cur)})`,
  );
  blocks.push({
    p: nl
      ? `Verrekening: ${sentences.length ? `${sentences.join('; ')}.` : 'er is geen verrekening nodig.'}`
      : `Settlement: ${sentences.length ? `${sentences.join('; ')}.` : 'no settlement is needed.'}`,
  });
  if (result.settlementSummary?.warning) blocks.push({ p: result.settlementSummary.warning[lang] });
  return blocks;
}
