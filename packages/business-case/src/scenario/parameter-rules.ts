// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Rules for one parameter `{waarde, eenheid, bron, …}` that the schema cannot express: its unit
 * for the input it feeds, the scenario's currency, a price index when its price year differs, rate
 * bounds, a source that is not blank, its distribution (see `distribution-rules.ts`) and its
 * library entry when it names one (see `library-rules.ts`).
 */
import { checkBounds } from './bounds.js';
import { checkDistribution } from './distribution-rules.js';
import { describeValue, type IssueCollector, isObject, type Json, pointer } from './issues.js';
import { checkLibraryReference } from './library-rules.js';
import { type Currency, isKnownUnit, isMoneyUnit } from './units.js';

/** What the parameter rules need to know about the whole scenario. */
export interface ScenarioContext {
  currency: Currency;
  priceYear: number | undefined;
  hasPriceIndex: boolean;
}

export function scenarioContext(root: Record<string, Json>): ScenarioContext {
  const params = isObject(root.parameters) ? root.parameters : {};
  return {
    currency: root.valuta === 'GBP' ? 'GBP' : 'EUR',
    priceYear: typeof root.prijsjaar === 'number' ? root.prijsjaar : undefined,
    hasPriceIndex: isObject(params.prijsindex),
  };
}

/**
 * Checks one parameter at `segments`. `units` lists the units the input may have (`¤` is the
 * scenario currency); without it any unit of the codelist will do.
 */
export function checkParameter(
  value: Json,
  segments: ReadonlyArray<string | number>,
  context: ScenarioContext,
  out: IssueCollector,
  units?: readonly string[],
): void {
  if (!isObject(value)) return;
  const path = pointer(segments);
  checkLibraryReference(value, path, out);
  if (typeof value.bron === 'string' && value.bron !== '' && value.bron.trim() === '')
    out.add(
      'scenario.source',
      `${path}/bron`,
      {
        en: 'a source (organisation and publication) or "aanname"',
        nl: 'een bron (organisatie en publicatie) of "aanname"',
      },
      describeValue(value.bron),
    );
  const unit = value.eenheid;
  if (!isKnownUnit(unit)) return;
  const allowed = units?.map((u) => u.replace('¤', context.currency));
  if (allowed && !allowed.includes(unit))
    out.add(
      'scenario.unit',
      `${path}/eenheid`,
      { en: allowed.join(' or '), nl: allowed.join(' of ') },
      describeValue(unit),
    );
  const money = isMoneyUnit(unit);
  if (money && !unit.startsWith(context.currency))
    out.add(
      'scenario.currency',
      `${path}/eenheid`,
      { en: `an amount in ${context.currency}`, nl: `een bedrag in ${context.currency}` },
      describeValue(unit),
    );
  const py = value.prijsjaar;
  if (
    money &&
    typeof py === 'number' &&
    context.priceYear !== undefined &&
    py !== context.priceYear &&
    !context.hasPriceIndex
  )
    out.add(
      'scenario.priceIndex',
      `${path}/prijsjaar`,
      {
        en: `price year ${context.priceYear}, or parameters.prijsindex to convert ${py} prices`,
        nl: `prijsjaar ${context.priceYear}, of parameters.prijsindex om prijzen van ${py} om te rekenen`,
      },
      String(py),
    );
  checkBounds(value.waarde, unit, `${path}/waarde`, out, true);
  checkDistribution(value, unit, path, out);
}
