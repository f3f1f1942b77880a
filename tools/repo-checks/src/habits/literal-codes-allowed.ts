// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The re-listings of closed codes that stay, each with why. Keep this short: an entry that covers
// nothing any more fails the check (literal-codes.test.ts). `*` as list: every list in that file; `*`
// as path: every file.
import type { AllowedListing } from './literal-codes.js';

export const ALLOWED_LISTINGS: AllowedListing[] = [
  {
    path: '*',
    list: 'taal',
    reason:
      'nl and en are also the two languages of the toolkit itself: `{ nl, en }` message objects and ' +
      "`'nl' | 'en'` locale options are locale tags of the interface, not values of a record's `taal` field",
  },
  {
    path: 'examples/scripts/make-delft-export.mjs',
    list: '*',
    reason:
      'the example generator chooses particular codes with particular weights to draw a realistic, ' +
      'deterministic Delft export; its output is read by the validator and create-zorghub tests',
  },
  {
    path: 'bench/validate/generate.mjs',
    list: '*',
    reason:
      'benchmark data: a weighted mix of visit statuses, and file extensions (ndjson, csv, json) of the files it writes',
  },
  {
    path: 'bench/api/server.mjs',
    list: 'bezoekstatus',
    reason:
      "the bare baseline runs the API's booking SQL without the API's code, so it spells the cancelled statuses itself",
  },
  {
    path: 'packages/api/scripts/upgrade-fixture.ts',
    list: 'organisatierol',
    reason:
      "writes the upgrade test's fixture: the codes are values of a record the standard validates",
  },
  {
    path: 'packages/business-case/src/node/index.ts',
    list: 'bestandsformaat',
    reason:
      "the report's own output formats (md, html, docx, pdf, xlsx, json): a list of the business case, two of which are also file-format codes",
  },
  {
    path: 'packages/business-case/src/monitor/crosswalk.ts',
    list: 'arbeidssituatie',
    reason:
      'its keys are codes of the open codelist `uitstroombestemming` (no generated type: open lists are not closed sets), checked against the standard by its test; eigenBedrijf and geenWerk are also arbeidssituatie codes',
  },
  {
    path: 'docs-site/src/components/Monitoring/plan-vs-actual.mjs',
    list: 'scenario-eenheid',
    reason:
      'formats a comparison by its unit: a fraction as a percentage (deviation in percentage points), people as whole numbers; every other unit is printed as the scenario names it',
  },
  {
    path: 'docs-site/src/components/Monitoring/read-package.ts',
    list: 'bestandsformaat',
    reason:
      'file-name extensions the in-browser reader dispatches on (.csv, .ndjson, .json); .xlsx is not read in the browser and is reported as left out',
  },
  {
    path: 'packages/app/src/pages/SignupCheck.ts',
    list: 'entiteit',
    reason:
      'the body of POST /aanmeldingen nests the household and the subscription under their entity names (huishouden, abonnement), as the households API contract defines it; they are property names, not values of an entiteit field',
  },
];
