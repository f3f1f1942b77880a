// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The stable issue codes of a validation report. A code never changes meaning once published; a
 * new situation gets a new code. `report/CODES.md` is generated from this list
 * ({@link renderCodesMarkdown}) and a test in report.test.ts fails when it drifts.
 */
import type { IssueCodeInfo } from './code-info.js';
import { readingCodes } from './codes-reading.js';

export type { IssueCodeInfo, Severity } from './code-info.js';

const list: IssueCodeInfo[] = [
  ...readingCodes,
  // --- data package ------------------------------------------------------------------------
  {
    code: 'manifest.invalid',
    severity: 'error',
    nl: 'datapakket.json voldoet niet aan de standaard',
    en: 'datapakket.json does not meet the standard',
    helpNl: 'Zie de samples; het manifest noemt standaardVersie, naam, aangemaaktOp en bestanden.',
    helpEn:
      'See the samples; the manifest names standaardVersie, naam, aangemaaktOp and bestanden.',
  },
  {
    code: 'manifest.checksum-mismatch',
    severity: 'error',
    nl: 'Bestand wijkt af van de sha256 in datapakket.json',
    en: 'File differs from the sha256 in datapakket.json',
    helpNl:
      'Het bestand is na het maken van het pakket veranderd of beschadigd; lever het opnieuw aan of werk het manifest bij.',
    helpEn:
      'The file was changed or damaged after the package was made; deliver it again or update the manifest.',
  },
  {
    code: 'manifest.count-mismatch',
    severity: 'error',
    nl: 'Aantal records wijkt af van aantalRecords in datapakket.json',
    en: 'Number of records differs from aantalRecords in datapakket.json',
    helpNl:
      'Er zijn records bijgekomen of weggevallen sinds het pakket gemaakt is; lever het opnieuw aan of werk het manifest bij.',
    helpEn:
      'Records were added or lost since the package was made; deliver it again or update the manifest.',
  },
  {
    code: 'manifest.absent',
    severity: 'warning',
    nl: 'Map zonder datapakket.json: bestanden zijn op hun naam gecontroleerd',
    en: 'Folder without datapakket.json: files were checked by their name',
    helpNl:
      'Zonder manifest staat nergens welke bestanden bij de levering horen, hoeveel records ze hebben en of ze ongewijzigd zijn; voeg datapakket.json toe.',
    helpEn:
      'Without a manifest nothing says which files belong to the delivery, how many records they hold or whether they are unchanged; add datapakket.json.',
  },
  {
    code: 'manifest.missing-file',
    severity: 'error',
    nl: 'Bestand uit datapakket.json ontbreekt',
    en: 'File listed in datapakket.json is missing',
    helpNl: 'Voeg het bestand toe of haal het uit het manifest.',
    helpEn: 'Add the file or remove it from the manifest.',
  },
  {
    code: 'manifest.version',
    severity: 'warning',
    nl: 'Het pakket volgt een andere versie van de standaard',
    en: 'The package follows another version of the standard',
    helpNl: 'Gecontroleerd is tegen de versie van dit gereedschap; werk export of gereedschap bij.',
    helpEn: 'It was checked against this tool’s version; update the export or the tool.',
  },
  // --- the schema ----------------------------------------------------------------------------
  {
    code: 'schema.required',
    severity: 'error',
    nl: 'Verplicht veld ontbreekt',
    en: 'Required field is missing',
    helpNl: 'Vul het veld in; een lege cel telt als ontbrekend.',
    helpEn: 'Fill in the field; an empty cell counts as missing.',
  },
  {
    code: 'schema.type',
    severity: 'error',
    nl: 'Waarde heeft het verkeerde type',
    en: 'Value has the wrong type',
    helpNl: 'Bijvoorbeeld tekst waar een getal hoort; zie "verwacht".',
    helpEn: 'For example text where a number belongs; see "expected".',
  },
  {
    code: 'schema.format',
    severity: 'error',
    nl: 'Waarde heeft niet de juiste vorm',
    en: 'Value does not have the right form',
    helpNl: 'Datums als 2025-03-01, tijdstippen als 2025-03-01T09:30:00+01:00.',
    helpEn: 'Dates as 2025-03-01, timestamps as 2025-03-01T09:30:00+01:00.',
  },
  {
    code: 'schema.pattern',
    severity: 'error',
    nl: 'Waarde past niet in het voorgeschreven patroon',
    en: 'Value does not match the prescribed pattern',
    helpNl: 'Zie "verwacht" voor het patroon (een reguliere expressie).',
    helpEn: 'See "expected" for the pattern (a regular expression).',
  },
  {
    code: 'schema.additional-property',
    severity: 'error',
    nl: 'Veld hoort niet bij de standaard',
    en: 'Field is not part of the standard',
    helpNl:
      'Verwijder het veld of controleer de spelling; een regio kan velden toevoegen met een profiel.',
    helpEn: 'Remove the field or check its spelling; a region can add fields with a profile.',
  },
  {
    code: 'schema.range',
    severity: 'error',
    nl: 'Getal ligt buiten het toegestane bereik',
    en: 'Number is outside the allowed range',
    helpNl: 'Zie "verwacht" voor de grens.',
    helpEn: 'See "expected" for the limit.',
  },
  {
    code: 'schema.length',
    severity: 'error',
    nl: 'Tekst of lijst is te kort of te lang',
    en: 'Text or list is too short or too long',
    helpNl: 'Zie "verwacht" voor de toegestane lengte.',
    helpEn: 'See "expected" for the allowed length.',
  },
  {
    code: 'schema.enum',
    severity: 'error',
    nl: 'Waarde is niet toegestaan',
    en: 'Value is not allowed',
    helpNl: 'Kies een van de waarden onder "verwacht".',
    helpEn: 'Choose one of the values under "expected".',
  },
  {
    code: 'schema.unique-items',
    severity: 'error',
    nl: 'Lijst bevat dubbele waarden',
    en: 'List holds duplicate values',
    helpNl: 'Noem elke waarde maar één keer.',
    helpEn: 'Name each value only once.',
  },
  {
    code: 'schema.invalid',
    severity: 'error',
    nl: 'Waarde voldoet niet aan het schema',
    en: 'Value does not meet the schema',
    helpNl: 'Zie "verwacht" voor de regel uit het schema.',
    helpEn: 'See "expected" for the rule from the schema.',
  },
  // --- codelists -----------------------------------------------------------------------------
  {
    code: 'codelist.unknown-code',
    severity: 'error',
    nl: 'Code staat niet in de (gesloten) codelijst',
    en: 'Code is not in the (closed) codelist',
    helpNl: 'Gebruik een code uit de codelijst; hoofdletters tellen mee.',
    helpEn: 'Use a code from the codelist; case matters.',
  },
  {
    code: 'codelist.unknown-code-open',
    severity: 'warning',
    nl: 'Code staat niet in de (open) codelijst',
    en: 'Code is not in the (open) codelist',
    helpNl:
      'Open lijsten mogen aangevuld worden, maar controleer of een bestaande code bedoeld is; leg nieuwe codes vast in een profiel.',
    helpEn:
      'Open lists may be extended, but check whether an existing code was meant; record new codes in a profile.',
  },
  {
    code: 'codelist.deprecated-code',
    severity: 'warning',
    nl: 'Code is verouderd',
    en: 'Code is deprecated',
    helpNl: 'Gebruik de vervangende code onder "verwacht".',
    helpEn: 'Use the replacement code under "expected".',
  },
  {
    code: 'field.deprecated',
    severity: 'warning',
    nl: 'Veld is verouderd',
    en: 'Field is deprecated',
    helpNl: 'Het veld verdwijnt in een volgende versie van de standaard; zie de referentie.',
    helpEn: 'The field will go in a future version of the standard; see the reference.',
  },
  {
    code: 'value.excel-serial-date',
    severity: 'warning',
    nl: 'Excel-datumgetal is omgezet naar een datum',
    en: 'Excel serial date number was converted to a date',
    helpNl: 'Controleer de datum onder "gevonden"; zet de kolom in Excel op tekst (jjjj-mm-dd).',
    helpEn: 'Check the date under "found"; format the column in Excel as text (yyyy-mm-dd).',
  },
  {
    code: 'value.normalised',
    severity: 'warning',
    nl: 'Datum of tijd is omgezet naar de ISO-vorm (convert --normalise)',
    en: 'Date or time was converted to its ISO form (convert --normalise)',
    helpNl:
      'Controleer de nieuwe waarde onder "gevonden"; een tijd zonder tijdzone is als Nederlandse tijd (Europe/Amsterdam) gelezen.',
    helpEn:
      'Check the new value under "found"; a time without a zone was read as Dutch time (Europe/Amsterdam).',
  },
  // --- identity and references ---------------------------------------------------------------
  {
    code: 'id.duplicate',
    severity: 'error',
    nl: 'Id komt meer dan eens voor',
    en: 'Id occurs more than once',
    helpNl: 'Elk record van een entiteit heeft een eigen id; de eerste keer telt niet als fout.',
    helpEn:
      'Each record of an entity has its own id; the first occurrence is not counted as an error.',
  },
  {
    code: 'reference.unresolved',
    severity: 'error',
    nl: 'Verwijzing naar een record dat niet in het pakket staat',
    en: 'Reference to a record that is not in the package',
    helpNl: 'Voeg het record toe of corrigeer de id.',
    helpEn: 'Add the record or correct the id.',
  },
  {
    code: 'nested.unknown-parent',
    severity: 'error',
    nl: 'Rij van een geneste tabel hoort bij geen record van de bovenliggende tabel',
    en: 'Row of a nested table belongs to no record of its parent table',
    helpNl:
      'De sleutelkolom (bijvoorbeeld factuurId in facturen.regels) moet de id van een record in de bovenliggende tabel (facturen) zijn; corrigeer de id of voeg het record toe.',
    helpEn:
      'The key column (for example factuurId in facturen.regels) must hold the id of a record in the parent table (facturen); correct the id or add the record.',
  },
  {
    code: 'nested.conflict',
    severity: 'error',
    nl: 'Lijst staat zowel in een eigen tabel als in een cel van het record',
    en: 'List is both in a table of its own and in a cell of the record',
    helpNl:
      'Geef de regels óf in de geneste tabel (facturen.regels) óf als JSON in de kolom van het record, niet allebei; de regels uit de cel zijn gebruikt.',
    helpEn:
      'Give the lines either in the nested table (facturen.regels) or as JSON in the record’s column, not both; the lines of the cell were used.',
  },
  {
    code: 'reference.entity-absent',
    severity: 'warning',
    nl: 'Verwijzingen niet gecontroleerd: het pakket bevat deze entiteit niet',
    en: 'References not checked: the package does not hold this entity',
    helpNl: 'Valideer het hele pakket (de map met datapakket.json) om verwijzingen te controleren.',
    helpEn: 'Validate the whole package (the folder with datapakket.json) to check references.',
  },
  // --- privacy -------------------------------------------------------------------------------
  {
    code: 'privacy.bsn',
    severity: 'error',
    nl: 'Waarde lijkt een BSN (haalt de elfproef)',
    en: 'Value looks like a BSN (passes the 11-check)',
    helpNl:
      'Een burgerservicenummer hoort nooit in een export; gebruik pseudoniemen (CL-0001). De waarde is niet getoond.',
    helpEn:
      'A citizen service number never belongs in an export; use pseudonyms (CL-0001). The value is not shown.',
  },
  {
    code: 'privacy.email',
    severity: 'error',
    nl: 'E-mailadres in een veld dat geen contactgegevens mag bevatten',
    en: 'E-mail address in a field that may not hold contact details',
    helpNl:
      'Haal het adres weg, ook uit vrije tekst: velden zonder persoonsgegevens en bijzondere velden (gezondheid) horen geen contactgegevens te bevatten. De waarde is niet getoond.',
    helpEn:
      'Remove the address, from free text too: fields without personal data and special-category (health) fields must not hold contact details. The value is not shown.',
  },
  {
    code: 'privacy.phone',
    severity: 'error',
    nl: 'Telefoonnummer in een veld dat geen contactgegevens mag bevatten',
    en: 'Phone number in a field that may not hold contact details',
    helpNl:
      'Haal het nummer weg, ook uit vrije tekst: velden zonder persoonsgegevens en bijzondere velden (gezondheid) horen geen contactgegevens te bevatten. De waarde is niet getoond.',
    helpEn:
      'Remove the number, from free text too: fields without personal data and special-category (health) fields must not hold contact details. The value is not shown.',
  },
];

export const issueCodes: Readonly<Record<string, IssueCodeInfo>> = Object.freeze(
  Object.fromEntries(list.map((info) => [info.code, Object.freeze(info)])),
);

export const issueCodeList: readonly IssueCodeInfo[] = Object.freeze(list);

export function codeInfo(code: string): IssueCodeInfo {
  const info = issueCodes[code];
  if (!info) throw new Error(`unknown issue code ${code}`);
  return info;
}

/** `report/CODES.md`: every code with its severity and messages, Dutch and English. */
export function renderCodesMarkdown(): string {
  const rows = list.map(
    (c) =>
      `| \`${c.code}\` | ${c.severity === 'error' ? 'fout / error' : 'waarschuwing / warning'} | ${c.nl}. ${c.helpNl} | ${c.en}. ${c.helpEn} |`,
  );
  return [
    '# Codes van het validatierapport / Validation report codes',
    '',
    '<!-- Generated from packages/schemas/src/validate/codes.ts; a test fails when this file drifts.',
    '     Regenerate: ZORGHUB_UPDATE_CODES=1 npx vitest run src/validate/report.test.ts (in packages/schemas) -->',
    '',
    'Elke melding van `zorghub validate` heeft een stabiele code. Een code verandert nooit van betekenis;',
    'een nieuwe situatie krijgt een nieuwe code. Fouten maken een export ongeldig (exitcode 1);',
    'waarschuwingen alleen met `--fail-on warning`.',
    '',
    'Every finding of `zorghub validate` has a stable code. A code never changes meaning; a new',
    'situation gets a new code. Errors make an export invalid (exit code 1); warnings only with',
    '`--fail-on warning`.',
    '',
    '| code | ernst / severity | Nederlands | English |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    'Waarden van velden met `x-privacy: personal` of `special`, en waarden die op een BSN, e-mailadres',
    'of telefoonnummer lijken, staan nooit in een rapport (`redacted: true`).',
    '',
    'Values of fields with `x-privacy: personal` or `special`, and values that look like a BSN, an',
    'e-mail address or a phone number, never appear in a report (`redacted: true`).',
    '',
  ].join('\n');
}
