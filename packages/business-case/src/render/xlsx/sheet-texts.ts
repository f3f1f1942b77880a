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
    readmeText: [
      'Dit werkboek rekent de businesscase door met formules. Pas gele cellen op het blad Invoer (of de startjaren op Cohorten) aan: alle resultaten rekenen mee.',
      'Bladen: Invoer (alle parameters met bron), Cohorten (instroom, werkenden en uitstroom per cohort), Stuurgrootheden (totalen per jaar), Basis (hoeveelheid × eenheidsprijs per regel), Regels (na correcties, per jaar en contante waarde), Resultaten (per partij, samenleving, onrendabele top, break-even), Verrekening en Verrekening zonder Rijk (per partij het instrument, de bijdrage en de betaling per jaar, wat ongedekt blijft, en de kastoets).',
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
    readmeText: [
      'This workbook computes the business case with formulas. Change the yellow cells on the Inputs sheet (or the start years on Cohorts): every result follows.',
      'Sheets: Inputs (all parameters with sources), Cohorts (intake, workers and outflow per cohort), Drivers (yearly totals), Base (quantity × unit price per line), Lines (after adjustments, per year and present value), Results (per party, society, funding gap, break-even), Settlement and Settlement without Rijk (per party the instrument, the contribution and the payment per year, what stays uncovered, and the cash check).',
      'The Sensitivity sheet holds the Monte Carlo results, the tornado and the switching values as the toolkit computed them; those are fixed values and do not recalculate.',
    ],
  },
};

/** Dutch or English, picked by the workbook's language. */
export const pick = (lang: Lang, nl: string, en: string): string => (lang === 'nl' ? nl : en);
