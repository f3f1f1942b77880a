// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Bounds that follow from a unit: a rate above -1 and at most 1, a fraction 0–1, other units >= 0. */
import type { ScenarioEenheidCode } from '@zorghub/schemas';
import { describeValue, type IssueCollector, type Json } from './issues.js';

/**
 * Checks `x` against the bounds of its unit. With `schemaBounded` the schema has already bounded
 * fractions and non-negative quantities (a parameter's own value), so only rates are checked.
 */
export function checkBounds(
  x: Json,
  unit: string,
  path: string,
  out: IssueCollector,
  schemaBounded: boolean,
): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) return;
  // A unit of the standard's `scenario-eenheid`; any other string matches none of these codes.
  const code = unit as ScenarioEenheidCode;
  if (code === 'rentevoet') {
    if (x <= -1 || x > 1)
      out.add(
        'scenario.rate',
        path,
        { en: 'a rate above -1 and at most 1', nl: 'een voet boven -1 en hoogstens 1' },
        describeValue(x),
      );
    return;
  }
  // The schema bounds the value of fractions and non-negative quantities itself.
  if (schemaBounded) return;
  if (code === 'fractie' && (x < 0 || x > 1))
    out.add(
      'scenario.fraction',
      path,
      { en: 'a fraction from 0 to 1', nl: 'een fractie van 0 tot en met 1' },
      describeValue(x),
    );
  else if (code !== 'fractie' && x < 0)
    out.add(
      'scenario.negative',
      path,
      { en: `a number >= 0 (${unit})`, nl: `een getal >= 0 (${unit})` },
      describeValue(x),
    );
}
