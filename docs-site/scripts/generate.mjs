#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Writes everything the site generates before `docusaurus build`/`start`:
//   docs/standaard/referentie/ (+ en)  from @zorghub/schemas
//   docs/api/referentie/ (+ en)        from openApiDocument() of @zorghub/api
//   static/api/openapi.json            the same OpenAPI document, served as a file
//   src/generated/calculator.json      the Delft scenario, its result and input labels
//   src/generated/profiles.json        the profiles shipped with the standard, for /valideren
//   docs/wat-is-nieuw.md (+ en)        from .changeset/*.md and the packages' CHANGELOG.md
//   docs/praktijk/_delft-uitkomsten.md (+ en)  the Delft scenario's outcomes, from the model
//   docs/stappenplan/_delft-monitoring.md (+ en)  the Delft package against the Delft scenario
//   static/downloads/*.docx, *.odt     the documents of src/documents/ (tariffs from Delft)
// Output is gitignored and fully determined by the sibling packages (no dates, stable order).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiPages, loadOpenApi } from './lib/api.mjs';
import { calculatorData } from './lib/calculator.mjs';
import { changesPage, loadChanges } from './lib/changes.mjs';
import { delftMonitoring, monitoringPartial } from './lib/monitoring.mjs';
import { outcomesPartial } from './lib/outcomes.mjs';
import { shippedProfiles } from './lib/profiles.mjs';
import { loadStandard, standardPages } from './lib/standard.mjs';

const site = fileURLToPath(new URL('..', import.meta.url));
const docsDir = {
  nl: join(site, 'docs'),
  en: join(site, 'i18n/en/docusaurus-plugin-content-docs/current'),
};

async function writeTree(dir, files) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

async function main() {
  const errors = [];
  const step = async (label, fn) => {
    try {
      await fn();
      console.log(`generated ${label}`);
    } catch (error) {
      errors.push(error.userFacing ? error.message : `${label}: ${error.stack ?? error}`);
    }
  };

  await step('data standard reference (nl, en)', async () => {
    const standard = await loadStandard();
    for (const lang of ['nl', 'en']) {
      await writeTree(join(docsDir[lang], 'standaard/referentie'), standardPages(standard, lang));
    }
  });

  await step('API reference (nl, en)', async () => {
    const doc = await loadOpenApi();
    for (const lang of ['nl', 'en']) {
      await writeTree(join(docsDir[lang], 'api/referentie'), apiPages(doc, lang));
    }
    await mkdir(join(site, 'static/api'), { recursive: true });
    await writeFile(join(site, 'static/api/openapi.json'), `${JSON.stringify(doc, null, 2)}\n`);
  });

  let data;
  await step('calculator data', async () => {
    data = await calculatorData();
    await mkdir(join(site, 'src/generated'), { recursive: true });
    await writeFile(join(site, 'src/generated/calculator.json'), `${JSON.stringify(data)}\n`);
  });

  await step('validator profiles', async () => {
    await mkdir(join(site, 'src/generated'), { recursive: true });
    await writeFile(
      join(site, 'src/generated/profiles.json'),
      `${JSON.stringify(await shippedProfiles())}\n`,
    );
  });

  await step('what is new (nl, en)', async () => {
    const changes = loadChanges();
    for (const lang of ['nl', 'en']) {
      await writeFile(join(docsDir[lang], 'wat-is-nieuw.md'), changesPage(changes, lang));
    }
  });

  await step('Delft outcomes (nl, en)', async () => {
    if (!data) throw new Error('the calculator data failed, so the Delft outcomes are missing');
    for (const lang of ['nl', 'en']) {
      await writeFile(
        join(docsDir[lang], 'praktijk/_delft-uitkomsten.md'),
        outcomesPartial(data.result, lang),
      );
    }
  });

  await step('Delft plan against actual (nl, en)', async () => {
    if (!data) throw new Error('the calculator data failed, so the parties are missing');
    const result = await delftMonitoring();
    for (const lang of ['nl', 'en']) {
      await writeFile(
        join(docsDir[lang], 'stappenplan/_delft-monitoring.md'),
        monitoringPartial(result, data.result.stakeholders, lang),
      );
    }
  });

  await step('documents (DOCX, ODT)', async () => {
    if (!data) throw new Error('the calculator data failed, so the tariffs are missing');
    const { DOCUMENTS, odtFile, tariffsOf } = await import('../src/documents/index.mjs');
    const { docxBuffer } = await import('../src/documents/render.mjs');
    const { odtBytes } = await import('../src/documents/odt.mjs');
    const dir = join(site, 'static/downloads');
    const files = {};
    for (const d of DOCUMENTS) {
      const spec = d.build({ tariffs: tariffsOf(data.scenario) });
      files[d.file] = await docxBuffer(spec);
      files[odtFile(d)] = odtBytes(spec);
    }
    await writeTree(dir, files);
  });

  if (errors.length > 0) {
    console.error(
      `\nThe guide cannot be generated yet:\n${errors.map((e) => `  - ${e}`).join('\n')}`,
    );
    process.exit(1);
  }
}

await main();
