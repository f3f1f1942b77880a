// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Where the data's outflow destinations (the open codelist `uitstroombestemming`) land among the
 * scenario's four (`scenario-uitstroombestemming`). This is not a second list of codes but the
 * model's own judgement of which data code counts as which scenario destination; the test checks
 * each key against the standard's codelist. A code not named here (a new or unknown one) counts as
 * `uitval`: left without work.
 */
import type { Destination } from '../types.js';

export const DESTINATION_CROSSWALK: Readonly<Record<string, Destination>> = {
  regulierWerkBijAfnemer: 'regulier-werk',
  regulierWerkElders: 'regulier-werk',
  eigenBedrijf: 'ander-werk',
  geenWerk: 'terug-naar-uitkering',
};

export function scenarioDestination(code: unknown): Destination {
  return (typeof code === 'string' && DESTINATION_CROSSWALK[code]) || 'uitval';
}
