// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The monitoring report as blocks, in Dutch or English: the same blocks become Markdown, HTML (with
 * a plan-against-actual chart per cohort), the council document's monitoring section and, row by
 * row, the workbook.
 */
import type { Block } from '../render/blocks.js';
import { Formatter, type Lang } from '../render/format.js';
import { STAKEHOLDER_CODE_LABELS, STAKEHOLDER_IDS, type StakeholderId } from '../types.js';
import { chancePerYear } from './compare.js';
import type { MonitorResult } from './types.js';

/** A block of the report: one of the business case's, or a cohort's plan-against-actual chart. */
export type MonitorBlock = Block | { kind: 'series'; caption: string; cohort: string };

export function seriesCaption(cohort: string, lang: Lang): string {
  return lang === 'nl'
    ? `${cohort}: medewerkers aan het werk per maand, gepland en werkelijk`
    : `${cohort}: workers at work per month, planned and actual`;
}

export function monitorTitle(result: MonitorResult, lang: Lang): string {
  return lang === 'nl'
    ? `Monitoring: plan en werkelijkheid — ${result.scenario.name}`
    : `Monitoring: plan against actual — ${result.scenario.name}`;
}

export function monitorBlocks(result: MonitorResult, lang: Lang): MonitorBlock[] {
  const nl = lang === 'nl';
  const f = new Formatter(lang, result.scenario.currency);
  const a = result.actuals;
  const party = (id: StakeholderId) => STAKEHOLDER_CODE_LABELS[id][lang];
  const yesNo = (b: boolean | null) =>
    b === null ? '—' : b ? (nl ? 'ja' : 'yes') : nl ? 'nee' : 'no';
  const blocks: MonitorBlock[] = [];
  const records = Object.values(a.records).reduce((n, x) => n + x, 0);
  blocks.push({
    kind: 'paragraph',
    text: nl
      ? `Scenario ${result.scenario.id} (${result.scenario.region ?? '—'}) naast het datapakket tot ${a.asOf}: ${f.number(records)} records gelezen, van ${a.firstPeriod ?? '—'} tot ${a.lastPeriod ?? '—'}.`
      : `Scenario ${result.scenario.id} (${result.scenario.region ?? '—'}) beside the data package to ${a.asOf}: ${f.number(records)} records read, from ${a.firstPeriod ?? '—'} to ${a.lastPeriod ?? '—'}.`,
  });
  if (a.invalidRecordsLeftOut > 0)
    blocks.push({
      kind: 'warning',
      text: nl
        ? `${a.invalidRecordsLeftOut} ongeldige records zijn weggelaten (--allow-invalid); de cijfers hieronder tellen ze niet mee.`
        : `${a.invalidRecordsLeftOut} invalid records were left out (--allow-invalid); the figures below do not count them.`,
    });
  for (const issue of result.issues) blocks.push({ kind: 'warning', text: issue.message[lang] });

  const risk = result.outflowRisk;
  blocks.push({
    kind: 'heading',
    text: nl ? 'Uitstroom en omzet van de exploitant' : 'Outflow and the operator’s revenue',
  });
  blocks.push({ kind: risk.faster ? 'warning' : 'paragraph', text: risk.message[lang] });

  blocks.push({
    kind: 'heading',
    text: nl ? 'Plan en werkelijkheid per aanname' : 'Plan against actual per assumption',
  });
  const shown: StakeholderId[] = ['exploitant', 'gemeente', 'rijk'];
  blocks.push({
    kind: 'table',
    head: [
      nl ? 'Aanname' : 'Assumption',
      'Cohort',
      nl ? 'Gepland' : 'Planned',
      nl ? 'Bereik scenario' : 'Scenario range',
      nl ? 'Gerealiseerd' : 'Realised',
      nl ? 'Afwijking' : 'Deviation',
      nl ? 'Buiten bereik' : 'Outside range',
      nl ? 'Basis' : 'Basis',
      ...shown.map((id) => `${nl ? 'NPV' : 'NPV'} ${party(id).toLowerCase()}`),
    ],
    numeric: [false, false, true, true, true, true, false, true, true, true, true],
    rows: result.comparisons.map((c) => [
      c.label[lang],
      c.scenarioCohort ?? (nl ? 'alle' : 'all'),
      f.value(c.planned, c.unit),
      c.range ? `${f.value(c.range.min, c.unit)} – ${f.value(c.range.max, c.unit)}` : '—',
      c.realised === null ? '—' : f.value(c.realised, c.unit),
      c.relativeDeviation === null
        ? '—'
        : `${c.relativeDeviation > 0 ? '+' : ''}${f.percent(c.relativeDeviation)}`,
      yesNo(c.outsideRange),
      f.number(Math.round(c.basis * 10) / 10),
      ...shown.map((id) => (c.npvEffect ? f.money(c.npvEffect[id] ?? 0) : '—')),
    ]),
    negative: result.comparisons.map((c) => [
      false,
      false,
      false,
      false,
      false,
      false,
      c.outsideRange === true,
      false,
      ...shown.map((id) => (c.npvEffect?.[id] ?? 0) < 0),
    ]),
  });

  blocks.push({
    kind: 'heading',
    text: nl ? 'Werkelijke cijfers per cohort' : 'Actuals per cohort',
  });
  blocks.push({
    kind: 'table',
    head: nl
      ? [
          'Cohort (data)',
          'Scenariocohort',
          'Instroom',
          'Uitval training',
          'Geplaatst',
          'Aan het werk',
          'Persoonjaren',
          'Uitgestroomd',
          'Contracturen/week',
          'Gewerkte uren',
          'Coachingcontacten',
          'Signalen',
          'Uren tot ontvangst',
        ]
      : [
          'Cohort (data)',
          'Scenario cohort',
          'Intake',
          'Training dropout',
          'Placed',
          'At work',
          'Person-years',
          'Left',
          'Contract h/week',
          'Hours worked',
          'Coaching contacts',
          'Signals',
          'Hours to acknowledgement',
        ],
    numeric: [false, false, true, true, true, true, true, true, true, true, true, true, true, true],
    rows: a.cohorts.map((c) => [
      c.cohort,
      c.scenarioCohort ?? '—',
      f.number(c.intake),
      f.number(c.trainingDropouts),
      f.number(c.placed),
      f.number(c.atWorkAtEnd),
      f.number(Math.round(c.personYearsAtWork * 100) / 100),
      f.number(Object.values(c.leavers).reduce((n, x) => n + x, 0)),
      c.personYearsAtWork > 0
        ? f.percent(
            chancePerYear(
              Object.values(c.leavers).reduce((n, x) => n + x, 0),
              c.personYearsAtWork,
            ),
          )
        : '—',
      f.number(
        c.meanContractHoursPerWeek === null
          ? null
          : Math.round(c.meanContractHoursPerWeek * 10) / 10,
      ),
      f.number(Math.round(c.workedHours)),
      f.number(c.coachingContacts),
      f.number(c.signals.signals),
      f.number(c.signals.meanHours === null ? null : Math.round(c.signals.meanHours * 10) / 10),
    ]),
  });
  for (const s of result.series)
    blocks.push({
      kind: 'series',
      caption: seriesCaption(s.scenarioCohort, lang),
      cohort: s.scenarioCohort,
    });

  const t = a.total;
  blocks.push({ kind: 'heading', text: nl ? 'De hub als geheel' : 'The hub as a whole' });
  const row = (label: string, value: string) => [label, value];
  blocks.push({
    kind: 'table',
    head: [nl ? 'Grootheid' : 'Quantity', nl ? 'Waarde' : 'Value'],
    numeric: [false, true],
    rows: [
      row(
        nl ? 'Uitstroom naar bestemming (data)' : 'Outflow by destination (data)',
        Object.entries(t.leaversByDataDestination)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') || '—',
      ),
      row(
        nl ? 'Uitstroom binnen 6 maanden werk' : 'Outflow within 6 months of work',
        f.number(t.outflowTiming.under3Months + t.outflowTiming.from3To6Months),
      ),
      row(
        nl ? 'Uitstroom na 6–12 maanden werk' : 'Outflow after 6–12 months of work',
        f.number(t.outflowTiming.from6To12Months),
      ),
      row(
        nl ? 'Uitstroom na meer dan een jaar' : 'Outflow after more than a year',
        f.number(t.outflowTiming.from12To24Months + t.outflowTiming.over24Months),
      ),
      row(nl ? 'Contracturen' : 'Contract hours', f.number(Math.round(t.contractHours))),
      row(
        nl ? 'Declarabele uren (dienstverlening)' : 'Declarable hours (services)',
        f.number(Math.round(t.declarableHours)),
      ),
      row(
        nl ? 'Jobcoaching (uren)' : 'Job coaching (hours)',
        f.number(Math.round(t.coachingHours * 10) / 10),
      ),
      row(
        nl ? 'Abonnementsuren verkocht' : 'Subscription hours sold',
        f.number(Math.round(a.subscriptions.hoursSold)),
      ),
      row(
        nl
          ? 'Abonnementsuren gebruikt (uitgevoerde bezoeken)'
          : 'Subscription hours used (visits done)',
        f.number(Math.round(a.subscriptions.hoursUsed)),
      ),
      row(nl ? 'Gefactureerd (excl. btw)' : 'Invoiced (excl. VAT)', f.money(a.invoices.revenue)),
      row(
        nl ? 'Signalen; binnen 4 uur ontvangen' : 'Signals; acknowledged within 4 hours',
        `${f.number(t.signals.signals)}; ${f.number(t.signals.within.h1 + t.signals.within.h4)}`,
      ),
    ],
  });

  blocks.push({ kind: 'heading', text: nl ? 'Herijking van de kansen' : 'Calibrated rates' });
  blocks.push({
    kind: 'paragraph',
    text: nl
      ? 'De waarde uit het scenario is de prior, de eigen registratie het bewijs (beta-binomiaal voor aandelen van mensen, gamma-Poisson voor uitstroom per jaar); intervallen zijn 90 %-geloofwaardigheidsintervallen. Cohorten die nog niet begonnen zijn krijgen het bewijs van alle cohorten samen.'
      : 'The scenario’s value is the prior, the hub’s own records the evidence (beta-binomial for shares of people, gamma-Poisson for outflow a year); intervals are 90 % credible intervals. Cohorts not started yet take the evidence of all cohorts pooled.',
  });
  blocks.push({
    kind: 'table',
    head: nl
      ? ['Invoer', 'Prior', 'Bewijs', 'Herijkt', 'Interval', 'Bron']
      : ['Input', 'Prior', 'Evidence', 'Calibrated', 'Interval', 'Evidence from'],
    numeric: [false, true, true, true, true, false],
    rows: result.calibrations.map((c) => [
      c.label[lang],
      f.percent(c.prior.mean, true),
      `${f.number(c.events)} / ${f.number(Math.round(c.trials * 100) / 100)}`,
      f.percent(c.posterior.mean, true),
      `${f.percent(c.posterior.low, true)} – ${f.percent(c.posterior.high, true)}`,
      c.evidence === 'own'
        ? nl
          ? 'eigen cohort'
          : 'own cohort'
        : nl
          ? 'alle cohorten'
          : 'all cohorts',
    ]),
  });

  blocks.push({
    kind: 'heading',
    text: nl ? 'Herijkte businesscase' : 'Re-estimated business case',
  });
  blocks.push({
    kind: 'table',
    head: nl
      ? ['Partij', 'NPV plan', 'NPV herijkt', 'Verschil']
      : ['Party', 'NPV plan', 'NPV re-estimated', 'Difference'],
    numeric: [false, true, true, true],
    rows: STAKEHOLDER_IDS.filter((id) => result.plan.npv[id] !== undefined).map((id) => [
      party(id),
      f.money(result.plan.npv[id] ?? 0),
      f.money(result.reestimated.npv[id] ?? 0),
      f.money(result.reestimated.npvChange?.[id] ?? 0),
    ]),
    negative: STAKEHOLDER_IDS.filter((id) => result.plan.npv[id] !== undefined).map((id) => [
      false,
      (result.plan.npv[id] ?? 0) < 0,
      (result.reestimated.npv[id] ?? 0) < 0,
      (result.reestimated.npvChange?.[id] ?? 0) < 0,
    ]),
  });
  blocks.push({
    kind: 'table',
    caption: nl
      ? 'Gewijzigde invoer (--write-scenario schrijft ze naar een nieuw scenariobestand)'
      : 'Changed inputs (--write-scenario writes them to a new scenario file)',
    head: nl ? ['Invoer', 'Was', 'Wordt', 'Waarom'] : ['Input', 'Was', 'Becomes', 'Why'],
    numeric: [false, true, true, false],
    rows: result.reestimated.changes.map((c) => [
      c.path,
      f.number(c.from),
      f.number(c.to),
      c.why[lang],
    ]),
  });
  return blocks;
}
