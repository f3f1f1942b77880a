// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Rules across a cohort's fields: unique ids, the unit of each input, a start within the horizon
 * (a warning), and yearly outflow rates that add up to at most 1.
 */
import { describeValue, type IssueCollector, isObject, type Json } from './issues.js';
import { checkParameter, type ScenarioContext } from './parameter-rules.js';
import { COHORT_UNITS, OUTFLOW_UNITS } from './units.js';

function checkStartYear(
  root: Record<string, Json>,
  cohort: Record<string, Json>,
  index: number,
  out: IssueCollector,
): void {
  const start = cohort.startjaar;
  const first = root.startjaar;
  const horizon = root.horizonJaren;
  if (typeof start !== 'number' || typeof first !== 'number' || typeof horizon !== 'number') return;
  if (start >= first && start < first + horizon) return;
  out.add(
    'scenario.cohortOutsideHorizon',
    `/cohorten/${index}/startjaar`,
    {
      en: `a year from ${first} to ${first + horizon - 1}`,
      nl: `een jaar van ${first} tot en met ${first + horizon - 1}`,
    },
    String(start),
    'warning',
  );
}

function checkOutflows(
  outflows: Json[],
  index: number,
  context: ScenarioContext,
  out: IssueCollector,
): void {
  let total = 0;
  outflows.forEach((o, j) => {
    if (!isObject(o)) return;
    const rate = o.kansPerJaar;
    checkParameter(
      rate,
      ['cohorten', index, 'uitstroom', j, 'kansPerJaar'],
      context,
      out,
      OUTFLOW_UNITS.kansPerJaar,
    );
    if (isObject(rate) && typeof rate.waarde === 'number') total += rate.waarde;
  });
  if (total > 1 + 1e-12)
    out.add(
      'scenario.outflowTotal',
      `/cohorten/${index}/uitstroom`,
      {
        en: 'yearly outflow rates that add up to at most 1',
        nl: 'uitstroomkansen per jaar die samen hoogstens 1 zijn',
      },
      String(total),
    );
}

export function checkCohorts(
  root: Record<string, Json>,
  context: ScenarioContext,
  out: IssueCollector,
): void {
  if (!Array.isArray(root.cohorten)) return;
  const ids = new Set<string>();
  root.cohorten.forEach((c, i) => {
    if (!isObject(c)) return;
    if (typeof c.id === 'string') {
      if (ids.has(c.id))
        out.add(
          'scenario.duplicate',
          `/cohorten/${i}/id`,
          { en: 'a unique cohort id', nl: 'een unieke cohortcode' },
          describeValue(c.id),
        );
      ids.add(c.id);
    }
    for (const [key, units] of Object.entries(COHORT_UNITS))
      checkParameter(c[key], ['cohorten', i, key], context, out, units);
    checkStartYear(root, c, i, out);
    if (Array.isArray(c.uitstroom)) checkOutflows(c.uitstroom, i, context, out);
  });
}
