// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The monitoring report as Markdown, self-contained HTML (inline CSS and SVG) and JSON. */
import type { Block } from '../render/blocks.js';
import { Formatter, fill, type Lang, template } from '../render/format.js';
import { esc } from '../render/svg.js';
import { planActualChart } from './chart.js';
import { type MonitorBlock, monitorBlocks, monitorTitle } from './document.js';
import type { MonitorResult } from './types.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function footer(result: MonitorResult, lang: Lang): string {
  return lang === 'nl'
    ? `Gemaakt met zorghub monitor (monitorSchemaVersion ${result.monitorSchemaVersion}); de cijfers komen uit de eigen registratie van de hub tot ${result.actuals.asOf}.`
    : `Made with zorghub monitor (monitorSchemaVersion ${result.monitorSchemaVersion}); the figures come from the hub's own records to ${result.actuals.asOf}.`;
}

/** A cohort's chart as a table of months (Markdown and the council document cannot draw). */
export function seriesTable(
  result: MonitorResult,
  cohort: string,
  lang: Lang,
  caption: string,
): Extract<Block, { kind: 'table' }> {
  const f = new Formatter(lang, result.scenario.currency);
  const s = result.series.find((x) => x.scenarioCohort === cohort);
  const r1 = (x: number) => f.number(Math.round(x * 10) / 10);
  return {
    kind: 'table',
    caption,
    head:
      lang === 'nl'
        ? [
            'Maand',
            'Gepland aan het werk',
            'Werkelijk aan het werk',
            'Gepland uitgestroomd',
            'Werkelijk uitgestroomd',
          ]
        : ['Month', 'Planned at work', 'Actually at work', 'Planned leavers', 'Actual leavers'],
    numeric: [false, true, true, true, true],
    rows: (s?.periods ?? []).map((p) => [
      p.period,
      r1(p.plannedAtWork),
      r1(p.actualAtWork),
      r1(p.plannedLeavers),
      r1(p.actualLeavers),
    ]),
  };
}

export function monitorMarkdown(result: MonitorResult, options: { lang: Lang }): string {
  const { lang } = options;
  const out: string[] = [`# ${monitorTitle(result, lang)}`];
  const table = (b: Extract<Block, { kind: 'table' }>) => {
    const lines: string[] = [];
    if (b.caption) lines.push(`**${b.caption}**`, '');
    lines.push(`| ${b.head.map(cell).join(' | ')} |`);
    lines.push(`| ${b.numeric.map((x) => (x ? '---:' : '---')).join(' | ')} |`);
    for (const row of b.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    return lines.join('\n');
  };
  for (const b of monitorBlocks(result, lang)) {
    if (b.kind === 'heading') out.push(`## ${b.text}`);
    else if (b.kind === 'paragraph') out.push(b.text);
    else if (b.kind === 'warning')
      out.push(`> **${lang === 'nl' ? 'Let op' : 'Warning'}:** ${b.text}`);
    else if (b.kind === 'table') out.push(table(b));
    else if (b.kind === 'series') out.push(table(seriesTable(result, b.cohort, lang, b.caption)));
  }
  out.push(`---\n_${footer(result, lang)}_`);
  return `${out.join('\n\n')}\n`;
}

function htmlTable(b: Extract<Block, { kind: 'table' }>): string {
  const head = b.head
    .map((h, i) => `<th scope="col"${b.numeric[i] ? ' class="num"' : ''}>${esc(h)}</th>`)
    .join('');
  const rows = b.rows
    .map((row, r) => {
      const cells = row.map((c, i) => {
        const cls = [b.numeric[i] ? 'num' : '', b.negative?.[r]?.[i] ? 'neg' : '']
          .filter(Boolean)
          .join(' ');
        const tag = i === 0 ? 'th scope="row"' : 'td';
        return `<${tag}${cls ? ` class="${cls}"` : ''}>${esc(c)}</${i === 0 ? 'th' : 'td'}>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table>${b.caption ? `<caption>${esc(b.caption)}</caption>` : ''}<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table></div>`;
}

/** The blocks as HTML (also used for the monitoring section of the business-case report). */
export function monitorHtmlBody(
  result: MonitorResult,
  lang: Lang,
  blocks: MonitorBlock[] = monitorBlocks(result, lang),
): string {
  const out: string[] = [];
  let open = false;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (open) out.push('</section>');
      out.push(`<section>\n<h2>${esc(b.text)}</h2>`);
      open = true;
    } else if (b.kind === 'paragraph') out.push(`<p>${esc(b.text)}</p>`);
    else if (b.kind === 'warning')
      out.push(
        `<p class="warning" role="note"><strong>${lang === 'nl' ? 'Let op' : 'Warning'}:</strong> ${esc(b.text)}</p>`,
      );
    else if (b.kind === 'table') out.push(htmlTable(b));
    else if (b.kind === 'series') {
      const s = result.series.find((x) => x.scenarioCohort === b.cohort);
      if (s)
        out.push(
          `<figure>\n<figcaption>${esc(b.caption)}</figcaption>\n${planActualChart(s, lang, b.caption)}\n</figure>`,
        );
    }
  }
  if (open) out.push('</section>');
  return out.join('\n');
}

export function monitorHtml(result: MonitorResult, options: { lang: Lang }): string {
  const { lang } = options;
  return fill(
    template('report.html.tmpl'),
    {
      lang,
      title: esc(monitorTitle(result, lang)),
      scenarioName: esc(result.scenario.name),
      css: template('report.css'),
      body: monitorHtmlBody(result, lang),
      footer: esc(footer(result, lang)),
    },
    true,
  );
}

/** The result as JSON, valid against `schema/monitor-result.schema.json`. */
export function monitorJson(result: MonitorResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
