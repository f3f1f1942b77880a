// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// exceljs is an optional peer dependency: a server that never reads or writes XLSX (the reference
// API) does not install its ~190 packages. Everything that needs it loads it through here.

type ExcelJs = typeof import('exceljs');

export async function loadExcelJs(): Promise<ExcelJs> {
  try {
    // exceljs is CommonJS: its module.exports is the default export.
    return ((await import('exceljs')) as unknown as { default: ExcelJs }).default;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      throw new Error(
        'XLSX needs the exceljs package, which @zorghub/schemas leaves optional so that servers stay lean; install it next to @zorghub/schemas (npm install exceljs) or use CSV, JSON or NDJSON',
      );
    throw error;
  }
}
