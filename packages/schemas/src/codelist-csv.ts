// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Reading codelist CSV files (`code,label_nl,label_en,description_nl,description_en,deprecated,replaced_by`).
 * Used by the generator and by the profile loader (Node side); not part of the browser-safe root.
 */
import { parse } from 'csv-parse/sync';
import type { Code } from './model.js';

/** A codelist file that cannot be used; the message names the file and line. */
export class CodelistError extends Error {
  override name = 'CodelistError';
}

export const CODELIST_HEADER = [
  'code',
  'label_nl',
  'label_en',
  'description_nl',
  'description_en',
  'deprecated',
  'replaced_by',
];

/** Parses one codelist CSV; throws CodelistError naming the file and line on bad input. */
export function parseCodelistCsv(
  text: string,
  file: string,
  options: { checkReplacements?: boolean } = {},
): Code[] {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: false,
      skip_empty_lines: true,
    });
  } catch (error) {
    throw new CodelistError(`${file}: not valid CSV (${(error as Error).message})`);
  }
  const header = rows[0];
  if (!header || header.join(',') !== CODELIST_HEADER.join(','))
    throw new CodelistError(
      `${file}, line 1: expected header "${CODELIST_HEADER.join(',')}", found "${(header ?? []).join(',')}"`,
    );
  const codes: Code[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    const [
      code = '',
      labelNl = '',
      labelEn = '',
      descNl = '',
      descEn = '',
      deprecated = '',
      replacedBy = '',
    ] = row;
    if (!/^[A-Za-z0-9][A-Za-z0-9/_.+-]*$/.test(code))
      throw new CodelistError(
        `${file}, line ${line}: code must be letters, digits and - _ . / +, found "${code}"`,
      );
    if (seen.has(code))
      throw new CodelistError(`${file}, line ${line}: code "${code}" appears twice`);
    seen.add(code);
    if (!labelNl || !labelEn)
      throw new CodelistError(
        `${file}, line ${line}: code "${code}" needs both label_nl and label_en`,
      );
    if (!['true', 'false', ''].includes(deprecated))
      throw new CodelistError(
        `${file}, line ${line}: deprecated must be true or false, found "${deprecated}"`,
      );
    codes.push({
      code,
      labelNl,
      labelEn,
      ...(descNl ? { descriptionNl: descNl } : {}),
      ...(descEn ? { descriptionEn: descEn } : {}),
      deprecated: deprecated === 'true',
      ...(replacedBy ? { replacedBy } : {}),
    });
  });
  for (const c of codes) {
    if (options.checkReplacements === false) break;
    if (c.replacedBy && !seen.has(c.replacedBy))
      throw new CodelistError(
        `${file}: code "${c.code}" is replaced by "${c.replacedBy}", which is not in the list`,
      );
  }
  return codes;
}

/** Parses a `-<codelist>.csv` removal file: a `code` column (other columns are ignored). */
export function parseRemovalCsv(text: string, file: string): string[] {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw new CodelistError(`${file}: not valid CSV (${(error as Error).message})`);
  }
  const header = rows[0] ?? [];
  const column = header.indexOf('code');
  if (column < 0)
    throw new CodelistError(
      `${file}, line 1: expected a header with a "code" column, found "${header.join(',')}"`,
    );
  return rows.slice(1).map((row, i) => {
    const code = (row[column] ?? '').trim();
    if (!code) throw new CodelistError(`${file}, line ${i + 2}: the code is empty`);
    return code;
  });
}
