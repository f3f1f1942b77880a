// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2

import { loadExcelJs } from '../excel.js';
import type { Codelist, EntityInfo } from '../model.js';
import { columnLetter, tableColumns } from '../table/columns.js';
import { csvHeader } from '../table/csv.js';
import { nestedTables } from '../table/nested.js';
import type { Lang } from './report.js';

export interface TemplateOptions {
  format: 'csv' | 'xlsx';
  /** Header names: Dutch (the standard's column names, default) or the English aliases. */
  headers?: 'nl' | 'en';
  /** Language of the explanation sheet and notes. */
  lang?: Lang;
  /** CSV delimiter (default `;`, what Excel in Dutch expects). */
  delimiter?: ',' | ';';
  /** Rows that get dropdowns in XLSX (default 10 000). */
  rows?: number;
}

const privacyText: Record<Lang, Record<string, string>> = {
  nl: {
    none: 'geen persoonsgegeven',
    pseudonymous: 'pseudoniem',
    personal: 'persoonsgegeven',
    special: 'bijzonder persoonsgegeven',
  },
  en: {
    none: 'not personal data',
    pseudonymous: 'pseudonymous',
    personal: 'personal data',
    special: 'special category personal data',
  },
};

/**
 * An empty file to fill in for one entity: a CSV header row (UTF-8 with BOM, so Excel reads it
 * right), or a workbook with the data sheet (frozen header, notes, dropdowns for every codelist
 * and boolean column, date columns as text), a sheet per nested table (`facturen.regels`, with
 * the invoice's id in `factuurId`), an explanation sheet and a codelist sheet. The CSV template of
 * a nested table is its own (`zorghub template facturen.regels`).
 */
export async function writeTemplate(
  entity: EntityInfo,
  codelists: Readonly<Record<string, Codelist>>,
  options: TemplateOptions,
): Promise<Uint8Array> {
  const columns = tableColumns(entity, { headers: options.headers ?? 'nl' });
  const lang = options.lang ?? 'nl';
  if (options.format === 'csv')
    return new TextEncoder().encode(csvHeader(columns, { delimiter: options.delimiter ?? ';' }));
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zorghub';
  // the entity's sheet, then a sheet per nested table (the lines of an invoice: facturen.regels)
  const tables = [
    { entity, label: '', columns },
    ...nestedTables(entity).map((n) => ({
      entity: n.entity,
      label: `${n.name}: `,
      columns: tableColumns(n.entity, { headers: options.headers ?? 'nl' }),
    })),
  ];
  const sheets = tables.map((table) =>
    workbook.addWorksheet(table.entity.plural, { views: [{ state: 'frozen', ySplit: 1 }] }),
  );
  const help = workbook.addWorksheet(lang === 'nl' ? 'toelichting' : 'explanation');
  const lists = workbook.addWorksheet('codelijsten', { state: 'hidden' });
  const rows = options.rows ?? 10000;
  let listColumn = 0;
  tables.forEach((table, t) => {
    const sheet = sheets[t]!;
    const fields = table.columns.map((c) => c.field);
    const headers = table.columns.map((c) => c.header);
    const header = sheet.addRow(headers);
    header.font = { bold: true };
    fields.forEach((field, i) => {
      const letter = columnLetter(i);
      const column = sheet.getColumn(i + 1);
      column.width = Math.min(40, Math.max(12, headers[i]!.length + 2));
      const cell = sheet.getCell(`${letter}1`);
      const title = lang === 'nl' ? field.title.nl : field.title.en;
      const description = lang === 'nl' ? field.description.nl : field.description.en;
      cell.note = `${title}${field.required ? (lang === 'nl' ? ' (verplicht)' : ' (required)') : ''}\n${description}`;
      const range = `${letter}2:${letter}${rows + 1}`;
      const list = field.codelist ? codelists[field.codelist] : undefined;
      const validations = (
        sheet as unknown as { dataValidations: { add(range: string, dv: object): void } }
      ).dataValidations;
      if (list) {
        const listLetter = columnLetter(listColumn++);
        lists.getCell(`${listLetter}1`).value = list.name;
        const codes = list.codes.filter((c) => !c.deprecated);
        codes.forEach((code, r) => {
          lists.getCell(`${listLetter}${r + 2}`).value = code.code;
        });
        validations.add(range, {
          type: 'list' as const,
          allowBlank: !field.required,
          formulae: [`codelijsten!$${listLetter}$2:$${listLetter}$${codes.length + 1}`],
          showErrorMessage: !list.open,
          errorStyle: list.open ? ('warning' as const) : ('stop' as const),
          errorTitle: lang === 'nl' ? 'Onbekende code' : 'Unknown code',
          error:
            lang === 'nl'
              ? `Kies een code uit codelijst ${list.name}.`
              : `Choose a code from codelist ${list.name}.`,
        });
      } else if (field.type === 'boolean') {
        validations.add(range, {
          type: 'list',
          allowBlank: !field.required,
          formulae: ['"true,false"'],
        });
      }
      if (field.format === 'date' || field.format === 'date-time' || field.type === 'string')
        column.numFmt = '@'; // text: Excel must not turn dates or codes into numbers
    });
  });

  help.addRow(
    lang === 'nl'
      ? [
          'kolom',
          'Engelse naam',
          'titel',
          'type',
          'verplicht',
          'privacy',
          'codelijst',
          'omschrijving',
        ]
      : ['column', 'Dutch name', 'title', 'type', 'required', 'privacy', 'codelist', 'description'],
  ).font = { bold: true };
  for (const { field, label } of tables.flatMap((table) =>
    table.columns.map((c) => ({ field: c.field, label: table.label })),
  )) {
    help.addRow([
      `${label}${lang === 'nl' ? field.columnNl : field.columnEn}`,
      lang === 'nl' ? field.columnEn : field.columnNl,
      lang === 'nl' ? field.title.nl : field.title.en,
      `${field.type}${field.format ? ` (${field.format})` : ''}`,
      field.required ? (lang === 'nl' ? 'ja' : 'yes') : lang === 'nl' ? 'nee' : 'no',
      privacyText[lang][field.privacy] ?? field.privacy,
      field.codelist ?? '',
      lang === 'nl' ? field.description.nl : field.description.en,
    ]);
  }
  help.columns.forEach((c, i) => {
    c.width = i === 7 ? 80 : 20;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
