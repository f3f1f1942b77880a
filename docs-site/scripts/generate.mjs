#!/usr/bin/env node
// Writes everything the site generates before `docusaurus build`/`start`:
//   docs/standaard/referentie/ (+ en)  from @zorghub/schemas
//   docs/api/referentie/ (+ en)        from openApiDocument() of @zorghub/api
//   static/api/openapi.json            the same OpenAPI document, served as a file
//   src/generated/calculator.json      the Delft scenario, its result and input labels
// Output is gitignored and fully determined by the sibling packages (no dates, stable order).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiPages, loadOpenApi } from './lib/api.mjs';
import { calculatorData } from './lib/calculator.mjs';
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

  await step('calculator data', async () => {
    const data = await calculatorData();
    await mkdir(join(site, 'src/generated'), { recursive: true });
    await writeFile(join(site, 'src/generated/calculator.json'), `${JSON.stringify(data)}\n`);
  });

  if (errors.length > 0) {
    console.error(
      `\nThe guide cannot be generated yet:\n${errors.map((e) => `  - ${e}`).join('\n')}`,
    );
    process.exit(1);
  }
}

await main();
