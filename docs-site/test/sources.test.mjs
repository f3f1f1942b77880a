// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Every factual claim on a policy page links to its source. The rule, per block (a paragraph,
// a list item or a table body row) of each policy page, nl and en, read with the same Markdown
// + MDX parser family Docusaurus uses:
//   a block needs a source marker <Bron id="..." /> when its text contains
//   (a) a figure: any digit, after leaving out headings, front matter, code, the targets and
//       texts of links inside the guide, step references ("stap 2", "step 2") and the tokens of
//       ALLOWED below; or
//   (b) a named subject of the sources (an organisation, place, programme or law in SUBJECTS):
//       naming one marks the sentence as a fact about it.
// Every marker's id must be in src/data/bronnen.json, every source there must be cited, its
// gebruiktOp must list exactly the pages that cite it, and each English page cites the same
// sources as its Dutch twin. No build needed: this reads the Markdown sources.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { site } from './helpers.mjs';

const DIRS = {
  nl: join(site, 'docs'),
  en: join(site, 'i18n/en/docusaurus-plugin-content-docs/current'),
};

/** Not policy pages, with the reason. */
const NOT_POLICY = [
  [/^api\//, 'API reference: technical, owned with the API'],
  [/^standaard\//, 'data-standard reference: technical'],
  [/^ontwikkelaars\.md$/, 'developer set-up page: commands, versions and CLI defaults'],
  [/^bronnen\.md$/, 'the sources register itself'],
  [/^wat-is-nieuw\.md$/, 'generated from the changesets'],
  [/(^|\/)_[^/]+\.mdx?$/, 'partials generated from the model; the including page cites the model'],
];

/** Digit tokens that are not figures from a source, with the reason. Keep this short. */
const ALLOWED = [
  [/\b112\b/g, 'the Dutch emergency number, an instruction in the signal protocol'],
  [/\bEUPL-1\.2\b/g, 'the name of the licence'],
  [/\bP(5|50|95)\b/g, 'names of percentiles (P5, P50, P95), not values'],
];

/** Names that mark a sentence as a fact from a source (case-sensitive, whole words). */
const SUBJECTS = [
  'Werkse!',
  'Start Foundation',
  'Cedris',
  'Werkinnovatie',
  'BHAG',
  'Ecorys',
  'Programmaraad',
  'Delft',
  'Delftse',
  'Drechtsteden',
  'Baanbrekend',
  'Yulius',
  'Randstad',
  'VGZ',
  'Apeldoorn',
  'Stimenz',
  'In voor zorg',
  'Vilans',
  'Sociaal Hospitaal',
  'Den Haag',
  'The Hague',
  'CZ',
  'Berenschot',
  'Divosa',
  'GMCA',
  'Werkgroep discontovoet',
  'Kostenhandleiding',
  'Zorginstituut',
  'CPB',
  'SCP',
  'SEO',
  'HM Treasury',
  'Green Book',
  'UWV',
  'Participatiewet',
  'Participation Act',
  'AVG',
  'GDPR',
  'Autoriteit Persoonsgegevens',
  'Dutch Data Protection Authority',
  'WCAG',
];
const SUBJECT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${SUBJECTS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
const STEP_RE = /\b(stap|stappen|step|steps)\s+\d+((\s*(,|en|tot en met|and|to|-|–)\s*\d+)*)/gi;

const registry = JSON.parse(readFileSync(join(site, 'src/data/bronnen.json'), 'utf8'));
const knownIds = new Set(registry.bronnen.map((b) => b.id));

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx);

function policyPages(lang) {
  return readdirSync(DIRS[lang], { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => relative(DIRS[lang], join(e.parentPath ?? e.path, e.name)).replaceAll('\\', '/'))
    .filter((file) => !NOT_POLICY.some(([re]) => re.test(file)))
    .sort();
}

const docId = (file) => file.replace(/\.mdx?$/, '');
const isInternal = (url) => !/^[a-z]+:/i.test(url) || url.startsWith('pathname:');

/** Text of a node for the checks, and the <Bron> ids in it. */
function inspect(node, out = { text: '', ids: [] }) {
  switch (node.type) {
    case 'text':
      out.text += node.value;
      break;
    case 'inlineCode':
    case 'code':
    case 'html':
      out.text += ' ';
      break;
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement':
      if (node.name === 'Bron') {
        const id = node.attributes.find((a) => a.name === 'id')?.value;
        out.ids.push(typeof id === 'string' ? id : String(id?.value ?? ''));
      }
      out.text += ' ';
      break;
    case 'link':
      if (isInternal(node.url)) {
        out.text += ' ';
        break;
      }
      for (const child of node.children ?? []) inspect(child, out);
      break;
    case 'list':
      // A nested list's items are blocks of their own.
      break;
    default:
      for (const child of node.children ?? []) inspect(child, out);
  }
  return out;
}

/** The blocks of a page: paragraphs, list items and table body rows, with their line. */
function blocks(tree) {
  const found = [];
  const walk = (node, inItem) => {
    if (node.type === 'heading' || node.type === 'yaml' || node.type === 'code') return;
    if (node.type === 'table') {
      for (const row of node.children.slice(1)) found.push(row);
      return;
    }
    if (node.type === 'listItem') {
      found.push(node);
      for (const child of node.children) if (child.type === 'list') walk(child, true);
      return;
    }
    if (node.type === 'paragraph' && !inItem) {
      found.push(node);
      return;
    }
    for (const child of node.children ?? []) walk(child, inItem);
  };
  walk(tree, false);
  return found;
}

function needsSource(text) {
  let rest = text.replace(STEP_RE, ' ');
  for (const [re] of ALLOWED) rest = rest.replace(re, ' ');
  const figure = rest.match(/\d[\d.,]*/)?.[0];
  if (figure) return `figure "${figure}"`;
  const subject = rest.match(SUBJECT_RE)?.[1];
  if (subject) return `names "${subject}"`;
  return null;
}

function readPage(lang, file) {
  const source = readFileSync(join(DIRS[lang], file), 'utf8');
  const tree = parser.parse(source);
  const all = [];
  const unsourced = [];
  const collectAll = (node) => {
    if (
      (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
      node.name === 'Bron'
    ) {
      all.push({ id: inspect(node).ids[0], line: node.position.start.line });
    }
    for (const child of node.children ?? []) collectAll(child);
  };
  collectAll(tree);
  const found = blocks(tree).map((node) => {
    const { text, ids } = inspect(node);
    const block = { line: node.position.start.line, text: text.replace(/\s+/g, ' ').trim(), ids };
    const why = needsSource(text);
    if (why && ids.length === 0) unsourced.push({ ...block, why });
    return block;
  });
  return { all, blocks: found, unsourced };
}

const pages = Object.fromEntries(
  ['nl', 'en'].map((lang) => [
    lang,
    Object.fromEntries(policyPages(lang).map((file) => [file, readPage(lang, file)])),
  ]),
);
const where = (lang, file, line) =>
  `${lang === 'nl' ? 'docs' : 'i18n/en/docusaurus-plugin-content-docs/current'}/${file}:${line}`;

test('there are policy pages in both languages, the same files', () => {
  assert.ok(Object.keys(pages.nl).length >= 20, `policy pages: ${Object.keys(pages.nl).length}`);
  assert.deepEqual(Object.keys(pages.en), Object.keys(pages.nl));
});

for (const lang of ['nl', 'en']) {
  test(`(${lang}) every block with a figure or a named subject has a source marker`, () => {
    const problems = Object.entries(pages[lang]).flatMap(([file, page]) =>
      page.unsourced.map(
        (b) =>
          `${where(lang, file, b.line)}: ${b.why} without <Bron id="..." /> in the same block: "${b.text.slice(0, 90)}"`,
      ),
    );
    if (problems.length > 0)
      assert.fail(
        `${problems.length} blocks state a fact without a source. Add <Bron id="..." /> (ids in docs-site/src/data/bronnen.json) after the fact, or rephrase:\n${problems.join('\n')}`,
      );
  });

  test(`(${lang}) every source marker points to a known source`, () => {
    const problems = Object.entries(pages[lang]).flatMap(([file, page]) =>
      page.all
        .filter((m) => !knownIds.has(m.id))
        .map(
          (m) =>
            `${where(lang, file, m.line)}: <Bron id="${m.id}" /> is not in docs-site/src/data/bronnen.json`,
        ),
    );
    assert.deepEqual(problems, []);
  });
}

test('each English page cites the same sources as its Dutch twin', () => {
  const problems = [];
  for (const file of Object.keys(pages.nl)) {
    const nl = [...new Set(pages.nl[file].all.map((m) => m.id))].sort();
    const en = [...new Set((pages.en[file]?.all ?? []).map((m) => m.id))].sort();
    if (JSON.stringify(nl) !== JSON.stringify(en))
      problems.push(`${file}: nl cites [${nl.join(', ')}], en cites [${en.join(', ')}]`);
  }
  assert.deepEqual(problems, []);
});

test('the register lists, for every source, exactly the pages that cite it', () => {
  const cited = new Map(registry.bronnen.map((b) => [b.id, new Set()]));
  for (const [file, page] of Object.entries(pages.nl))
    for (const m of page.all) cited.get(m.id)?.add(docId(file));
  const problems = [];
  for (const b of registry.bronnen) {
    const actual = [...cited.get(b.id)].sort();
    if (actual.length === 0) problems.push(`${b.id}: no page cites it; remove it or cite it`);
    else if (JSON.stringify(actual) !== JSON.stringify([...b.gebruiktOp].sort()))
      problems.push(`${b.id}: gebruiktOp should be ${JSON.stringify(actual)}`);
  }
  assert.deepEqual(problems, [], 'docs-site/src/data/bronnen.json');
});

test('every source has a title, a publisher and a date in both languages, and an http(s) address or none', () => {
  const groups = new Set(registry.groepen.map((g) => g.id));
  const problems = [];
  const ids = new Set();
  for (const b of registry.bronnen) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(b.id)) problems.push(`${b.id}: id must be kebab-case`);
    if (ids.has(b.id)) problems.push(`${b.id}: duplicate id`);
    ids.add(b.id);
    if (!groups.has(b.groep)) problems.push(`${b.id}: unknown groep "${b.groep}"`);
    for (const field of ['titel', 'uitgever', 'datum'])
      for (const lang of ['nl', 'en'])
        if (!b[field]?.[lang]?.trim()) problems.push(`${b.id}: ${field}.${lang} is empty`);
    if (b.url !== null && !/^https:\/\/[^\s]+$/.test(b.url))
      problems.push(`${b.id}: url must be https://... or null, found ${b.url}`);
  }
  // Sources are grouped in order, so the numbers on the Bronnen page run on per group.
  const order = registry.bronnen.map((b) => registry.groepen.findIndex((g) => g.id === b.groep));
  if (order.some((g, i) => i > 0 && g < order[i - 1]))
    problems.push('sources must be listed group by group, in the order of groepen');
  assert.deepEqual(problems, []);
});

// The claims an earlier review found unsourced or misdescribed stay sourced, removed or right.
const allBlocks = (lang) =>
  Object.entries(pages[lang]).flatMap(([file, page]) => page.blocks.map((b) => ({ ...b, file })));

for (const lang of ['nl', 'en']) {
  test(`(${lang}) the review's unsourced claims stay removed or sourced`, () => {
    const problems = [];
    for (const b of allBlocks(lang)) {
      const at = where(lang, b.file, b.line);
      // No preparation time: no source gives one.
      if (/half jaar tot een jaar|six months to a year|half a year to a year/i.test(b.text))
        problems.push(`${at}: a preparation time that no source gives`);
      // Den Haag's health impact bond: only the figures of the partners' press release, cited.
      if (/Den Haag|The Hague|Sociaal Hospitaal|\bCZ\b/.test(b.text)) {
        if (/450|€ ?1 miljoen|€ ?1 million|EUR 1 ?m/i.test(b.text))
          problems.push(`${at}: Den Haag figures that no cited source gives`);
        if (/miljoen|million|\d/.test(b.text) && !b.ids.includes('denhaag-persbericht-2019'))
          problems.push(`${at}: Den Haag figures without the press release as source`);
      }
      // Ecorys: as the practice example of June 2022 tells it, in the present, with no result.
      if (/Ecorys/.test(b.text)) {
        if (!b.ids.includes('programmaraad-2022'))
          problems.push(`${at}: Ecorys without the Programmaraad practice example as source`);
        if (
          /voerde|uitgevoerd heeft|heeft uitgevoerd|liet .* uitvoeren|carried out by|conducted|found that|concluded|concludeerde|showed/i.test(
            b.text,
          )
        )
          problems.push(`${at}: the Ecorys analysis told as done or with a result`);
      }
    }
    assert.deepEqual(problems, []);
  });
}

test('the intro calls a Zorghub a project of a social enterprise, not a social enterprise', () => {
  const first = (lang) => pages[lang]['intro.md'].blocks[0].text;
  assert.match(first('nl'), /Een Zorghub is een project van een sociaal werkbedrijf/);
  assert.doesNotMatch(first('nl'), /Een Zorghub is een sociaal werkbedrijf/);
  assert.match(first('en'), /A Zorghub is a project of a social enterprise/);
  assert.doesNotMatch(first('en'), /A Zorghub is a social enterprise/);
});

test('the rule itself: figures, subjects, step numbers and the allowlist', () => {
  assert.equal(needsSource('Een jaar later waren er 27 mensen aan de slag.'), 'figure "27"');
  assert.equal(needsSource('Werkse! werft kandidaten.'), 'names "Werkse!"');
  assert.equal(needsSource('In Delft begon het.'), 'names "Delft"');
  assert.equal(needsSource('Zie stap 2 en 3 voor de financiering.'), null);
  assert.equal(needsSource('Bel 112 bij levensgevaar.'), null);
  assert.equal(needsSource('Zorgorganisaties betalen een abonnement.'), null);
  assert.equal(needsSource('Delftse kandidaten'), 'names "Delftse"');
  assert.equal(needsSource('Delftware'), null);
  const { unsourced } = (() => {
    const tree = parser.parse(
      'Een zin met 16 uur.\n\n- 27 mensen <Bron id="programmaraad-2022" />\n',
    );
    return {
      unsourced: blocks(tree)
        .map((n) => inspect(n))
        .filter((b) => needsSource(b.text) && b.ids.length === 0),
    };
  })();
  assert.equal(unsourced.length, 1, 'the paragraph without a marker, not the item with one');
});
