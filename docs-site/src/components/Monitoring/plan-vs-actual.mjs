// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Plan against actual as a table, from a MonitorResult of @zorghub/business-case: used at build
// time for the step page "monitoring en MKBA" (the Delft example) and in the browser for a dropped
// package. Every figure comes from the result; nothing is typed in by hand.

const LOCALE = { nl: 'nl-NL', en: 'en-GB' };

function fmt(lang, options) {
  return new Intl.NumberFormat(LOCALE[lang], options);
}

/** A value in the comparison's unit. */
export function inUnit(value, unit, lang, signed = false) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const sign = signed ? 'exceptZero' : 'auto';
  if (unit === 'fractie')
    return signed
      ? `${fmt(lang, { maximumFractionDigits: 1, signDisplay: sign }).format(value * 100)} ${lang === 'nl' ? '%-punt' : 'pp'}`
      : fmt(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  if (unit === 'personen')
    return fmt(lang, { maximumFractionDigits: 0, signDisplay: sign }).format(value);
  if (unit.startsWith('EUR'))
    return `${fmt(lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2, signDisplay: sign }).format(value)}${unit.slice(3)}`;
  return `${fmt(lang, { maximumFractionDigits: 1, signDisplay: sign }).format(value)} ${unit}`;
}

export function euro(value, lang) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return fmt(lang, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(Math.round(value));
}

const TEXT = {
  nl: {
    cohort: 'Cohort',
    input: 'Aanname',
    planned: 'Plan',
    realised: 'Gerealiseerd',
    deviation: 'Afwijking',
    range: 'Buiten de bandbreedte?',
    npv: (who) => `Effect op NPV ${who}`,
    hub: 'hele hub',
    yes: (r) => `ja (${r})`,
    no: (r) => `nee (${r})`,
    none: 'geen bandbreedte',
    notSeen: 'nog niet gemeten',
  },
  en: {
    cohort: 'Cohort',
    input: 'Assumption',
    planned: 'Plan',
    realised: 'Actual',
    deviation: 'Deviation',
    range: 'Outside the range?',
    npv: (who) => `Effect on NPV of ${who}`,
    hub: 'whole hub',
    yes: (r) => `yes (${r})`,
    no: (r) => `no (${r})`,
    none: 'no range',
    notSeen: 'not measured yet',
  },
};

/**
 * The table: a header row and one row per comparison. `npvOf` lists the parties whose NPV effect
 * gets a column, as `{ id, name }` (names from the business case result, in `lang`).
 */
export function comparisonTable(result, lang, npvOf = []) {
  const t = TEXT[lang];
  const head = [t.cohort, t.input, t.planned, t.realised, t.deviation, t.range];
  for (const p of npvOf) head.push(t.npv(p.name));
  const rows = result.comparisons.map((c) => {
    const range = c.range
      ? `${inUnit(c.range.min, c.unit, lang)} – ${inUnit(c.range.max, c.unit, lang)}`
      : null;
    const outside =
      c.realised === null
        ? t.notSeen
        : !range
          ? t.none
          : c.outsideRange
            ? t.yes(range)
            : t.no(range);
    const row = [
      c.scenarioCohort ?? t.hub,
      c.label[lang],
      inUnit(c.planned, c.unit, lang),
      c.realised === null ? t.notSeen : inUnit(c.realised, c.unit, lang),
      inUnit(c.deviation, c.unit, lang, true),
      outside,
    ];
    for (const p of npvOf) row.push(c.npvEffect ? euro(c.npvEffect[p.id] ?? 0, lang) : '–');
    return { key: c.key, outside: c.outsideRange === true, cells: row };
  });
  return { head, rows };
}

/** The sentences above the table: what was compared, as of when, and the seeds' outflow risk. */
export function summarySentences(result, lang) {
  const a = result.actuals;
  const cohorts = a.cohorts.filter((c) => c.cohort !== '?').length;
  const outside = result.comparisons.filter((c) => c.outsideRange === true).length;
  const nl = lang === 'nl';
  return [
    nl
      ? `Scenario "${result.scenario.name}" tegen de registratie tot ${a.asOf}: ${a.total.participants} deelnemers in ${cohorts} cohorten, ${a.total.placed} geplaatst, ${a.total.atWorkAtEnd} nog aan het werk. ${outside} van de ${result.comparisons.length} aannames liggen buiten de bandbreedte van het scenario.`
      : `Scenario "${result.scenario.name}" against the records up to ${a.asOf}: ${a.total.participants} participants in ${cohorts} cohorts, ${a.total.placed} placed, ${a.total.atWorkAtEnd} still at work. ${outside} of the ${result.comparisons.length} assumptions lie outside the scenario's own range.`,
    result.outflowRisk.message[lang],
  ];
}
