// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The Delft scenario's outcomes in words, written at build time into a partial that the Delft
// practice page includes: the figures on that page are the model's, never typed by hand.
import { figureBlocks } from '../../src/documents/figures.mjs';
import { escapeMdx } from './changes.mjs';

const INTRO = {
  nl: 'Doorgerekend bij het bouwen van deze gids, met de rekenkern van de toolkit:',
  en: 'Computed when this guide was built, with the toolkit’s engine:',
};

function cell(text) {
  return escapeMdx(text).replace(/\|/g, '\\|');
}

/** Markdown for a partial (`_delft-uitkomsten.md`) from a BusinessCaseResult. */
export function outcomesPartial(result, lang) {
  const out = [INTRO[lang], ''];
  for (const b of figureBlocks(result, lang)) {
    if ('p' in b) out.push(escapeMdx(b.p), '');
    else if ('table' in b) {
      const [head, ...rows] = b.table;
      out.push(`| ${head.map(cell).join(' | ')} |`);
      out.push(`| ${head.map(() => '---').join(' | ')} |`);
      for (const r of rows) out.push(`| ${r.map(cell).join(' | ')} |`);
      out.push('');
    }
  }
  return `${out.join('\n').trim()}\n`;
}
