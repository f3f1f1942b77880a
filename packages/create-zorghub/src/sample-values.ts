// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { careKinds, services } from './choices.js';
import type { Answers } from './resolve.js';

/**
 * What the sample export's templates (`templates/region/data-checks/data/*.tmpl`) need from the
 * answers: one care organisation (and its subscription) per chosen kind, one service per chosen
 * service, and the numbers and names that vary. The records themselves are in the templates. Ids
 * are pseudonymous (CL-0001, DN-0001); there are no names of people, no BSN, no health content.
 */
export function sampleValues(
  answers: Answers,
): Record<string, string | Array<Record<string, string>>> {
  const label = (list: readonly { value: string; label: string }[], value: string) =>
    (list.find((c) => c.value === value)?.label ?? value).split(' / ')[0]!;
  const careOrgs = answers.careKinds.map((kind, i) => ({
    id: `ORG-ZORG-${String(i + 1).padStart(2, '0')}`,
    sub: `AB-${String(i + 1).padStart(4, '0')}`,
    kind,
    nameJson: JSON.stringify(`Voorbeeldorganisatie ${label(careKinds, kind).toLowerCase()}`),
  }));
  const serviceRows = answers.services.map((code, i) => ({
    id: `DI-${String(i + 1).padStart(2, '0')}`,
    code,
    nameJson: JSON.stringify(label(services, code)),
  }));
  return {
    careOrgs,
    services: serviceRows,
    dienstIdsJson: JSON.stringify(serviceRows.map((s) => s.id)),
    tariffCents: String(Math.round(answers.tariff * 100)),
    hubNameText: JSON.stringify(answers.hubName).slice(1, -1),
    organisationCount: String(careOrgs.length + 1),
    careOrgCount: String(careOrgs.length),
    serviceCount: String(serviceRows.length),
  };
}
