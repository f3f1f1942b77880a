// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A parameter that names a library entry (`bibliotheek`) must be that entry: an unknown id is an
 * error; a value, unit, source year or price year that differs from the entry is a warning (a
 * region may have a reason), and an entry without a published value cannot be referenced.
 */
import { libraryEntry } from '../parameters/lookup.js';
import { describeValue, type IssueCollector, isObject, type Json } from './issues.js';

export function checkLibraryReference(value: Json, path: string, out: IssueCollector): void {
  if (!isObject(value) || typeof value.bibliotheek !== 'string') return;
  const id = value.bibliotheek;
  const entry = libraryEntry(id);
  if (!entry) {
    out.add(
      'scenario.library.unknown',
      `${path}/bibliotheek`,
      {
        en: 'the id of an entry of the parameter library (@zorghub/business-case/parameters)',
        nl: 'het id van een kengetal in de parameterbibliotheek (@zorghub/business-case/parameters)',
      },
      describeValue(id),
    );
    return;
  }
  if (entry.waarde === null) {
    out.add(
      'scenario.library.noValue',
      `${path}/bibliotheek`,
      {
        en: `an entry with a published value; "${id}" has none: leave bibliotheek out and give the value as an explicit input (bron: aanname)`,
        nl: `een kengetal met een gepubliceerde waarde; "${id}" heeft die niet: laat bibliotheek weg en geef de waarde als expliciete invoer (bron: aanname)`,
      },
      describeValue(id),
    );
    return;
  }
  const checks: Array<[string, Json | undefined, number | string | null]> = [
    ['waarde', value.waarde, entry.waarde],
    ['eenheid', value.eenheid, entry.eenheid],
    ['bronJaar', value.bronJaar, entry.bronJaar],
    ['prijsjaar', value.prijsjaar, entry.prijsjaar],
  ];
  for (const [field, given, expected] of checks) {
    if (expected === null && given === undefined) continue;
    if (given === expected) continue;
    out.add(
      'scenario.library.differs',
      `${path}/${field}`,
      {
        en: `${describeValue(expected)} as library entry "${id}" gives it, or leave bibliotheek out`,
        nl: `${describeValue(expected)} zoals kengetal "${id}" van de bibliotheek het geeft, of laat bibliotheek weg`,
      },
      given === undefined ? 'nothing' : describeValue(given),
      'warning',
    );
  }
}
