// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Every document the guide offers for download: file name, language, the step page it belongs
// to, and how to build it. scripts/generate.mjs writes each to static/downloads/ as DOCX and as
// ODT; the downloads page and the step pages link to both; test/documents.test.mjs opens each
// in LibreOffice.
import { abonnement, convenant } from './agreements.mjs';
import { planning, signaalprotocol } from './operations.mjs';
import { dpia, verwerkersovereenkomst } from './privacy.mjs';
import { proposal } from './proposals.mjs';

/**
 * @typedef {{ tariefAbonnement: number, tariefParticulier: number, urenPerAbonnement: number }} Tariffs
 * @type {Array<{ id: string, file: string, lang: 'nl' | 'en', step: string, build: (ctx: { tariffs: Tariffs }) => import('./render.mjs').DocumentSpec }>}
 */
export const DOCUMENTS = [
  {
    id: 'raadsvoorstel',
    file: 'zorghub-raadsvoorstel.docx',
    lang: 'nl',
    step: 'stappenplan/alliantie-en-draagvlak',
    build: () => proposal('raad'),
  },
  {
    id: 'collegevoorstel',
    file: 'zorghub-collegevoorstel.docx',
    lang: 'nl',
    step: 'stappenplan/alliantie-en-draagvlak',
    build: () => proposal('college'),
  },
  {
    id: 'intentieverklaring',
    file: 'zorghub-intentieverklaring.docx',
    lang: 'nl',
    step: 'stappenplan/alliantie-en-draagvlak',
    build: () => convenant(),
  },
  {
    id: 'abonnement-zorgorganisatie',
    file: 'zorghub-abonnementsovereenkomst-zorgorganisatie.docx',
    lang: 'nl',
    step: 'stappenplan/zorgorganisaties-en-abonnementen',
    build: ({ tariffs }) => abonnement('zorgorganisatie', tariffs),
  },
  {
    id: 'abonnement-huishouden',
    file: 'zorghub-abonnementsovereenkomst-huishouden.docx',
    lang: 'nl',
    step: 'stappenplan/particuliere-markt',
    build: ({ tariffs }) => abonnement('huishouden', tariffs),
  },
  { id: 'dpia', file: 'zorghub-dpia.docx', lang: 'nl', step: 'privacy', build: () => dpia() },
  {
    id: 'verwerkersovereenkomst',
    file: 'zorghub-verwerkersovereenkomst.docx',
    lang: 'nl',
    step: 'privacy',
    build: () => verwerkersovereenkomst(),
  },
  {
    id: 'signaalprotocol',
    file: 'zorghub-signaalprotocol.docx',
    lang: 'nl',
    step: 'stappenplan/signaalfunctie',
    build: () => signaalprotocol('nl'),
  },
  {
    id: 'signal-protocol',
    file: 'zorghub-signal-protocol-en.docx',
    lang: 'en',
    step: 'stappenplan/signaalfunctie',
    build: () => signaalprotocol('en'),
  },
  {
    id: 'planning',
    file: 'zorghub-planning.docx',
    lang: 'nl',
    step: 'stappenplan',
    build: () => planning('nl'),
  },
  {
    id: 'timeline',
    file: 'zorghub-timeline-en.docx',
    lang: 'en',
    step: 'stappenplan',
    build: () => planning('en'),
  },
];

/** The ODT twin of a document's DOCX file name. */
export function odtFile(document) {
  return document.file.replace(/\.docx$/, '.odt');
}

/** The tariffs of a scenario (the Delft one at build time) as plain numbers. */
export function tariffsOf(scenario) {
  const p = scenario.parameters;
  return {
    tariefAbonnement: p.tariefAbonnement.waarde,
    tariefParticulier: p.tariefParticulier.waarde,
    urenPerAbonnement: p.urenPerAbonnement.waarde,
  };
}
