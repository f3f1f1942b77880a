// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { BusinessCaseResult } from '../result-types.js';
import { chartSvg } from './chart-svg.js';
import { buildDocument } from './document.js';
import { fill, type Lang, template } from './format.js';
import { esc } from './svg.js';

/** One self-contained HTML file: inline CSS and SVG, no scripts, no external requests. */
export function renderHtml(result: BusinessCaseResult, options: { lang: Lang }): string {
  const lang = options.lang;
  const doc = buildDocument(result, lang);
  const out: string[] = [];
  let sectionOpen = false;
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        if (sectionOpen) out.push('</section>');
        out.push(`<section>\n<h2>${esc(b.text)}</h2>`);
        sectionOpen = true;
        break;
      case 'paragraph':
        out.push(`<p${out.length === 0 ? ' class="meta"' : ''}>${esc(b.text)}</p>`);
        break;
      case 'warning':
        out.push(
          `<p class="warning" role="note"><strong>${lang === 'nl' ? 'Let op' : 'Warning'}:</strong> ${esc(b.text)}</p>`,
        );
        break;
      case 'chart': {
        const svg = chartSvg(result, lang, b);
        out.push(`<figure>\n<figcaption>${esc(b.caption)}</figcaption>\n${svg}\n</figure>`);
        break;
      }
      case 'table': {
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
              const close = i === 0 ? 'th' : 'td';
              return `<${tag}${cls ? ` class="${cls}"` : ''}>${esc(c)}</${close}>`;
            });
            return `<tr>${cells.join('')}</tr>`;
          })
          .join('\n');
        out.push(
          `<div class="table-wrap"><table>${b.caption ? `<caption>${esc(b.caption)}</caption>` : ''}<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table></div>`,
        );
        break;
      }
    }
  }
  if (sectionOpen) out.push('</section>');
  return fill(
    template('report.html.tmpl'),
    {
      lang,
      title: esc(doc.title),
      scenarioName: esc(doc.scenarioName),
      css: template('report.css'),
      body: out.join('\n'),
      footer: esc(doc.footer),
    },
    true,
  );
}
