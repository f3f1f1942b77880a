// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The council document (`--format docx`): "Maatschappelijke businesscase Zorghub <regio>", a
 * one-page summary in plain words, then the report's own blocks (tables, warnings, the inputs with
 * their sources) in a landscape section so that wide tables fit. The charts are the HTML report's
 * SVG charts as PNG images with alt text, when a rasterizer is given (the Node entry gives one);
 * without it the document names each chart where it stands. Built with the `docx` library.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { monitorBlocks, monitorTitle } from '../monitor/document.js';
import { seriesTable } from '../monitor/render.js';
import type { MonitorResult } from '../monitor/types.js';
import type { BusinessCaseResult } from '../result-types.js';
import type { Block } from './blocks.js';
import { type ChartBlock, chartDescription, chartSize, chartSvg } from './chart-svg.js';
import { councilSummary } from './council-summary.js';
import { buildDocument } from './document.js';
import type { Lang } from './format.js';

const FONT = 'Calibri';

function table(b: Extract<Block, { kind: 'table' }>): Array<Paragraph | Table> {
  const cell = (text: string, numeric: boolean, head: boolean, negative = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [
            new TextRun({
              text,
              bold: head,
              size: 16,
              font: FONT,
              ...(negative ? { color: 'B5402A' } : {}),
            }),
          ],
        }),
      ],
    });
  const out: Array<Paragraph | Table> = [];
  if (b.caption)
    out.push(
      new Paragraph({ children: [new TextRun({ text: b.caption, italics: true, font: FONT })] }),
    );
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: b.head.map((h, i) => cell(h, b.numeric[i] ?? false, true)),
        }),
        ...b.rows.map(
          (row, r) =>
            new TableRow({
              children: row.map((c, i) =>
                cell(c, b.numeric[i] ?? false, false, b.negative?.[r]?.[i]),
              ),
            }),
        ),
      ],
    }),
  );
  out.push(new Paragraph({ children: [] }));
  return out;
}

/** What a chart needs: the result it draws, and a rasterizer to turn its SVG into a PNG. */
interface ChartContext {
  result?: BusinessCaseResult;
  rasterize?: Rasterize;
}

/**
 * Turns a chart's SVG into PNG bytes at the given scale (2 for print). Passed in, so that this
 * module stays free of native code; `@zorghub/business-case/node` passes one built on resvg.
 */
export type Rasterize = (svg: string, scale: number) => Uint8Array;

/** Widest a chart may be on the landscape page, in pixels at 96 dpi (A4 less the margins). */
const MAX_CHART_WIDTH = 900;

/** A chart as a PNG image with its caption and its description as alt text, or a pointer to the HTML report. */
function chart(b: ChartBlock, lang: Lang, context: ChartContext): Paragraph[] {
  const { result, rasterize } = context;
  if (!result || !rasterize)
    return [
      new Paragraph({
        children: [
          new TextRun({
            text:
              lang === 'nl'
                ? `Grafiek „${b.caption}”: zie het HTML-rapport.`
                : `Chart “${b.caption}”: see the HTML report.`,
            italics: true,
            font: FONT,
          }),
        ],
      }),
    ];
  const svg = chartSvg(result, lang, b);
  const size = chartSize(svg);
  const scale = Math.min(1, MAX_CHART_WIDTH / size.width);
  return [
    new Paragraph({
      keepNext: true,
      children: [new TextRun({ text: b.caption, italics: true, font: FONT })],
    }),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: rasterize(svg, 2),
          transformation: {
            width: Math.round(size.width * scale),
            height: Math.round(size.height * scale),
          },
          altText: { name: b.chart, title: b.caption, description: chartDescription(svg) },
        }),
      ],
    }),
  ];
}

function blocksToDocx(
  blocks: Block[],
  lang: Lang,
  context: ChartContext = {},
): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const b of blocks) {
    if (b.kind === 'heading')
      out.push(new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 }));
    else if (b.kind === 'paragraph')
      out.push(new Paragraph({ children: [new TextRun({ text: b.text, font: FONT })] }));
    else if (b.kind === 'warning')
      out.push(
        new Paragraph({
          children: [
            new TextRun({
              text: `${lang === 'nl' ? 'Let op' : 'Warning'}: `,
              bold: true,
              font: FONT,
            }),
            new TextRun({ text: b.text, font: FONT }),
          ],
        }),
      );
    else if (b.kind === 'chart') out.push(...chart(b, lang, context));
    else out.push(...table(b));
  }
  return out;
}

/** The council document as DOCX bytes. */
export async function renderDocx(
  result: BusinessCaseResult,
  /** `monitoring`: adds a section with plan against actual (zorghub monitor). */
  options: { lang: Lang; monitoring?: MonitorResult; rasterize?: Rasterize },
): Promise<Uint8Array> {
  const { lang, monitoring, rasterize } = options;
  const monitoringSection = monitoring
    ? [
        {
          properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
          children: [
            new Paragraph({
              text: monitorTitle(monitoring, lang),
              heading: HeadingLevel.HEADING_1,
            }),
            ...blocksToDocx(
              monitorBlocks(monitoring, lang).map((b) =>
                b.kind === 'series' ? seriesTable(monitoring, b.cohort, lang, b.caption) : b,
              ),
              lang,
            ),
          ],
        },
      ]
    : [];
  const summary = councilSummary(result, lang);
  const report = buildDocument(result, lang);
  const summaryChildren: Paragraph[] = [
    new Paragraph({ text: summary.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({
          text: lang === 'nl' ? 'Samenvatting voor de raad' : 'Summary for the council',
          bold: true,
          font: FONT,
        }),
      ],
    }),
    ...summary.paragraphs.flatMap((p) => [
      new Paragraph({ text: p.heading, heading: HeadingLevel.HEADING_3 }),
      new Paragraph({ children: [new TextRun({ text: p.text, font: FONT, size: 21 })] }),
    ]),
  ];
  const doc = new Document({
    creator: 'Zorghub toolkit',
    title: summary.title,
    description: report.scenarioName,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      { children: summaryChildren },
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({
            text: `${report.title}: ${report.scenarioName}`,
            heading: HeadingLevel.HEADING_1,
          }),
          ...blocksToDocx(report.blocks, lang, { result, rasterize }),
          new Paragraph({
            children: [new TextRun({ text: report.footer, italics: true, font: FONT })],
          }),
        ],
      },
      ...monitoringSection,
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer);
}
