// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Issue codes about reading the input: the file itself, JSON, CSV and XLSX structure, rows. */
import type { IssueCodeInfo } from './code-info.js';

export const readingCodes: IssueCodeInfo[] = [
  // --- reading the input -------------------------------------------------------------------
  {
    code: 'input.empty',
    severity: 'error',
    nl: 'Het bestand is leeg',
    en: 'The file is empty',
    helpNl: 'Exporteer het bestand opnieuw; een leeg bestand bevat geen enkel record.',
    helpEn: 'Export the file again; an empty file holds no records at all.',
  },
  {
    code: 'input.no-records',
    severity: 'warning',
    nl: 'Het bestand bevat geen records',
    en: 'The file holds no records',
    helpNl:
      'Controleer of de export gefilterd was; alleen een kopregel of een lege lijst is gevonden.',
    helpEn: 'Check whether the export was filtered; only a header row or an empty list was found.',
  },
  {
    code: 'input.encoding',
    severity: 'error',
    nl: 'De tekst is geen geldige UTF-8',
    en: 'The text is not valid UTF-8',
    helpNl:
      'Sla het bestand op als UTF-8 (in Excel: "CSV UTF-8"). Ongeldige tekens zijn gelezen als �.',
    helpEn: 'Save the file as UTF-8 (in Excel: "CSV UTF-8"). Invalid bytes were read as �.',
  },
  {
    code: 'input.encoding-converted',
    severity: 'warning',
    nl: 'Het bestand is geen UTF-8 en is omgezet',
    en: 'The file is not UTF-8 and was converted',
    helpNl:
      'De tekenset is herkend en de tekst is goed gelezen (regel: eerste teken buiten ASCII). Sla het bestand voortaan op als "CSV UTF-8", of geef --encoding als de herkenning niet klopt.',
    helpEn:
      'The encoding was recognised and the text read correctly (line: first character outside ASCII). Save the file as "CSV UTF-8" from now on, or pass --encoding when the guess is wrong.',
  },
  {
    code: 'input.line-too-long',
    severity: 'error',
    nl: 'De regel of het record is te lang en is overgeslagen',
    en: 'The line or record is too long and was skipped',
    helpNl:
      'Eén record hoort op één regel van hooguit enkele kilobytes te staan; splits de gegevens op.',
    helpEn: 'One record belongs on one line of a few kilobytes at most; split the data up.',
  },
  {
    code: 'input.unlisted-file',
    severity: 'warning',
    nl: 'Bestand in de map is niet gecontroleerd',
    en: 'File in the folder was not checked',
    helpNl:
      'Het bestand staat niet in datapakket.json of de naam wijst geen entiteit aan; voeg het toe aan het manifest of verwijder het.',
    helpEn:
      'The file is not listed in datapakket.json or its name names no entity; add it to the manifest or remove it.',
  },
  // --- JSON and NDJSON ---------------------------------------------------------------------
  {
    code: 'json.syntax',
    severity: 'error',
    nl: 'Geen geldige JSON',
    en: 'Not valid JSON',
    helpNl:
      'Controleer aanhalingstekens, komma’s en haakjes op deze regel; de volgende regels zijn wel gelezen.',
    helpEn: 'Check quotes, commas and brackets on this line; the lines after it were still read.',
  },
  {
    code: 'json.not-object',
    severity: 'error',
    nl: 'Een record moet een JSON-object zijn',
    en: 'A record must be a JSON object',
    helpNl: 'Elk record is een object {…}; een JSON-bestand is één object of een lijst [ {…}, … ].',
    helpEn: 'Every record is an object {…}; a JSON file is one object or a list [ {…}, … ].',
  },
  // --- CSV and XLSX --------------------------------------------------------------------------
  {
    code: 'csv.syntax',
    severity: 'error',
    nl: 'De CSV-regel kan niet gelezen worden',
    en: 'The CSV line cannot be read',
    helpNl: 'Meestal een aanhalingsteken dat niet gesloten is; zet waarden met ; of , tussen "…".',
    helpEn: 'Usually a quote that is not closed; put values containing ; or , between "…".',
  },
  {
    code: 'csv.duplicate-header',
    severity: 'error',
    nl: 'Kolomnaam komt meer dan eens voor',
    en: 'Column name occurs more than once',
    helpNl:
      'Elke kolom mag maar één keer voorkomen (ook niet als Nederlandse én Engelse naam); de latere kolom is genegeerd.',
    helpEn:
      'Each column may occur only once (not as both its Dutch and English name); the later column was ignored.',
  },
  {
    code: 'csv.unknown-column',
    severity: 'error',
    nl: 'Onbekende kolom',
    en: 'Unknown column',
    helpNl:
      'De kolom hoort niet bij de standaard; controleer de spelling (zie `zorghub template`).',
    helpEn: 'The column is not part of the standard; check its spelling (see `zorghub template`).',
  },
  {
    code: 'csv.missing-column',
    severity: 'error',
    nl: 'Verplichte kolom ontbreekt',
    en: 'Required column is missing',
    helpNl: 'Voeg de kolom toe; elke rij heeft een waarde nodig voor dit verplichte veld.',
    helpEn: 'Add the column; every row needs a value for this required field.',
  },
  {
    code: 'csv.empty-header',
    severity: 'error',
    nl: 'Kolom zonder naam',
    en: 'Column without a name',
    helpNl: 'Geef de kolom een naam of verwijder hem; zijn waarden zijn niet gecontroleerd.',
    helpEn: 'Name the column or remove it; its values were not checked.',
  },
  {
    code: 'csv.row-length',
    severity: 'error',
    nl: 'Rij heeft meer cellen dan er kolommen zijn',
    en: 'Row has more cells than there are columns',
    helpNl: 'Waarschijnlijk een scheidingsteken in een waarde zonder aanhalingstekens.',
    helpEn: 'Probably a delimiter inside a value that is not quoted.',
  },
  {
    code: 'record.blank',
    severity: 'warning',
    nl: 'Lege rij overgeslagen',
    en: 'Blank row skipped',
    helpNl:
      'De rij bevat alleen scheidingstekens of lege cellen en is geen record; verwijder hem uit de export.',
    helpEn:
      'The row holds only delimiters or empty cells and is not a record; remove it from the export.',
  },
  {
    code: 'xlsx.unreadable',
    severity: 'error',
    nl: 'Het Excel-bestand kan niet gelezen worden',
    en: 'The Excel file cannot be read',
    helpNl: 'Sla het bestand opnieuw op als .xlsx (Excel-werkmap).',
    helpEn: 'Save the file again as .xlsx (Excel workbook).',
  },
  {
    code: 'xlsx.unknown-sheet',
    severity: 'warning',
    nl: 'Werkblad is niet gecontroleerd: de naam wijst geen entiteit aan',
    en: 'Sheet was not checked: its name names no entity',
    helpNl: 'Noem elk werkblad naar zijn entiteit, bijvoorbeeld "bezoeken".',
    helpEn: 'Name every sheet after its entity, for example "bezoeken".',
  },
  {
    code: 'xlsx.cell-error',
    severity: 'error',
    nl: 'Cel bevat een Excel-foutwaarde',
    en: 'Cell holds an Excel error value',
    helpNl: 'Herstel de formule (#N/B, #WAARDE! …) of vul de waarde zelf in.',
    helpEn: 'Fix the formula (#N/A, #VALUE! …) or enter the value itself.',
  },
];
