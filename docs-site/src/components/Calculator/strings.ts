// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { translate } from '@docusaurus/Translate';

/** Every text of the calculator, Dutch first; English in i18n/en/code.json. */
export const T = {
  inputs: () => translate({ id: 'calc.inputs', message: 'Invoer' }),
  inputsIntro: () =>
    translate({
      id: 'calc.inputs.intro',
      message:
        'De tool begint met het scenario van Delft. Pas een waarde aan: de uitkomsten rekenen direct mee. Breuken vult u in als getal tussen 0 en 1 (0,25 = 25 %).',
    }),
  parameters: () => translate({ id: 'calc.group.parameters', message: 'Parameters' }),
  cohort: (id: string) => translate({ id: 'calc.group.cohort', message: 'Cohort {id}' }, { id }),
  unit: () => translate({ id: 'calc.unit', message: 'Eenheid' }),
  source: () => translate({ id: 'calc.source', message: 'Bron' }),
  invalid: () =>
    translate({
      id: 'calc.invalid',
      message:
        'Vul een getal in, bijvoorbeeld 16 of 0,25. De uitkomsten gebruiken nog de vorige waarde.',
    }),
  results: () => translate({ id: 'calc.results', message: 'Uitkomsten' }),
  computing: () => translate({ id: 'calc.computing', message: 'Bezig met rekenen…' }),
  upToDate: () => translate({ id: 'calc.upToDate', message: 'Uitkomsten bijgewerkt.' }),
  society: () => translate({ id: 'calc.society', message: 'Maatschappij als geheel' }),
  npv: () => translate({ id: 'calc.npv', message: 'Netto contante waarde' }),
  bcr: () => translate({ id: 'calc.bcr', message: 'Baten-kostenverhouding' }),
  mc: () =>
    translate({
      id: 'calc.mc',
      message:
        'Onzekerheid (Monte Carlo, {runs} trekkingen): 90 % van de uitkomsten ligt tussen {p5} en {p95}; kans op een positief saldo {prob}.',
    }),
  perStakeholder: () =>
    translate({ id: 'calc.perStakeholder', message: 'Netto contante waarde per partij' }),
  stakeholder: () => translate({ id: 'calc.col.stakeholder', message: 'Partij' }),
  pvCosts: () => translate({ id: 'calc.col.pvCosts', message: 'Kosten (contante waarde)' }),
  pvBenefits: () => translate({ id: 'calc.col.pvBenefits', message: 'Baten (contante waarde)' }),
  settlement: () => translate({ id: 'calc.settlement', message: 'Verrekening tussen partijen' }),
  settlementIntro: () =>
    translate({
      id: 'calc.settlement.intro',
      message:
        'Wat elke partij zou bijdragen (negatief) of ontvangen (positief) zodat geen betaler onder nul eindigt.',
    }),
  before: () => translate({ id: 'calc.col.before', message: 'Saldo vooraf' }),
  contribution: () => translate({ id: 'calc.col.contribution', message: 'Verrekening' }),
  after: () => translate({ id: 'calc.col.after', message: 'Saldo achteraf' }),
  downloads: () => translate({ id: 'calc.downloads', message: 'Rapport downloaden' }),
  xlsx: () => translate({ id: 'calc.download.xlsx', message: 'Download als Excel (XLSX)' }),
  markdown: () => translate({ id: 'calc.download.md', message: 'Download als Markdown' }),
  own: () => translate({ id: 'calc.own', message: 'Eigen scenario openen (YAML of JSON)' }),
  reset: () => translate({ id: 'calc.reset', message: 'Terug naar het scenario van Delft' }),
  parseError: () =>
    translate({ id: 'calc.parseError', message: 'Dit scenario kan niet worden gelezen:' }),
  runError: () =>
    translate({ id: 'calc.runError', message: 'Met deze invoer kan niet worden gerekend:' }),
  chartsLoading: () => translate({ id: 'calc.charts.loading', message: 'Grafieken laden…' }),
  ambiguous: (suggestion: string) =>
    translate(
      {
        id: 'calc.ambiguous',
        message:
          'Bedoelt u {suggestion}? In het Nederlands staat de komma voor decimalen en de punt tussen duizendtallen (2.500 is tweeduizend vijfhonderd, 2,5 is twee en een half). De uitkomsten gebruiken nog de vorige waarde.',
      },
      { suggestion },
    ),
  readAs: (value: string) =>
    translate({ id: 'calc.readAs', message: 'Gelezen als {value}.' }, { value }),
  raadsvoorstel: () =>
    translate({
      id: 'calc.download.raadsvoorstel',
      message: 'Download raadsvoorstel met deze cijfers (DOCX)',
    }),
  collegevoorstel: () =>
    translate({
      id: 'calc.download.collegevoorstel',
      message: 'Download collegevoorstel met deze cijfers (DOCX)',
    }),
  html: () => translate({ id: 'calc.download.html', message: 'Download als webpagina (HTML)' }),
  share: () =>
    translate({
      id: 'calc.share',
      message:
        'Uw wijzigingen staan in het adres van deze pagina (om te delen) en blijven in deze browser bewaard.',
    }),
  restored: (count: number) =>
    translate(
      {
        id: 'calc.restored',
        message: '{count} gewijzigde waarden teruggezet uit het adres of uit deze browser.',
      },
      { count: String(count) },
    ),
  unknownChanges: (list: string) =>
    translate(
      {
        id: 'calc.unknownChanges',
        message: 'Niet toegepast, want deze invoer bestaat niet in het scenario: {list}.',
      },
      { list },
    ),
  toResults: () => translate({ id: 'calc.toResults', message: 'Naar alle uitkomsten' }),
  summaryLabel: () => translate({ id: 'calc.summary', message: 'Samenvatting van de uitkomsten' }),
};
