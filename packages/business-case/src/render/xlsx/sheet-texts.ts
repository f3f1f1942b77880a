// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Sheet names, column heads and the read-me text of the workbook, in Dutch and English. */
import type { Lang } from '../format.js';

export interface SheetTexts {
  inputs: string;
  cohorts: string;
  drivers: string;
  base: string;
  lines: string;
  results: string;
  sensitivity: string;
  readme: string;
  key: string;
  label: string;
  value: string;
  unit: string;
  source: string;
  sourceYear: string;
  priceYear: string;
  indexed: string;
  scenarioPriceYear: string;
  settlementSheet: string;
  localSettlementSheet: string;
  settles: string;
  settlementNote: string;
  localSettlementNote: string;
  annuity: string;
  uncoveredPerYear: string;
  cashCheck: string;
  cashCheckNote: string;
  cashableNet: string;
  payment: string;
  cashBreak: string;
  cashBreaks: string;
  income: string;
  incomeNote: string;
  fromScenario: string;
  hoursPerWeek: string;
  householdsWithoutGain: string;
  grossUpTable: string;
  grossUpTableNote: string;
  partner: string;
  children: string;
  withDisregard: string;
  labourCredit: string;
  combinationCredit: string;
  taxOnWage: string;
  normYear: string;
  exempt: string;
  topUp: string;
  disregard: string;
  assessedIncome: string;
  grossChange: string;
  netChange: string;
  marginalPressure: string;
  gainsNothing: string;
  gainsNothingText: string;
  readmeText: string[];
}

export const SHEET_TEXTS: Record<Lang, SheetTexts> = {
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
    settlementSheet: 'Verrekening',
    localSettlementSheet: 'Verrekening zonder Rijk',
    settles: 'Verrekent mee (1/0)',
    settlementNote:
      'Partijen met een tekort krijgen een bijdrage van partijen met een verzilverbaar overschot, naar rato, als gelijk bedrag per jaar vanaf het basisjaar. Zet een partij op 0 om haar buiten de verrekening te laten.',
    localSettlementNote:
      'Dezelfde verrekening zonder het Rijk: het Rijk betaalt en ontvangt niets; wat de lokale partijen niet kunnen dekken, blijft ongedekt.',
    annuity: 'Annuïteitsfactor vanaf het basisjaar',
    uncoveredPerYear: 'Ongedekt per jaar',
    cashCheck: 'Kastoets',
    cashCheckNote:
      'Per partij en jaar: het verzilverbare saldo van dat jaar (niet verdisconteerd), de betaling en 1 als de betaling groter is.',
    cashableNet: 'verzilverbaar saldo',
    payment: 'betaling',
    cashBreak: 'betaling groter (1/0)',
    cashBreaks: 'Aantal jaren en partijen waarin de betaling groter is',
    income: 'Inkomen',
    incomeNote:
      'Netto huishoudinkomen per jaar per huishoudtype, in de bijstand en met de baan in de hub. De inkomensregels (gele cellen) zijn invoer met bron; alle bedragen zijn formules daarover. Loon, uren, weken en norm komen van het blad Invoer.',
    fromScenario: 'Uit het scenario',
    hoursPerWeek: 'Uren per week',
    householdsWithoutGain: 'Aantal huishoudtypen dat er niet op vooruitgaat',
    grossUpTable: 'Hulptabel bruto-netto',
    grossUpTableNote:
      'Knikpunten van het netto inkomen (schijfgrenzen, afbouw algemene heffingskorting): kolom B de punten, C gesorteerd, D netto min de arbeids- en combinatiekorting, E de helling erna. Daaruit volgt het bruto toetsingsinkomen bij de aanvulling tot de norm.',
    partner: 'Partner (1/0)',
    children: 'Kinderen',
    withDisregard: 'Met inkomstenvrijlating (1/0)',
    labourCredit: 'Arbeidskorting',
    combinationCredit: 'Inkomensafhankelijke combinatiekorting',
    taxOnWage: 'Inkomstenbelasting op het loon alleen',
    normYear: 'Bijstandsnorm per jaar (netto)',
    exempt: 'Vrij te laten inkomsten',
    topUp: 'Aanvulling tot de norm (netto)',
    disregard: 'Inkomstenvrijlating',
    assessedIncome: 'Toetsingsinkomen (loon plus bruto bijstand)',
    grossChange: 'Verschil brutoloon met de kolom links',
    netChange: 'Verschil netto inkomen met de kolom links',
    marginalPressure: 'Marginale druk',
    gainsNothing: 'Gaat er niet op vooruit (1/0)',
    gainsNothingText:
      'Na de inkomstenvrijlating gaat dit huishouden er met de baan niet op vooruit.',
    readmeText: [
      'Dit werkboek rekent de businesscase door met formules. Pas gele cellen op het blad Invoer (of de startjaren op Cohorten) aan: alle resultaten rekenen mee.',
      'Bladen: Invoer (alle parameters met bron), Cohorten (instroom, werkenden en uitstroom per cohort), Stuurgrootheden (totalen per jaar), Basis (hoeveelheid × eenheidsprijs per regel), Regels (na correcties, per jaar en contante waarde), Resultaten (per partij, samenleving, onrendabele top, break-even), Inkomen (per huishoudtype het netto inkomen in de bijstand en met de baan, de marginale druk), Verrekening en Verrekening zonder Rijk (per partij het instrument, de bijdrage en de betaling per jaar, wat ongedekt blijft, en de kastoets).',
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
    settlementSheet: 'Settlement',
    localSettlementSheet: 'Settlement without Rijk',
    settles: 'Settles (1/0)',
    settlementNote:
      'Parties with a deficit receive a contribution from the parties with a cashable surplus, in proportion, as a level amount a year from the base year. Set a party to 0 to leave it out of the settlement.',
    localSettlementNote:
      'The same settlement without the Rijk: central government neither pays nor receives; what the local parties cannot cover stays uncovered.',
    annuity: 'Annuity factor from the base year',
    uncoveredPerYear: 'Uncovered per year',
    cashCheck: 'Cash check',
    cashCheckNote:
      "Per party and year: that year's cashable net (undiscounted), the payment, and 1 where the payment is larger.",
    cashableNet: 'cashable net',
    payment: 'payment',
    cashBreak: 'payment larger (1/0)',
    cashBreaks: 'Number of party-years in which the payment is larger',
    income: 'Income',
    incomeNote:
      'Net household income a year per household type, on assistance and with the hub job. The income rules (yellow cells) are inputs with sources; every amount is a formula over them. Wage, hours, weeks and norm come from the Inputs sheet.',
    fromScenario: 'From the scenario',
    hoursPerWeek: 'Hours a week',
    householdsWithoutGain: 'Number of household types that gain nothing',
    grossUpTable: 'Gross-to-net table',
    grossUpTableNote:
      'Breakpoints of the net income (bracket limits, taper of the general tax credit): column B the points, C sorted, D the net less the labour and combination credits, E the slope after each. From it follows the gross assessed income of the top-up to the norm.',
    partner: 'Partner (1/0)',
    children: 'Children',
    withDisregard: 'With earnings disregard (1/0)',
    labourCredit: 'Labour tax credit',
    combinationCredit: 'Income-related combination tax credit',
    taxOnWage: 'Income tax on the wage alone',
    normYear: 'Assistance norm a year (net)',
    exempt: 'Earnings to disregard',
    topUp: 'Top-up to the norm (net)',
    disregard: 'Earnings disregard',
    assessedIncome: 'Assessed income (wage plus gross assistance)',
    grossChange: 'Change in gross wage from the column to the left',
    netChange: 'Change in net income from the column to the left',
    marginalPressure: 'Marginal pressure',
    gainsNothing: 'Gains nothing (1/0)',
    gainsNothingText: 'Once the earnings disregard ends this household gains nothing from the job.',
    readmeText: [
      'This workbook computes the business case with formulas. Change the yellow cells on the Inputs sheet (or the start years on Cohorts): every result follows.',
      'Sheets: Inputs (all parameters with sources), Cohorts (intake, workers and outflow per cohort), Drivers (yearly totals), Base (quantity × unit price per line), Lines (after adjustments, per year and present value), Results (per party, society, funding gap, break-even), Income (per household type the net income on assistance and with the job, the marginal pressure), Settlement and Settlement without Rijk (per party the instrument, the contribution and the payment per year, what stays uncovered, and the cash check).',
      'The Sensitivity sheet holds the Monte Carlo results, the tornado and the switching values as the toolkit computed them; those are fixed values and do not recalculate.',
    ],
  },
};

/** Dutch or English, picked by the workbook's language. */
export const pick = (lang: Lang, nl: string, en: string): string => (lang === 'nl' ? nl : en);
