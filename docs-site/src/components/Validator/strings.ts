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
        'Excel-werkmappen (.xlsx) controleert deze pagina niet: de lezer daarvan werkt alleen in Node. Controleer ze met zorghub validate, of exporteer ze als CSV. Regionale profielen past de pagina ook niet toe; een datapakket dat een profiel noemt, controleert u met zorghub validate.',
    }),
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
        'CSV, NDJSON en JSON, ook gecomprimeerd met gzip; een map met datapakket.json als één pakket.',
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
