// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Finding a library entry by id and turning it into a scenario parameter. */
import type { Parameter } from '../types.js';
import { type LibraryEntry, PARAMETER_LIBRARY } from './library.js';

const BY_ID = new Map(PARAMETER_LIBRARY.map((e) => [e.id, e]));

export function libraryEntry(id: string): LibraryEntry | undefined {
  return BY_ID.get(id);
}

/**
 * A scenario parameter from a library entry, with `bibliotheek` pointing back to it. An entry
 * without a value (not found in the sources) cannot become a parameter: the scenario must give
 * that value itself, so this throws with what to do.
 */
export function toParameter(id: string): Parameter {
  const e = BY_ID.get(id);
  if (!e)
    throw new Error(`"${id}" is not in the parameter library; see PARAMETER_LIBRARY for the ids.`);
  if (e.waarde === null)
    throw new Error(
      `"${id}" has no published value in the toolkit's sources: give it as an explicit input in the scenario (bron: aanname, with a toelichting).`,
    );
  return {
    waarde: e.waarde,
    eenheid: e.eenheid,
    bron: e.bron,
    bronJaar: e.bronJaar,
    ...(e.prijsjaar !== null ? { prijsjaar: e.prijsjaar } : {}),
    bewijsklasse: e.bewijsklasse,
    bibliotheek: e.id,
  };
}
