// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { BusinessCaseResult } from '../result-types.js';
import { buildDocument } from './document.js';
import { fill, type Lang, template } from './format.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(result: BusinessCaseResult, options: { lang: Lang }): string {
  const doc = buildDocument(result, options.lang);
  const out: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`## ${b.text}`);
        break;
      case 'paragraph':
        out.push(b.text);
        break;
      case 'warning':
        out.push(`> **${options.lang === 'nl' ? 'Let op' : 'Warning'}:** ${b.text}`);
        break;
      case 'chart':
        out.push(
          options.lang === 'nl'
            ? `_Grafiek „${b.caption}”: zie het HTML-rapport._`
            : `_Chart “${b.caption}”: see the HTML report._`,
        );
        break;
      case 'table': {
        const lines: string[] = [];
        if (b.caption) lines.push(`**${b.caption}**`, '');
        lines.push(`| ${b.head.map(cell).join(' | ')} |`);
        lines.push(`| ${b.numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`);
        for (const row of b.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
        out.push(lines.join('\n'));
        break;
      }
    }
  }
  return fill(
    template('report.md.tmpl'),
    {
      title: doc.title,
      scenarioName: doc.scenarioName,
      body: out.join('\n\n'),
      footer: doc.footer,
    },
    true,
  );
}
