// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What a file really is, from its first bytes: gzip is read through transparently; a workbook, a
 * ZIP archive, a PDF or other binary data under a text name is unusable input, said in one line
 * instead of pages of garbage.
 */
export type FileKind =
  | 'gzip'
  | 'xlsx'
  | 'ods'
  | 'zip'
  | 'pdf'
  | 'xls'
  | 'image'
  | 'binary'
  | 'text';

/** How many bytes of a file's start `kindOf` looks at. */
export const HEAD = 4096;

/** The kind of the bytes `head` (the first few KiB of a file). */
export function kindOf(head: Uint8Array): FileKind {
  const b = head;
  const starts = (...bytes: number[]) => bytes.every((x, i) => b[i] === x);
  if (starts(0x1f, 0x8b)) return 'gzip';
  if (starts(0x50, 0x4b) && (b[2] === 3 || b[2] === 5 || b[2] === 7)) {
    let text = '';
    for (let i = 0; i < head.length; i++) text += String.fromCharCode(head[i]!);
    if (text.includes('opendocument.spreadsheet')) return 'ods';
    if (text.includes('xl/') || text.includes('[Content_Types].xml')) return 'xlsx';
    return 'zip';
  }
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'xls';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46))
    return 'image';
  // UTF-16 holds NUL bytes in plain text; its byte-order mark says so
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return 'text';
  for (let i = 0; i < b.length; i++) if (b[i] === 0) return 'binary';
  return 'text';
}

/** How a kind is named to the user. */
export function kindName(kind: FileKind, lang: 'nl' | 'en'): string {
  const nl: Record<FileKind, string> = {
    gzip: 'een gzip-bestand',
    xlsx: 'een Excel-werkmap (XLSX)',
    ods: 'een OpenDocument-rekenblad (ODS)',
    zip: 'een ZIP-archief',
    pdf: 'een PDF-document',
    xls: 'een bestand in het oude Office-formaat (XLS of DOC)',
    image: 'een afbeelding',
    binary: 'binaire gegevens (geen tekst)',
    text: 'tekst',
  };
  const en: Record<FileKind, string> = {
    gzip: 'a gzip file',
    xlsx: 'an Excel workbook (XLSX)',
    ods: 'an OpenDocument spreadsheet (ODS)',
    zip: 'a ZIP archive',
    pdf: 'a PDF document',
    xls: 'a file in the old Office format (XLS or DOC)',
    image: 'an image',
    binary: 'binary data (not text)',
    text: 'text',
  };
  return (lang === 'nl' ? nl : en)[kind];
}
