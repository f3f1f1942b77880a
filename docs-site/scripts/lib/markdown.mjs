// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Small helpers to write Markdown that is also safe MDX (Docusaurus parses .md as MDX).

/** Escape text for a Markdown paragraph or table cell: MDX braces/angle brackets, pipes, newlines. */
export function text(value) {
  if (value === undefined || value === null) return '';
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/[{}<>]/g, (c) => `\\${c}`)
    .replace(/\|/g, '\\|')
    .replace(/\r?\n+/g, ' ')
    .trim();
}

/** Inline code; backticks inside are replaced so the span cannot break. */
export function code(value) {
  return '`' + String(value).replace(/`/g, "'") + '`';
}

/** A Markdown table with a class so wide tables scroll (see custom.css). */
export function table(headers, rows) {
  if (rows.length === 0) return '';
  const head = `| ${headers.join(' | ')} |`;
  const sep = `| ${headers.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${row.map((cell) => cell || ' ').join(' | ')} |`);
  return [head, sep, ...body].join('\n');
}

/** YAML front matter from a flat object of strings/numbers (values JSON-quoted). */
export function frontMatter(fields) {
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(
      ([k, v]) =>
        `${k}: ${typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(String(v))}`,
    );
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A slug usable as a heading id and file name. */
export function slug(value) {
  return String(value)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const GENERATED_NOTE = {
  nl: 'Deze pagina is gegenereerd; wijzig de bron, niet deze pagina.',
  en: 'This page is generated; change the source, not this page.',
};
