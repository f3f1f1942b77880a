// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The financing page's narrative agrees with the Delft result: who pays, who gains, the society
// figure, the full settlement and the one without central government. Each sentence below is
// written from runScenario's result for the Delft scenario and must stand in the page as it is;
// every "miljoen"/"million" figure in the Delft section must be one of them. A page whose words
// or figures differ from the model fails here (no site build needed: it reads the Markdown).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseScenario, runScenario } from '@zorghub/business-case';
import { DELFT_SCENARIO } from '../scripts/lib/calculator.mjs';

const PAGES = {
  nl: new URL('../docs/financiering-en-verrekening.md', import.meta.url),
  en: new URL(
    '../i18n/en/docusaurus-plugin-content-docs/current/financiering-en-verrekening.md',
    import.meta.url,
  ),
};
const SECTION = {
  nl: 'Wat de businesscase van Delft laat zien',
  en: 'What the Delft business case shows',
};
const NAMES = {
  nl: {
    exploitant: 'het sociaal werkbedrijf',
    gemeente: 'de gemeente',
    rijk: 'het Rijk',
    zorgverzekeraar: 'de zorgverzekeraar',
    zorgorganisaties: 'de zorgorganisaties',
    deelnemers: 'de medewerkers',
    clienten: 'de cliënten',
    mantelzorgers: 'de mantelzorgers',
  },
  en: {
    exploitant: 'the social enterprise',
    gemeente: 'the municipality',
    rijk: 'central government',
    zorgverzekeraar: 'the health insurer',
    zorgorganisaties: 'the care organisations',
    deelnemers: 'the workers',
    clienten: 'the clients',
    mantelzorgers: 'the informal carers',
  },
};
const COUNT = {
  nl: ['geen', 'één', 'twee', 'drie', 'vier'],
  en: ['no', 'one', 'two', 'three', 'four'],
};
const PUBLIC_BODIES = ['gemeente', 'rijk', 'zorgverzekeraar'];

const { scenario } = parseScenario(readFileSync(DELFT_SCENARIO, 'utf8'), 'yaml');
assert.ok(scenario, 'the Delft scenario parses');
// The narrative quotes base-case figures only, so the Monte Carlo run count does not matter.
const result = runScenario(scenario, { runs: 100 });

const millions = (v, lang) =>
  lang === 'nl'
    ? `€ ${(Math.round(Math.abs(v) / 1e5) / 10).toFixed(1).replace('.', ',')} miljoen`
    : `EUR ${(Math.round(Math.abs(v) / 1e5) / 10).toFixed(1)} million`;
const list = (items, lang) =>
  items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items.at(-1)}`;

/** The sentences (or parts) the page must contain, written from the result. */
function claims(lang) {
  const name = (id) => NAMES[lang][id];
  const settling = result.settlement;
  const payers = settling.filter((s) => s.npvBefore < 0);
  const gainers = result.stakeholders
    .filter((s) => PUBLIC_BODIES.includes(s.id) && s.npv > 0)
    .sort((a, b) => b.npv - a.npv);
  const people = result.stakeholders.filter((s) => !PUBLIC_BODIES.includes(s.id) && s.npv > 0);
  const deficit = result.settlementSummary.totalDeficit;
  const givers = settling.filter((s) => s.contribution < 0);
  const local = result.localSettlement.summary;
  const localGivers = result.localSettlement.settlement.filter((s) => s.contribution < 0);
  const withMoney = (items) =>
    items.map((s) => `${name(s.id)} (${millions(s.npvBefore ?? s.npv, lang)})`);
  const n = COUNT[lang][payers.length];
  const peopleGaining = people
    .filter((s) => !payers.some((p) => p.id === s.id))
    .map((s) => name(s.id));
  if (lang === 'nl')
    return {
      intro: [
        `De kosten liggen vooral bij ${list(
          payers.map((s) => name(s.id)),
          lang,
        )}, terwijl de besparingen bij ${list(
          gainers.map((s) => name(s.id)),
          lang,
        )} terechtkomen, en ook bij ${list(peopleGaining, lang)}.`,
      ],
      section: [
        `Voor de samenleving levert de hub ${millions(result.society.npv, lang)} op.`,
        `Toch komen ${n} partijen er met min uit: ${list(withMoney(payers), lang)}, samen ${millions(deficit, lang)} tekort.`,
        `De besparingen landen bij ${list(withMoney(gainers), lang)}.`,
        `De volledige verrekening ${result.settlementSummary.shortfall === 0 ? 'dekt alle tekorten' : 'dekt niet alle tekorten'}, met bijdragen van ${list(
          givers.map((s) => `${name(s.id)} (${millions(s.contribution, lang)})`),
          lang,
        )}.`,
        `Zonder het Rijk ${local.shortfall > 0 ? 'lukt dat niet' : 'lukt dat ook'}: ${list(
          localGivers.map((s) => name(s.id)),
          lang,
        )} kunnen samen ${millions(local.totalCashableSurplus, lang)} verzilveren, en er blijft ${millions(local.shortfall, lang)} ongedekt.`,
      ],
    };
  return {
    intro: [
      `The costs fall mainly on ${list(
        payers.map((s) => name(s.id)),
        lang,
      )}, while the savings land with ${list(
        gainers.map((s) => name(s.id)),
        lang,
      )}, and also with ${list(peopleGaining, lang)}.`,
    ],
    section: [
      `For society the hub yields ${millions(result.society.npv, lang)}.`,
      `Yet ${n} parties come out below zero: ${list(withMoney(payers), lang)}, ${millions(deficit, lang)} short together.`,
      `The savings land with ${list(withMoney(gainers), lang)}.`,
      `The full settlement ${result.settlementSummary.shortfall === 0 ? 'covers every deficit' : 'does not cover every deficit'}, with contributions from ${list(
        givers.map((s) => `${name(s.id)} (${millions(s.contribution, lang)})`),
        lang,
      )}.`,
      `Without central government it ${local.shortfall > 0 ? 'does not' : 'does too'}: ${list(
        localGivers.map((s) => name(s.id)),
        lang,
      )} can cash ${millions(local.totalCashableSurplus, lang)} together, and ${millions(local.shortfall, lang)} stays uncovered.`,
    ],
  };
}

function sectionOf(text, heading) {
  const start = text.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `the page has a section "## ${heading}"`);
  const end = text.indexOf('\n## ', start + 4);
  return text.slice(start, end < 0 ? undefined : end).replace(/\s+/g, ' ');
}

for (const lang of ['nl', 'en']) {
  test(`financing page (${lang}): the narrative states what the Delft result says`, () => {
    const text = readFileSync(PAGES[lang], 'utf8');
    const flat = text.replace(/\s+/g, ' ');
    const section = sectionOf(text, SECTION[lang]);
    const { intro, section: sentences } = claims(lang);
    for (const claim of intro) assert.ok(flat.includes(claim), `the page says: ${claim}`);
    for (const claim of sentences)
      assert.ok(section.includes(claim), `the Delft section says: ${claim}`);
  });

  test(`financing page (${lang}): every figure in the Delft section is one the model gives`, () => {
    const section = sectionOf(readFileSync(PAGES[lang], 'utf8'), SECTION[lang]);
    const pattern = lang === 'nl' ? /€ \d+,\d miljoen/g : /EUR \d+\.\d million/g;
    const stated = section.match(pattern) ?? [];
    const expected = claims(lang).section.join(' ').match(pattern) ?? [];
    assert.ok(stated.length > 0, 'the Delft section states figures');
    assert.deepEqual([...stated].sort(), [...expected].sort());
  });
}
