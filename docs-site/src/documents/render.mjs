// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Turns a document (a title and a list of blocks) into a DOCX file with real Word headings, so
// a policy officer can paste it into the municipality's own template and keep the outline.
// Runs in Node (scripts/generate.mjs writes static/downloads/) and in the browser (the
// calculator writes the proposals with the region's figures).
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/**
 * @typedef {{ h: 1 | 2 | 3, text: string }
 *   | { p: string, note?: boolean }
 *   | { list: string[] }
 *   | { table: string[][], header?: boolean }} Block
 * @typedef {{ title: string, subtitle?: string, lang: 'nl' | 'en', blocks: Block[] }} DocumentSpec
 */

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
};

/** "[in te vullen]" placeholders are shown in italics so they stand out. */
function runs(text) {
  return text
    .split(/(\[[^\]]+\])/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('[') ? new TextRun({ text: part, italics: true }) : new TextRun(part),
    );
}

function table(rows, header) {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '586C88' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: header && r === 0,
          children: row.map(
            (cell) =>
              new TableCell({
                borders: { top: border, bottom: border, left: border, right: border },
                children: [
                  new Paragraph({
                    children: [new TextRun({ text: cell, bold: header && r === 0 })],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/** @param {DocumentSpec} spec */
export function toDocx(spec) {
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(spec.title)] }),
  ];
  if (spec.subtitle) {
    children.push(
      new Paragraph({ children: [new TextRun({ text: spec.subtitle, italics: true })] }),
    );
  }
  for (const b of spec.blocks) {
    if ('h' in b)
      children.push(new Paragraph({ heading: HEADINGS[b.h], children: [new TextRun(b.text)] }));
    else if ('p' in b)
      children.push(new Paragraph({ children: runs(b.p), alignment: AlignmentType.LEFT }));
    else if ('list' in b) {
      for (const item of b.list)
        children.push(new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    } else if ('table' in b) {
      children.push(table(b.table, b.header !== false));
      children.push(new Paragraph(''));
    }
  }
  return new Document({
    creator: 'Zorghub-toolkit',
    title: spec.title,
    description: spec.subtitle ?? spec.title,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ children }],
  });
}

/** DOCX bytes in Node. */
export function docxBuffer(spec) {
  return Packer.toBuffer(toDocx(spec));
}

/** A Blob in the browser. */
export function docxBlob(spec) {
  return Packer.toBlob(toDocx(spec));
}
