// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cell } from './docs.js';
import { buildOutputs } from './outputs.js';

const { files } = await buildOutputs();
const pages = [...files.entries()].filter(
  ([path]) => path.startsWith('generated/docs/') && path.endsWith('.md'),
);

/** Text outside inline code and fenced code blocks, where MDX would interpret < and {. */
function outsideCode(body: string): string {
  return body.replace(/```[\s\S]*?```/g, '').replace(/``[^`]*``|`[^`]*`/g, '');
}

describe('reference pages for the guide', () => {
  it('exist in Dutch and English with the same file names', () => {
    const nl = pages.filter(([p]) => p.startsWith('generated/docs/nl/')).map(([p]) => p.slice(18));
    const en = pages.filter(([p]) => p.startsWith('generated/docs/en/')).map(([p]) => p.slice(18));
    expect(nl.length).toBeGreaterThan(30);
    expect(en).toEqual(nl);
    expect(nl).toContain('index.md');
    expect(nl).toContain('bezoek.md');
    expect(nl).toContain('codelijsten/bezoekstatus.md');
  });

  it.each(pages)('%s has valid front matter, safe MDX and working links', (path, content) => {
    const match = /^---\n([\s\S]*?)\n---\n/.exec(content);
    expect(match, 'front matter').not.toBeNull();
    const front = parseYaml(match![1]!) as Record<string, unknown>;
    expect(typeof front.title).toBe('string');
    expect(typeof front.sidebar_label).toBe('string');
    expect(typeof front.sidebar_position).toBe('number');
    expect(typeof front.description).toBe('string');
    const body = content.slice(match![0].length);
    // Every table has a named header for each column (screen readers announce them).
    for (const [, header] of body.matchAll(/(?:^|\n)(\|.*\|)\n\| --- /g))
      for (const cellText of header!.split(/(?<!\\)\|/).slice(1, -1))
        expect(cellText.trim(), `${path}: blank header in ${header}`).not.toBe('');
    expect(outsideCode(body)).not.toMatch(/[<{}]/);
    const dir = path.split('/').slice(0, -1);
    for (const [, link] of body.matchAll(/\]\((\.[^)]+)\)/g)) {
      const parts = [...dir];
      for (const part of link!.split('/')) {
        if (part === '..') parts.pop();
        else if (part !== '.') parts.push(part);
      }
      expect(files.has(parts.join('/')), `${path} links to ${link}`).toBe(true);
    }
  });

  it('document every field of an entity with its privacy class and codelist link', () => {
    const page = files.get('generated/docs/en/bezoek.md')!;
    expect(page).toMatch(
      /\| `geplandStartOp` \| `plannedStartAt` \| Planned start \|.*\| string \(format date-time\) \| yes \| pseudonymous \|/,
    );
    expect(page).toMatch(
      /\| `status` \|.*codelist \[bezoekstatus\]\(\.\/codelijsten\/bezoekstatus\.md\)/,
    );
    const signal = files.get('generated/docs/nl/signaal.md')!;
    expect(signal).toMatch(/\| `omschrijving` \|.*\| special \|/);
  });

  it('escapes table cells so that they stay one cell and valid MDX', () => {
    expect(cell('a | b <c> {d}\nnext')).toBe('a \\| b &lt;c&gt; &#123;d&#125; next');
  });
});
