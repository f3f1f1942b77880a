// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Rules for a parameter's distribution `{type, min, modus?, max}` beyond its shape (which the schema
 * checks): ends within the bounds of the unit, min < max, the mode between them, and the point
 * value inside the range.
 */
import { checkBounds } from './bounds.js';
import { describeValue, type IssueCollector, isObject, type Json } from './issues.js';

export function checkDistribution(
  parameter: Record<string, Json>,
  unit: string,
  path: string,
  out: IssueCollector,
): void {
  const dist = parameter.verdeling;
  if (!isObject(dist)) return;
  const value = parameter.waarde;
  checkBounds(dist.min, unit, `${path}/verdeling/min`, out, false);
  checkBounds(dist.max, unit, `${path}/verdeling/max`, out, false);
  const mode = dist.modus ?? value;
  if (typeof dist.min !== 'number' || typeof dist.max !== 'number' || typeof mode !== 'number')
    return;
  if (!(dist.min <= mode && mode <= dist.max) || dist.min === dist.max)
    out.add(
      'scenario.distribution',
      `${path}/verdeling`,
      {
        en: `min < max and min <= mode <= max (mode ${mode})`,
        nl: `min < max en min <= modus <= max (modus ${mode})`,
      },
      `min ${dist.min}, max ${dist.max}`,
    );
  if (typeof value === 'number' && (value < dist.min || value > dist.max))
    out.add(
      'scenario.distribution',
      `${path}/waarde`,
      {
        en: `a value inside the distribution [${dist.min}, ${dist.max}]`,
        nl: `een waarde binnen de verdeling [${dist.min}, ${dist.max}]`,
      },
      describeValue(value),
    );
}
