// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Labels of the model's inputs and of the stakeholders, for reports and the workbook. */
import { scenarioParameters } from '@zorghub/schemas';
import {
  DESTINATION_CODE_LABELS,
  DESTINATIONS,
  type LocalizedText,
  STAKEHOLDER_CODE_LABELS,
  type StakeholderId,
} from '../types.js';

/**
 * Labels of the inputs, for reports and the workbook: the general parameters by their titles in the
 * standard; the fields of cohorts and lines by short lower-case names used after the cohort or line
 * ("C2021 · instroom").
 */
export const PARAMETER_LABELS: Record<string, LocalizedText> = {
  ...Object.fromEntries(
    scenarioParameters.filter((p) => p.group === 'parameters').map((p) => [p.key, p.title]),
  ),
  instroom: { nl: 'instroom', en: 'intake' },
  trainingWeken: { nl: 'trainingsduur', en: 'training time' },
  uitvalTraining: { nl: 'uitval training', en: 'training dropout' },
  plaatsing: { nl: 'plaatsing', en: 'placement' },
  urenPerWeek: { nl: 'uren per week', en: 'hours a week' },
  betaaldeWeken: { nl: 'betaalde weken', en: 'paid weeks' },
  kansPerJaar: { nl: 'uitstroom per jaar', en: 'outflow a year' },
  eenheidswaarde: { nl: 'eenheidswaarde', en: 'unit value' },
  factor: { nl: 'factor', en: 'factor' },
  deadweight: { nl: 'deadweight', en: 'deadweight' },
  attributie: { nl: 'attributie', en: 'attribution' },
  verdringing: { nl: 'verdringing', en: 'displacement' },
  afname: { nl: 'afname', en: 'drop-off' },
};

/** Destination labels in lower case, for use inside a sentence ("C2021 · uitstroom regulier werk"). */
export const DESTINATION_LABELS: Record<string, LocalizedText> = Object.fromEntries(
  DESTINATIONS.map((code) => {
    const label = DESTINATION_CODE_LABELS[code];
    return [code, { nl: label.nl.toLowerCase(), en: label.en.toLowerCase() }];
  }),
);

/** Stakeholder labels from the standard's codelist `scenario-belanghebbende`. */
export const STAKEHOLDER_LABELS: Readonly<Record<StakeholderId, LocalizedText>> =
  STAKEHOLDER_CODE_LABELS;
