// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * /monitoring-samenvatting: what the hub's own records show per cohort (intake, dropout, placement,
 * outflow, hours, coaching, signals) for funders, computed by the monitoring library of
 * `@zorghub/business-case` from the stored records, and suppressed as the aggregates are: a count
 * of fewer than {@link SUPPRESS_BELOW} people is null, and so is every sum (hours, contacts,
 * person-years) of a cohort of fewer than {@link SUPPRESS_BELOW} people, since a sum over one or two
 * people tells what those people did; then more cells, so that none of those follows from the hub
 * total, the other cohorts or the counts that add up within a cohort (monitoring-cells.ts).
 */
import { ActualsAccumulator } from '@zorghub/business-case';
import type { EntiteitCode } from '@zorghub/schemas';
import { STORED_ENTITIES } from '../standard.js';
import type { RouteDef } from '../types.js';
import { SUPPRESS_BELOW } from './aggregates.js';
import { recordPages } from './hub-records.js';
import {
  type Cohort,
  type Hidden,
  PEOPLE,
  type PeopleKey,
  SUMS,
  type SumKey,
  suppressMonitoring,
} from './monitoring-cells.js';

/** A count of people: null when suppressed. */
export function peopleCell(n: number, hidden = n < SUPPRESS_BELOW) {
  return hidden ? { aantal: null, onderdrukt: true } : { aantal: n, onderdrukt: false };
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** One cohort (or the hub) as the funder sees it, with the cells `hidden` says suppressed. */
export function cohortSummary(c: Cohort, hidden: Hidden) {
  const people = Object.fromEntries(
    (Object.keys(PEOPLE) as PeopleKey[]).map((k) => [
      k,
      peopleCell(PEOPLE[k](c), hidden.people[k]),
    ]),
  ) as Record<PeopleKey, ReturnType<typeof peopleCell>>;
  const sums = Object.fromEntries(
    (Object.entries(SUMS) as Array<[SumKey, (typeof SUMS)[SumKey]]>).map(([k, [get, digits]]) => [
      k,
      hidden.sums[k] ? null : round(get(c), digits),
    ]),
  ) as Record<SumKey, number | null>;
  return {
    ...people,
    uitstroom: Object.entries(c.leaversByDataDestination)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([waarde, n]) => ({ waarde, ...peopleCell(n, hidden.uitstroom[waarde] ?? true) })),
    onderdrukt: c.participants < SUPPRESS_BELOW,
    ...sums,
  };
}

const cell = {
  type: 'object',
  properties: {
    aantal: { type: ['integer', 'null'], description: 'Aantal; null als onderdrukt / Count' },
    onderdrukt: {
      type: 'boolean',
      description: `Minder dan ${SUPPRESS_BELOW} personen / Fewer than ${SUPPRESS_BELOW} people`,
    },
  },
};
const numberOrNull = (description: string) => ({ type: ['number', 'null'], description });
const summarySchema = {
  type: 'object',
  properties: {
    aantalDeelnemers: cell,
    instroom: { ...cell, description: 'Gestart met de training / Started training' },
    inTraining: cell,
    uitvalTraining: { ...cell, description: 'Uitgevallen zonder werk / Dropped out' },
    trainingAfgerond: cell,
    geplaatst: { ...cell, description: 'In dienst gekomen / Placed in the hub job' },
    aanHetWerk: { ...cell, description: 'Op de peildatum in dienst / At work on the date' },
    uitstroom: {
      type: 'array',
      description: 'Uitgestroomd per uitstroombestemming / Leavers by destination',
      items: {
        type: 'object',
        properties: {
          waarde: { type: 'string', description: 'Uitstroombestemming' },
          ...cell.properties,
        },
      },
    },
    onderdrukt: {
      type: 'boolean',
      description: `Cohort van minder dan ${SUPPRESS_BELOW} personen: sommen onderdrukt / Sums suppressed`,
    },
    persoonsjarenAanHetWerk: numberOrNull('Persoonsjaren in dienst / Person-years at work'),
    contracturen: numberOrNull('Contracturen / Contract hours'),
    gewerkteUren: numberOrNull('Geregistreerde uren zonder verlof / Hours worked'),
    declarabeleUren: numberOrNull('Uren dienstverlening / Declarable hours'),
    coachingcontacten: { type: ['integer', 'null'], description: 'Coachingcontacten' },
    signalen: { type: ['integer', 'null'], description: 'Signalen / Signals' },
    signalenBevestigd: { type: ['integer', 'null'], description: 'Signalen met ontvangst' },
    uitgevoerdeBezoeken: { type: ['integer', 'null'], description: 'Uitgevoerde bezoeken' },
  },
};

export function monitoringRoute(): RouteDef {
  return {
    method: 'GET',
    path: '/monitoring-samenvatting',
    operationId: 'getMonitoringSamenvatting',
    summary: `Monitoring per cohort voor financiers, cellen onder ${SUPPRESS_BELOW} personen onderdrukt / Monitoring per cohort for funders, small cells suppressed`,
    description: `Wat de registratie van de hub laat zien per cohort (instroom, uitval, plaatsing, uitstroom, uren, coaching, signalen), berekend met de monitoringbibliotheek van de businesscase. Alleen aantallen en sommen, geen ids. Een aantal onder ${SUPPRESS_BELOW} personen en elke som van een cohort van minder dan ${SUPPRESS_BELOW} personen is null; daarna zijn zo veel andere cellen onderdrukt (de kleinste eerst, een totaal alleen als het moet) dat geen onderdrukte waarde volgt uit het hubtotaal, de andere cohorten of de aantallen die binnen een cohort optellen (instroom = in training + uitgevallen + afgerond; geplaatst = aan het werk + uitstroom per bestemming). Verschillen tussen twee peildata zijn niet afgeschermd. / What the hub’s records show per cohort, counts and sums only. A count under ${SUPPRESS_BELOW} people and every sum of a cohort of fewer than ${SUPPRESS_BELOW} people is null; then as many other cells (smallest first, a total only when needed) that no suppressed value follows from the hub total, the other cohorts or the counts that add up within a cohort. Differences between two reference dates are not protected.`,
    tag: 'Uitkomsten',
    roles: ['financier', 'beheerder'],
    query: [
      {
        name: 'peildatum',
        schema: { type: 'string', format: 'date' },
        description: 'Tellen tot en met deze datum; standaard vandaag / Count up to this date',
      },
    ],
    success: {
      status: 200,
      description: 'Samenvatting / Summary',
      schema: {
        type: 'object',
        properties: {
          peildatum: { type: 'string', format: 'date', description: 'Peildatum / Date' },
          onderdrukkingsgrens: { type: 'integer', description: 'Kleinste getoonde aantal' },
          totaal: { ...summarySchema, description: 'De hele hub / The whole hub' },
          cohorten: {
            type: 'array',
            description: 'Per cohort / Per cohort',
            items: {
              ...summarySchema,
              properties: {
                cohort: { type: 'string', description: 'Cohort (JJJJ-MM)' },
                ...summarySchema.properties,
              },
            },
          },
        },
      },
    },
    async handler(ctx) {
      const asOf =
        typeof ctx.query.peildatum === 'string'
          ? ctx.query.peildatum
          : new Date().toISOString().slice(0, 10);
      const acc = new ActualsAccumulator();
      // The standard's reference order: participants before the records that point to them.
      for (const entity of STORED_ENTITIES)
        for await (const page of recordPages(ctx.q, ctx.principal.hubId, entity))
          for (const record of page) acc.add({ entity: entity as EntiteitCode, record });
      const actuals = acc.finish({ asOf });
      // The records of no known participant are counted in the hub total, not shown as a cohort.
      const hidden = suppressMonitoring(actuals.total, actuals.cohorts);
      return {
        body: {
          peildatum: asOf,
          onderdrukkingsgrens: SUPPRESS_BELOW,
          totaal: cohortSummary(actuals.total, hidden.total),
          cohorten: actuals.cohorts.flatMap((c, i) =>
            c.cohort === '?' ? [] : [{ cohort: c.cohort, ...cohortSummary(c, hidden.cohorts[i]!) }],
          ),
        },
      };
    },
  };
}
