// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The one-page summary for the council in plain words: who pays, who gains, the settlement proposal
 * (and what stays open without the Rijk), what the workers gain and how sure the outcome is. Every
 * figure is the result's own, formatted as in the other reports.
 */
import { type ScenarioInstrumentCode, scenarioInstrumentLabels } from '@zorghub/schemas';
import type { BusinessCaseResult } from '../result-types.js';
import { Formatter, type Lang } from './format.js';

export interface CouncilSummary {
  title: string;
  paragraphs: Array<{ heading: string; text: string }>;
}

export function councilSummary(result: BusinessCaseResult, lang: Lang): CouncilSummary {
  const nl = lang === 'nl';
  const f = new Formatter(lang, result.scenario.currency);
  const name = (id: string) => result.stakeholders.find((x) => x.id === id)?.name[lang] ?? id;
  const list = (items: string[]) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} ${nl ? 'en' : 'and'} ${items.at(-1)}`;
  const region = result.scenario.region ?? result.scenario.name;
  const s = result.society;
  const mc = result.monteCarlo;
  const years = result.scenario.horizonYears;
  const payers = result.stakeholders.filter((x) => x.npv < -0.5);
  const gainers = result.stakeholders.filter((x) => x.npv > 0.5);
  const who = (xs: typeof payers) => list(xs.map((x) => `${x.name[lang]} (${f.money(x.npv)})`));
  const first = Math.max(0, result.scenario.baseYear - result.scenario.startYear);
  const instrument = (id: string) => {
    const code = result.settlement.find((x) => x.id === id)?.instrument;
    return code
      ? scenarioInstrumentLabels[code as ScenarioInstrumentCode]?.[lang].toLowerCase()
      : null;
  };
  const proposals = result.settlementTransfers.map((t) => {
    const via = instrument(t.from);
    return nl
      ? `${name(t.from)} betaalt ${name(t.to)} ${f.money(t.amount)} (contante waarde), ${f.money(t.yearly[first] ?? 0)} per jaar vanaf ${result.scenario.baseYear}${via ? `, via ${via}` : ''}`
      : `${name(t.from)} pays ${name(t.to)} ${f.money(t.amount)} (present value), ${f.money(t.yearly[first] ?? 0)} a year from ${result.scenario.baseYear}${via ? `, through ${via}` : ''}`;
  });
  const local = result.localSettlement.summary;
  const uncoveredYear = result.localSettlement.uncovered[first] ?? 0;
  const settlementText = [
    proposals.length > 0
      ? `${nl ? 'Voorstel' : 'Proposal'}: ${proposals.join('; ')}.`
      : nl
        ? 'Er is geen verrekening nodig of mogelijk.'
        : 'No settlement is needed or possible.',
    result.settlementSummary.shortfall > 0.5
      ? nl
        ? `Ook met alle verzilverbare overschotten blijft ${f.money(result.settlementSummary.shortfall)} ongedekt.`
        : `Even with every cashable surplus, ${f.money(result.settlementSummary.shortfall)} stays uncovered.`
      : '',
    local.shortfall > 0.5
      ? nl
        ? `Zonder het Rijk blijft ${f.money(local.shortfall)} ongedekt, ${f.money(uncoveredYear)} per jaar: daarvoor is een afspraak met het Rijk, een fonds of een ander ontwerp nodig.`
        : `Without central government ${f.money(local.shortfall)} stays uncovered, ${f.money(uncoveredYear)} a year: that needs an agreement with central government, a fund or a different design.`
      : nl
        ? 'De verrekening sluit ook zonder het Rijk.'
        : 'The settlement also closes without central government.',
    result.cashCheck.breaks.length > 0
      ? nl
        ? `In ${result.cashCheck.breaks.length} jaar-partijcombinaties is de jaarbijdrage hoger dan wat die partij dat jaar vrij heeft: de betalingen moeten in de tijd verschuiven.`
        : `In ${result.cashCheck.breaks.length} party-years the yearly contribution is larger than what that party has free that year: the payments must move in time.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const hi = result.householdIncome;
  const toppedUp = hi.households.some(
    (h) => (h.states.find((x) => x.id === 'baan')?.assistance ?? 0) > 0,
  );
  const why = nl
    ? toppedUp
      ? ' Het nettoloon blijft onder de bijstandsnorm, dus vult de gemeente aan; de winst komt vooral uit toeslagen.'
      : ' Het nettoloon ligt boven de bijstandsnorm.'
    : toppedUp
      ? ' The net wage stays below the assistance norm, so the municipality tops it up; the gain comes mostly from allowances.'
      : ' The net wage is above the assistance norm.';
  const workersText = !hi.applicable
    ? nl
      ? 'Dit scenario heeft geen betaalde baan; er is geen inkomenseffect per huishouden berekend.'
      : 'This scenario has no paid job; no income effect per household was calculated.'
    : nl
      ? `Met een baan van ${f.number(hi.hoursPerWeek)} uur per week gaan huishoudens er na afloop van de inkomstenvrijlating per jaar zoveel op vooruit: ${list(hi.households.map((h) => `${h.name.nl.toLowerCase()} ${f.money(h.gainFromWork)}`))}.${why}`
      : `With a ${f.number(hi.hoursPerWeek)}-hour job, households gain this much a year once the earnings disregard ends: ${list(hi.households.map((h) => `${h.name.en.toLowerCase()} ${f.money(h.gainFromWork)}`))}.${why}`;
  return {
    title: nl
      ? `Maatschappelijke businesscase Zorghub ${region}`
      : `Social business case Zorghub ${region}`,
    paragraphs: [
      {
        heading: nl ? 'De uitkomst' : 'The outcome',
        text: nl
          ? `Over ${years} jaar levert de hub de samenleving in het basisgeval ${f.money(s.npv)} op (netto contante waarde, prijzen van ${result.scenario.priceYear}, verdisconteerd naar ${result.scenario.baseYear}); elke euro kosten geeft ${f.ratio(s.bcr)} euro baten.`
          : `Over ${years} years the hub yields society ${f.money(s.npv)} in the base case (net present value, ${result.scenario.priceYear} prices, discounted to ${result.scenario.baseYear}); each euro of cost gives ${f.ratio(s.bcr)} euros of benefit.`,
      },
      {
        heading: nl ? 'Wie betaalt, wie wint' : 'Who pays, who gains',
        text: nl
          ? `Per saldo betalen ${who(payers) || 'geen partijen'}. Er winnen ${who(gainers) || 'geen partijen'}.`
          : `On balance ${who(payers) || 'no party'} pay. ${who(gainers) || 'No party'} gain.`,
      },
      { heading: nl ? 'De verrekening' : 'The settlement', text: settlementText },
      {
        heading: nl ? 'Wat de medewerkers erop vooruitgaan' : 'What the workers gain',
        text: workersText,
      },
      {
        heading: nl ? 'Hoe zeker is dat?' : 'How sure is that?',
        text:
          mc.runs > 0
            ? nl
              ? `Bij ${f.number(mc.runs)} doorrekeningen met onzekere invoer (zaad ${mc.seed}) is de verwachte waarde ${f.money(mc.mean)}; in 90 % van de gevallen ligt de uitkomst tussen ${f.money(mc.p5)} en ${f.money(mc.p95)}, en de kans dat de samenleving erop vooruitgaat is ${f.percent(mc.probabilityPositive)}.`
              : `Over ${f.number(mc.runs)} runs with uncertain inputs (seed ${mc.seed}) the expected value is ${f.money(mc.mean)}; in 90 % of cases the outcome lies between ${f.money(mc.p5)} and ${f.money(mc.p95)}, and the probability that society gains is ${f.percent(mc.probabilityPositive)}.`
            : nl
              ? 'Er is geen onzekerheidsanalyse gedraaid.'
              : 'No uncertainty analysis was run.',
      },
    ],
  };
}
