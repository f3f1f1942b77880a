// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Figures quoted in the pages are the model's: the Delft page shows the outcomes that
// runScenario gives for the Delft scenario (written at build time), and the method page's key
// figures are the values the Delft scenario uses. A page that states a figure the scenario or
// its result does not give fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { parseScenario, runScenario } from '@zorghub/business-case';
import { CALCULATOR_RUNS, DELFT_SCENARIO } from '../scripts/lib/calculator.mjs';
import { startSite } from './helpers.mjs';

let server;
let delft;

before(async () => {
  server = await startSite();
  const { scenario } = parseScenario(readFileSync(DELFT_SCENARIO, 'utf8'), 'yaml');
  assert.ok(scenario, 'the Delft scenario parses');
  // The page's outcomes are written with the calculator's Monte Carlo run count.
  delft = { scenario, result: runScenario(scenario, { runs: CALCULATOR_RUNS }) };
});

after(async () => {
  await server?.close();
});

async function pageText(path) {
  const res = await fetch(`${server.url}${path}`);
  assert.equal(res.status, 200, path);
  const html = await res.text();
  const article = html.slice(html.indexOf('<article'), html.lastIndexOf('</article>'));
  return article
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;|\u00a0|\u202f/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

const LOCALES = { nl: 'nl-NL', en: 'en-GB' };
const euro = (v, lang) =>
  new Intl.NumberFormat(LOCALES[lang], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  })
    .format(Math.round(v))
    .replace(/\u00a0/g, ' ');
const pct = (v, lang) =>
  `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(v * 100)} %`;

for (const [lang, prefix] of [
  ['nl', ''],
  ['en', '/en'],
]) {
  test(`Delft page (${lang}) states the outcomes runScenario gives for the Delft scenario`, async () => {
    const text = await pageText(`${prefix}/docs/praktijk/delft`);
    const r = delft.result;
    assert.ok(text.includes(euro(r.society.npv, lang)), `society NPV ${euro(r.society.npv, lang)}`);
    for (const s of r.stakeholders) {
      assert.ok(text.includes(euro(s.npv, lang)), `${s.name[lang]}: ${euro(s.npv, lang)}`);
    }
    // Every euro amount in the outcomes section is one the result gives.
    const section = text.slice(text.indexOf(lang === 'nl' ? 'Doorgerekend' : 'Computed'));
    const given = new Set(
      [
        r.society.npv,
        r.monteCarlo.p5,
        r.monteCarlo.p95,
        ...r.stakeholders.flatMap((s) => [s.npv, s.pvCosts, s.pvBenefits]),
        ...r.settlement.flatMap((s) => [s.npvBefore, s.npvAfter, Math.abs(s.contribution)]),
      ].map((v) => euro(v, lang)),
    );
    const stated =
      section.match(lang === 'nl' ? /€ -?\d{1,3}(?:\.\d{3})*/g : /-?€\d{1,3}(?:,\d{3})*/g) ?? [];
    assert.ok(stated.length >= r.stakeholders.length, 'the outcomes are on the page');
    assert.deepEqual(
      stated.filter((s) => !given.has(s)),
      [],
      'amounts on the page that the Delft result does not give',
    );
  });
}

test('the method page quotes the key figures the Delft scenario uses', async () => {
  const text = await pageText('/docs/businesscase/methode');
  const p = delft.scenario.parameters;
  const eur2 = (v) =>
    new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })
      .format(v)
      .replace(/\u00a0/g, ' ');
  const wanted = [
    [`minimum wage ${eur2(p.uurloon.waarde)}`, eur2(p.uurloon.waarde)],
    [`discount rate ${pct(p.discontovoet.waarde, 'nl')}`, pct(p.discontovoet.waarde, 'nl')],
    [
      `wage-cost subsidy supplement ${pct(p.lksOpslag.waarde, 'nl')}`,
      pct(p.lksOpslag.waarde, 'nl'),
    ],
    [
      'job-coaching shares',
      `${pct(p.jobcoachAandeelJaar1.waarde, 'nl')}, ${pct(p.jobcoachAandeelJaar2.waarde, 'nl')} en ${pct(p.jobcoachAandeelJaar3.waarde, 'nl')}`,
    ],
  ];
  for (const [what, value] of wanted) {
    assert.ok(text.includes(value), `${what}: the page should state "${value}"`);
  }
});
