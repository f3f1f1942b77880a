// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// exceljs's browser build has no type declarations of its own; browser-xlsx.ts says what it uses.
declare module 'exceljs/dist/exceljs.bare.min.js' {
  const ExcelJS: unknown;
  export default ExcelJS;
}
