// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Code blocks are highlighted at build time (src/theme-config/code-tokens.mjs): the static HTML
// shows them highlighted with JavaScript off, the page looks the same once React has hydrated,
// and no page's start-up bundle carries Prism's grammars.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { tokenise } from '../src/theme-config/code-tokens.mjs';
import { buildDir, launchBrowser, startSite } from './helpers.mjs';

let server;
let browser;

before(async () => {
  server = await startSite();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const PAGE = '/docs/standaard/profielen';

/** The first JSON code block of the profiles page: its text and its highlighted property names. */
async function firstJsonBlock(javaScriptEnabled) {
  const context = await browser.newContext({ javaScriptEnabled });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}${PAGE}`, { waitUntil: 'load' });
    const block = page.locator('pre.language-json').first();
    await block.waitFor({ state: 'visible' });
    return {
      // biome-ignore lint/performance/useDomNodeTextContent: the lines are divs; only innerText keeps their breaks
      text: await block.innerText(),
      properties: await block.locator('.token.property').allInnerTexts(),
      colour: await block
        .locator('.token.property')
        .first()
        .evaluate((el) => getComputedStyle(el).color),
    };
  } finally {
    await context.close();
  }
}

test('without JavaScript a code block shows its text, highlighted', async () => {
  const block = await firstJsonBlock(false);
  assert.match(block.text, /"naam": "voorbeeld-regio"/);
  assert.match(block.text, /"standaardVersie": "1\.0\.0"/);
  assert.ok(block.properties.includes('"naam"'), `property tokens: ${block.properties.join(', ')}`);
  // the light theme's colour for properties (src/theme-config/prism.ts: #116329)
  assert.equal(block.colour, 'rgb(17, 99, 41)');
});

test('with JavaScript the block is the same once hydrated', async () => {
  const [off, on] = [await firstJsonBlock(false), await firstJsonBlock(true)];
  assert.equal(on.text, off.text);
  assert.deepEqual(on.properties, off.properties);
});

test('link prefetching still happens, in idle time, and the page logs no error', async () => {
  // src/client/idle-prefetch.ts defers Docusaurus' prefetching; it must neither break it nor throw.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}${PAGE}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('link[rel="prefetch"]').length > 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the tokeniser splits a block into lines of typed tokens that spell it exactly', () => {
  const code = '{\n  "a": 1,\n\n  "b": "x"\n}';
  const lines = tokenise(code, 'json');
  assert.equal(lines.length, 5);
  assert.equal(lines.map((l) => l.map((t) => (t[2] ? '' : t[1])).join('')).join('\n'), code);
  assert.deepEqual(
    lines[1].find((t) => t[1] === '"a"'),
    ['property', '"a"'],
  );
  assert.deepEqual(lines[2], [['plain', '\n', 1]]);
  assert.equal(tokenise('echo hi', 'no-such-language'), undefined);
});

test("no start-up bundle contains Prism's grammars", () => {
  // Prism's core (its tokenizer hooks) and its grammar definitions carry these strings.
  const markers = ['before-tokenize', 'languages.insertBefore', 'languages.extend'];
  for (const locale of ['', 'en']) {
    const html = readFileSync(join(buildDir, locale, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script src="?([^" >]+\.js)"?/g)].map((m) => m[1]);
    assert.ok(
      scripts.some((s) => /\/main\.[0-9a-f]+\.js$/.test(s)),
      `main.js in ${scripts}`,
    );
    for (const src of scripts) {
      const js = readFileSync(join(buildDir, src.replace(/^\//, '')), 'utf8');
      for (const marker of markers)
        assert.ok(!js.includes(marker), `${src} contains "${marker}" (Prism is in the bundle)`);
    }
  }
  // and no chunk at all ships the grammars: nothing highlights in the browser
  const assets = join(buildDir, 'assets', 'js');
  const withPrism = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => readFileSync(join(assets, f), 'utf8').includes('languages.insertBefore'));
  assert.deepEqual(withPrism, []);
});
