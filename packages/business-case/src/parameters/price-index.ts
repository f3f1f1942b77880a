// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The consumer price index (CBS CPI) as data, and indexing a money amount from its price year to
 * the analysis's price year. The series names its source; the yearly index figures are not in the
 * toolkit's reference material, so they ship as `null` (explicit inputs) until someone fills them
 * in from CBS StatLine: the toolkit invents none. Where a year is missing, indexing falls back to
 * the scenario's own `prijsindex` (a constant yearly rate, labelled as an assumption) and says so.
 */

export interface PriceIndexSeries {
  id: string;
  bron: string;
  /** Where the figures are published. */
  tabel: string;
  /** The base of the index, e.g. "2015 = 100". */
  basis: string;
  /** Year-average index per calendar year; null where the figure is not in the toolkit. */
  jaren: ReadonlyArray<{ jaar: number; index: number | null }>;
  toelichting: { nl: string; en: string };
}

export const CBS_CPI: PriceIndexSeries = {
  id: 'cbs-cpi',
  bron: 'CBS, Consumentenprijzen; prijsindex 2015=100 (StatLine, tabel 83131NED), jaargemiddelde CPI alle bestedingen',
  tabel: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/83131NED',
  basis: '2015 = 100',
  jaren: [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((jaar) => ({ jaar, index: null })),
  toelichting: {
    nl: 'De indexcijfers staan niet in de bronnen van de toolkit en zijn daarom leeg: vul ze in uit StatLine (tabel 83131NED) of geef een reeks in het scenario. Tot dan rekent het model met de prijsindex van het scenario, een aanname.',
    en: 'The index figures are not in the toolkit’s sources and are therefore empty: fill them in from StatLine (table 83131NED) or give a series in the scenario. Until then the model uses the scenario’s price index, an assumption.',
  },
};

export interface IndexFactor {
  /** Multiply an amount in `from` prices by this to get `to` prices. */
  factor: number;
  /** `reeks` when the series gave both years, `aanname` when the constant rate was used. */
  method: 'reeks' | 'aanname';
  /** The years the series lacked (empty with `reeks`). */
  missing: number[];
}

/**
 * The factor from price year `from` to price year `to`: index(to) / index(from) from the series
 * when it has both years, otherwise (1 + rate)^(to − from) with the scenario's constant rate.
 */
export function indexFactor(
  from: number,
  to: number,
  rate: number,
  series: PriceIndexSeries = CBS_CPI,
): IndexFactor {
  if (from === to) return { factor: 1, method: 'reeks', missing: [] };
  const at = (year: number) => series.jaren.find((j) => j.jaar === year)?.index ?? null;
  const a = at(from);
  const b = at(to);
  if (a !== null && b !== null && a > 0) return { factor: b / a, method: 'reeks', missing: [] };
  const missing = [a === null ? from : null, b === null ? to : null].filter(
    (y): y is number => y !== null,
  );
  return { factor: (1 + rate) ** (to - from), method: 'aanname', missing };
}
