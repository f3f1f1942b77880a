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

/** Dutch or English, picked by the workbook's language. */
export const pick = (lang: Lang, nl: string, en: string): string => (lang === 'nl' ? nl : en);
