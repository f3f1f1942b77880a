// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { translate } from '@docusaurus/Translate';

/** Every text of the validation page, Dutch first; English in i18n/en/code.json. */
export const T = {
  title: () => translate({ id: 'validate.title', message: 'Export valideren in de browser' }),
  description: () =>
    translate({
      id: 'validate.description',
      message:
        'Controleer een export tegen de Zorghub-standaard in uw browser: de bestanden verlaten uw computer niet.',
    }),
  privacy: () =>
    translate({
      id: 'validate.privacy',
      message:
        'Er gaat niets over het internet: de bestanden worden op uw eigen computer gelezen, in deze pagina, met dezelfde validator als zorghub validate op de opdrachtregel. Er wordt niets geüpload en niets bewaard.',
    }),
  xlsx: () =>
    translate({
      id: 'validate.xlsx',
      message:
        'Een Excel-werkmap (.xlsx) leest de pagina in zijn geheel in het geheugen van de browser (CSV en NDJSON lezen in stukken); een heel grote werkmap controleert u beter met zorghub validate of als CSV.',
    }),
  profile: () => translate({ id: 'validate.profile', message: 'Profiel' }),
  profileDeclared: () =>
    translate({
      id: 'validate.profileDeclared',
      message: 'Zoals het datapakket aangeeft (anders de standaard zelf)',
    }),
  profileFolder: () =>
    translate({ id: 'validate.profileFolder', message: 'Een eigen profielmap…' }),
  pickProfileFolder: () =>
    translate({ id: 'validate.pickProfileFolder', message: 'Kies de map van het profiel' }),
  profileFolderChosen: (name: string) =>
    translate({ id: 'validate.profileFolderChosen', message: 'Profielmap: {name}' }, { name }),
  profileHelp: () =>
    translate({
      id: 'validate.profileHelp',
      message:
        'Noemt datapakket.json een "profiel", dan past de pagina dat toe, net als zorghub validate: uit een map ernaast of in profielen/ die u meesleept, of een profiel dat bij de standaard hoort. Een keuze hier werkt als --profile.',
    }),
  profileApplied: (name: string) =>
    translate(
      { id: 'validate.profileApplied', message: 'Gecontroleerd tegen het profiel {name}.' },
      { name },
    ),
  dropLabel: () =>
    translate({
      id: 'validate.drop',
      message: 'Sleep bestanden of een map met een datapakket hierheen',
    }),
  pickFiles: () => translate({ id: 'validate.pickFiles', message: 'Kies bestanden' }),
  pickFolder: () => translate({ id: 'validate.pickFolder', message: 'Kies een map' }),
  formats: () =>
    translate({
      id: 'validate.formats',
      message:
        'CSV, NDJSON, JSON en Excel (.xlsx), ook gecomprimeerd met gzip; een map met datapakket.json als één pakket.',
    }),
  progress: () => translate({ id: 'validate.progress', message: 'Gelezen' }),
  reading: (done: string, total: string) =>
    translate({ id: 'validate.reading', message: '{done} van {total} gelezen' }, { done, total }),
  valid: () => translate({ id: 'validate.valid', message: 'Geldig' }),
  invalid: () => translate({ id: 'validate.invalid', message: 'Niet geldig' }),
  unusable: () => translate({ id: 'validate.unusable', message: 'Niet te gebruiken' }),
  summary: (files: number, records: number, errors: number, warnings: number) =>
    translate(
      {
        id: 'validate.summary',
        message:
          '{files} bestanden, {records} records: {errors} fouten, {warnings} waarschuwingen.',
      },
      { files, records, errors, warnings },
    ),
  seconds: (seconds: string) =>
    translate({ id: 'validate.seconds', message: 'Gecontroleerd in {seconds} s.' }, { seconds }),
  issues: () => translate({ id: 'validate.issues', message: 'Bevindingen' }),
  code: () => translate({ id: 'validate.code', message: 'Code' }),
  severity: () => translate({ id: 'validate.severity', message: 'Ernst' }),
  count: () => translate({ id: 'validate.count', message: 'Aantal' }),
  what: () => translate({ id: 'validate.what', message: 'Wat en waar' }),
  error: () => translate({ id: 'validate.error', message: 'fout' }),
  warning: () => translate({ id: 'validate.warning', message: 'waarschuwing' }),
  downloadJson: () =>
    translate({ id: 'validate.downloadJson', message: 'Download het rapport als JSON' }),
  downloadHtml: () =>
    translate({ id: 'validate.downloadHtml', message: 'Download het rapport als HTML' }),
  failed: (message: string) =>
    translate(
      { id: 'validate.failed', message: 'De controle is afgebroken: {message}' },
      { message },
    ),
};
