// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// "Wat is nieuw": the changesets not yet released (`.changeset/*.md`) and the released entries
// of each package's CHANGELOG.md, written as one page per locale. Changesets are written in
// English (the project's language for code and commits); the Dutch page says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

const TEXT = {
  nl: {
    title: 'Wat is nieuw',
    description:
      'Wijzigingen in de toolkit: wat nog komt in de volgende versie en wat er is uitgebracht.',
    intro:
      'Deze pagina wordt bij elke bouw van de gids gemaakt uit de wijzigingsbestanden (changesets) van de toolkit. De beschrijvingen zijn in het Engels, de taal waarin de ontwikkelaars van de toolkit werken.',
    pending: 'In de volgende versie',
    released: 'Uitgebracht',
    none: 'Er staan nu geen wijzigingen klaar.',
    kinds: { major: 'grote wijziging', minor: 'nieuwe functie', patch: 'verbetering' },
  },
  en: {
    title: "What's new",
    description:
      'Changes to the toolkit: what comes in the next version and what has been released.',
    intro: "This page is made from the toolkit's changesets each time the guide is built.",
    pending: 'In the next version',
    released: 'Released',
    none: 'No changes are waiting right now.',
    kinds: { major: 'major change', minor: 'new feature', patch: 'improvement' },
  },
};

/** Parses a changeset: front matter of `"package": bump` lines, then the summary. */
export function parseChangeset(text, file) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) {
    throw Object.assign(
      new Error(`${file}: expected a changeset (front matter between --- lines, then a summary).`),
      { userFacing: true },
    );
  }
  const packages = [];
  for (const line of match[1].split(/\r?\n/)) {
    const m = /^\s*"?([^":]+)"?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (m) packages.push({ name: m[1], bump: m[2] });
  }
  return { packages, summary: match[2].trim() };
}

export function loadChanges() {
  const dir = join(root, '.changeset');
  const pending = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md') && f !== 'README.md')
        .sort()
        .map((f) => ({
          id: f.replace(/\.md$/, ''),
          ...parseChangeset(readFileSync(join(dir, f), 'utf8'), `.changeset/${f}`),
        }))
    : [];
  const released = [];
  for (const parent of ['packages', 'templates']) {
    const base = join(root, parent);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      const log = join(base, name, 'CHANGELOG.md');
      if (existsSync(log))
        released.push({ dir: `${parent}/${name}`, text: readFileSync(log, 'utf8') });
    }
  }
  return { pending, released };
}

/** Markdown headings in a changelog move down two levels so they sit under this page's h2. */
function demote(text) {
  return text.replace(/^(#{1,4}) /gm, (_, h) => `${'#'.repeat(Math.min(h.length + 2, 6))} `);
}

/** MDX would read `{` and `<` outside code as JSX; the summaries are plain text. */
export function escapeMdx(text) {
  return text
    .split('`')
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/[{}]/g, (c) => `\\${c}`).replace(/</g, '&lt;'),
    )
    .join('`');
}

export function changesPage({ pending, released }, lang) {
  const t = TEXT[lang];
  const out = [
    '---',
    `title: ${JSON.stringify(t.title)}`,
    `description: ${JSON.stringify(t.description)}`,
    'sidebar_position: 14',
    '---',
    '',
    t.intro,
    '',
    `## ${t.pending}`,
    '',
  ];
  if (pending.length === 0) out.push(t.none, '');
  for (const c of pending) {
    const who = c.packages.map((p) => `\`${p.name}\` (${t.kinds[p.bump]})`).join(', ');
    out.push(`- **${who}**: ${escapeMdx(c.summary.replace(/\r?\n/g, ' '))}`);
  }
  out.push('');
  if (released.length > 0) {
    out.push(`## ${t.released}`, '');
    for (const r of released)
      out.push(escapeMdx(demote(r.text.replace(/^# .*\r?\n/, `### \`${r.dir}\`\n`))), '');
  }
  return `${out.join('\n').trim()}\n`;
}
