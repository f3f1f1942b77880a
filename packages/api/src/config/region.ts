// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * A region's `zorghub.config.ts` (what create-zorghub wrote, or a `.json`/`.js` of the same shape) as
 * the server uses it at run time: who runs the hub and where (`/regio`), the hourly tariff new
 * hour-based subscriptions get, and the services (`dienstsoort` codes) the hub offers. Codes are
 * checked against the standard's codelists from @zorghub/schemas. A wrong file stops the start
 * with one line per field: the file, the field, what it expects, what it found and what to do.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codelists } from '@zorghub/schemas';
import { isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { ConfigError } from './env.js';

export interface RegionConfig {
  /** The file it was read from (absolute). */
  file: string;
  hub: { name: string };
  region: { municipality: string; municipalityCode?: string };
  partners: { socialEnterprise: string; careOrganisationKinds: string[] };
  /** `dienstsoort` codes the hub offers. */
  services: string[];
  tariffs: { hourly: number; currency: 'EUR'; priceYear: number };
  /** The hub as SEPA creditor, for the direct-debit file (default: a demo creditor a bank refuses). */
  directDebit?: { creditorId: string; iban: string; bic?: string; name?: string };
}

/** The hourly tariff in cents, as the standard keeps amounts. */
export const hourlyCents = (region: RegionConfig) => Math.round(region.tariffs.hourly * 100);

const codesOf = (list: string) => {
  const found = codelists[list];
  if (!found) throw new Error(`the standard has no codelist ${list}`);
  return found.codes;
};

/** What each field expects, for the message (array items as `[]`). */
const EXPECTED: Record<string, string> = {
  hub: 'an object { name }',
  'hub.name': 'the hub’s name, text of 2–80 characters',
  region: 'an object { municipality, municipalityCode? }',
  'region.municipality': 'the municipality’s name, text of 1–80 characters',
  'region.municipalityCode':
    'the CBS municipality code, "GM" and 4 digits (GM0503); leave it out when unknown',
  partners: 'an object { socialEnterprise, careOrganisationKinds }',
  'partners.socialEnterprise': 'the social enterprise’s name, text of 1–80 characters',
  'partners.careOrganisationKinds': 'a list of at least one code of the codelist organisatiesoort',
  'partners.careOrganisationKinds[]': `a code of the codelist organisatiesoort (${codesOf(
    'organisatiesoort',
  )
    .map((c) => c.code)
    .join(', ')})`,
  services: 'a list of at least one code of the codelist dienstsoort',
  'services[]': `a code of the codelist dienstsoort (${codesOf('dienstsoort')
    .filter((c) => !c.deprecated)
    .map((c) => c.code)
    .join(', ')})`,
  tariffs: 'an object { hourly, currency, priceYear }',
  'tariffs.hourly': 'the hourly tariff in euro, a number more than 0 and at most 500 (35.5)',
  'tariffs.currency': '"EUR"',
  'tariffs.priceYear': 'the year of the prices, a whole number 2000–2100',
  directDebit:
    'an object { creditorId, iban, bic?, name? } (the hub as SEPA creditor); leave it out for the demo creditor',
  'directDebit.creditorId': 'the SEPA creditor identifier (incassant-ID), e.g. NL79ZZZ999999990000',
  'directDebit.iban': 'the hub’s IBAN in electronic form, e.g. NL20INGB0001234567',
  'directDebit.bic': 'the bank’s BIC, 8 or 11 characters',
  'directDebit.name': 'the creditor name on the debtor’s statement, 1–70 characters',
};

const code = (list: string) => {
  const known = new Set(codesOf(list).map((c) => c.code));
  return z.string().refine((s) => known.has(s));
};

const schema = z
  .object({
    hub: z.object({ name: z.string().trim().min(2).max(80) }).strict(),
    region: z
      .object({
        municipality: z.string().trim().min(1).max(80),
        municipalityCode: z
          .string()
          .regex(/^GM\d{4}$/)
          .optional(),
      })
      .strict(),
    partners: z
      .object({
        socialEnterprise: z.string().trim().min(1).max(80),
        careOrganisationKinds: z.array(code('organisatiesoort')).min(1),
      })
      .strict(),
    services: z.array(code('dienstsoort')).min(1),
    tariffs: z
      .object({
        hourly: z.number().positive().max(500),
        currency: z.literal('EUR'),
        priceYear: z.number().int().min(2000).max(2100),
      })
      .strict(),
    directDebit: z
      .object({
        creditorId: z.string().regex(/^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/),
        iban: z.string().refine((s) => isValidIBAN(s)),
        bic: z
          .string()
          .regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/)
          .optional(),
        name: z.string().trim().min(1).max(70).optional(),
      })
      .strict()
      .optional(),
    // The project's own choices: the server does not use them, but they belong in the file.
    workers: z.unknown().optional(),
    parts: z.unknown().optional(),
    theme: z.unknown().optional(),
  })
  .strict();

const shown = (value: unknown) => {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

function at(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path)
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined;
  return value;
}

const todo = (file: string) =>
  `wat te doen / what to do: pas dit veld aan in ${file} en start opnieuw / fix this field in ${file} and start again`;

/** Checks a loaded configuration; returns it typed, or one problem line per wrong field. */
export function checkRegionConfig(
  input: unknown,
  file: string,
): { config?: RegionConfig; problems: string[]; warnings: string[] } {
  const result = schema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => {
      const path = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : String(k)));
      const name = path.join('.').replace(/\.\[/g, '[') || '(root)';
      if (issue.code === 'unrecognized_keys')
        return issue.keys.map(
          (key) =>
            `${file}: ${name === '(root)' ? key : `${name}.${key}`}: onbekend veld / unknown field; verwacht / expected one of ${Object.keys(
              (name === '(root)' ? schema : (at(schema.shape, [path[0]!]) as z.ZodObject)).shape,
            ).join(', ')}; ${todo(file)}`,
        );
      const pattern = name.replace(/\[\d+\]/g, '[]');
      const expected = EXPECTED[pattern] ?? issue.message;
      return [
        `${file}: ${name}: verwacht / expected ${expected}; gevonden / found ${shown(at(input, issue.path))}; ${todo(file)}`,
      ];
    });
    return { problems, warnings: [] };
  }
  const data = result.data;
  const warnings: string[] = [];
  for (const [list, values, field] of [
    ['dienstsoort', data.services, 'services'],
    ['organisatiesoort', data.partners.careOrganisationKinds, 'partners.careOrganisationKinds'],
  ] as const) {
    for (const value of values) {
      const entry = codesOf(list).find((c) => c.code === value);
      if (entry?.deprecated)
        warnings.push(
          `${file}: ${field}: "${value}" is verouderd / deprecated in the codelist ${list}${entry.replacedBy ? `; gebruik / use "${entry.replacedBy}"` : ''}`,
        );
    }
  }
  const config: RegionConfig = {
    file,
    hub: data.hub,
    region: data.region,
    partners: data.partners,
    services: [...new Set(data.services)],
    tariffs: data.tariffs,
    ...(data.directDebit ? { directDebit: data.directDebit } : {}),
  };
  return { config, problems: [], warnings };
}

/** Imports the file: `.json` parsed, `.js`/`.mjs` imported, `.ts`/`.mts` through jiti. */
async function importConfig(file: string): Promise<unknown> {
  const ext = extname(file);
  if (ext === '.json') return JSON.parse(readFileSync(file, 'utf8'));
  if (ext === '.js' || ext === '.mjs') {
    const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
    return module.default ?? module;
  }
  // TypeScript: jiti (as ESLint loads eslint.config.ts), imported only when a .ts file is given.
  const { createJiti } = await import('jiti');
  const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false });
  const module = await jiti.import<{ default?: unknown }>(file);
  return module.default ?? module;
}

const LOADABLE = ['.ts', '.mts', '.js', '.mjs', '.json'];

/**
 * Reads and checks a region configuration. Throws a ConfigError (never a stack trace) naming the
 * file and each wrong field; `warnings` has deprecated codes.
 */
export async function loadRegionConfig(
  path: string,
  cwd = process.cwd(),
): Promise<{ config: RegionConfig; warnings: string[] }> {
  const file = resolve(cwd, path);
  const hint = `ZORGHUB_CONFIG / --config: verwacht / expected the path of zorghub.config.ts (or ${LOADABLE.join(', ')})`;
  if (!existsSync(file) || !statSync(file).isFile())
    throw new ConfigError([
      `${hint}; gevonden / found ${JSON.stringify(path)}, which does not exist; wat te doen / what to do: give the path relative to ${cwd} or an absolute one`,
    ]);
  if (!LOADABLE.includes(extname(file)))
    throw new ConfigError([
      `${hint}; gevonden / found ${JSON.stringify(path)} (${extname(file) || 'no extension'}); wat te doen / what to do: rename it or write it as .json`,
    ]);
  let input: unknown;
  try {
    input = await importConfig(file);
  } catch (error) {
    // The project's own defineConfig throws a readable list; a syntax error names line and column.
    const message = error instanceof Error ? error.message : String(error);
    const lines = message
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('at '));
    throw new ConfigError([
      `${file}: kan niet geladen worden / cannot be loaded: ${lines.slice(0, 12).join('; ').replace(/:; /g, ': ')}; wat te doen / what to do: fix the file (npm run check in the project shows the same)`,
    ]);
  }
  const { config, problems, warnings } = checkRegionConfig(input, file);
  if (!config) throw new ConfigError(problems);
  return { config, warnings };
}
