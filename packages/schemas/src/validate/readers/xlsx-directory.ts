// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The sheets of a workbook, read through the zip's central directory.
 *
 * exceljs's streaming `WorkbookReader` reads the zip in one forward pass and pauses the entry stream
 * between entries; under load unzipper then drops entries it had not yet delivered (exceljs issue
 * #3064). The entry most often lost is `xl/workbook.xml`, which exceljs itself writes last, and the
 * read fails with "Cannot read properties of undefined (reading 'sheets')"; a dropped worksheet or
 * chunk would lose rows without a word. Here the reader's own parsers get each part from the
 * central directory instead, in the order they depend on each other (relationships, workbook,
 * shared strings, styles), and then every worksheet in the workbook's order, still row by row.
 */

import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';

interface ZipFile {
  path: string;
  stream(): Readable;
}

interface Unzipper {
  Open: { file(path: string): Promise<{ files: ZipFile[] }> };
}

interface WorkbookModel {
  sheets?: Array<{ id: number; name: string; rId: string; state?: string }>;
}

/** The parts of exceljs's reader that are used here (not in its type declarations). */
interface WorkbookReaderInternals {
  model?: WorkbookModel;
  workbookRels?: Array<{ Id: string; Target: string }>;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    iterator: AsyncIterable<unknown>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: WorksheetReaderLike }>;
}

interface WorksheetReaderLike {
  id: number | string;
  name: string;
  index?: number;
  state?: string;
}

type ReaderConstructor = new (
  input: string,
  options: Record<string, string>,
) => WorkbookReaderInternals;

/** unzipper as exceljs resolves it, so both always agree on the version. */
function loadUnzipper(): Unzipper {
  const fromExcelJs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
  return fromExcelJs('unzipper') as Unzipper;
}

/** `xl/worksheets/sheet1.xml` for a relationship target, relative to `xl/` or absolute. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/**
 * The sheets of the workbook at `path`, row by row, in the workbook's order except that sheets
 * for which `first` says so come first (nested tables, read before their parents). Each sheet
 * carries `index`, its place in the workbook.
 */
export async function* workbookSheets<Sheet>(
  path: string,
  WorkbookReader: unknown,
  options: Record<string, string>,
  first?: (name: string) => boolean,
): AsyncGenerator<Sheet> {
  const directory = await loadUnzipper().Open.file(path);
  const parts = new Map(directory.files.map((file) => [file.path.replace(/^\//, ''), file]));
  const reader = new (WorkbookReader as ReaderConstructor)(path, options);
  const part = (name: string) => parts.get(name)?.stream();

  const rels = part('xl/_rels/workbook.xml.rels');
  if (rels) await reader._parseRels(rels);
  const workbook = part('xl/workbook.xml');
  if (!workbook) throw new Error('xl/workbook.xml ontbreekt / is missing');
  await reader._parseWorkbook(workbook);
  const sharedStrings = part('xl/sharedStrings.xml');
  if (sharedStrings) for await (const _ of reader._parseSharedStrings(sharedStrings));
  const styles = part('xl/styles.xml');
  if (styles) await reader._parseStyles(styles);

  const listed = (reader.model?.sheets ?? []).map((sheet, index) => ({ sheet, index }));
  const early = first ? listed.filter((s) => first(s.sheet.name)) : [];
  const ordered = [...early, ...listed.filter((s) => !early.includes(s))];
  for (const { sheet, index } of ordered) {
    const rel = reader.workbookRels?.find((r) => r.Id === sheet.rId);
    const file = rel ? parts.get(partPath(rel.Target)) : undefined;
    if (!file) throw new Error(`sheet "${sheet.name}": its part is missing / ontbreekt`);
    const sheetNo = /(\d+)\.xml$/.exec(file.path)?.[1] ?? String(sheet.id);
    for (const { eventType, value } of reader._parseWorksheet(file.stream(), sheetNo)) {
      if (eventType !== 'worksheet') continue;
      value.id = sheet.id;
      value.name = sheet.name;
      value.index = index;
      if (sheet.state !== undefined) value.state = sheet.state;
      yield value as unknown as Sheet;
    }
  }
}
