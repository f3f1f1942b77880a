// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The shape of `zorghub.config.ts`: everything this region decided when the project was created.
 * Checked with zod; an error names the field, what was expected and what was found.
 */
import { z } from 'zod';

/** Codes of the Zorghub data standard: codelists `organisatiesoort` and `dienstsoort`. */
export const careOrganisationKinds = [
  'ouderenzorg',
  'dakEnThuislozenopvang',
  'dagbesteding',
  'gehandicaptenzorg',
  'ggz',
  'welzijn',
] as const;

export const serviceCodes = [
  'begeleidingHuisarts',
  'begeleidingBoodschappen',
  'begeleidingFamiliebezoek',
  'gezelschap',
  'wandelen',
  'kleineKlusjes',
  'lichteHuishoudelijkeHulp',
  'activiteitenbegeleiding',
  'maaltijdondersteuning',
] as const;

export const themeNames = ['zorghub', 'gemeente', 'hoog-contrast'] as const;

export const configSchema = z
  .object({
    hub: z.object({ name: z.string().trim().min(2).max(80) }).strict(),
    region: z
      .object({
        municipality: z.string().trim().min(1).max(80),
        /** CBS municipality code, "GM" + 4 digits; leave out when unknown. */
        municipalityCode: z
          .string()
          .regex(/^GM\d{4}$/, { message: 'expected "GM" and 4 digits, e.g. GM0503' })
          .optional(),
      })
      .strict(),
    partners: z
      .object({
        socialEnterprise: z.string().trim().min(1).max(80),
        careOrganisationKinds: z.array(z.enum(careOrganisationKinds)).min(1),
      })
      .strict(),
    services: z.array(z.enum(serviceCodes)).min(1),
    workers: z
      .object({
        hoursPerWeek: z.number().positive().max(40),
        expectedIntakePerYear: z.number().int().positive(),
      })
      .strict(),
    tariffs: z
      .object({
        hourly: z.number().positive().max(500),
        currency: z.literal('EUR'),
        priceYear: z.number().int().min(2000).max(2100),
      })
      .strict(),
    parts: z
      .object({ businessCase: z.boolean(), api: z.boolean(), dataChecks: z.boolean() })
      .strict(),
    theme: z.enum(themeNames),
  })
  .strict();

export type ZorghubConfig = z.infer<typeof configSchema>;

/** One line per problem: `field.path: message (found: value)`. */
export function describeIssues(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    let found: unknown = input;
    for (const key of issue.path) {
      found =
        found !== null && typeof found === 'object'
          ? (found as Record<PropertyKey, unknown>)[key as PropertyKey]
          : undefined;
    }
    const shown = found === undefined ? 'nothing' : JSON.stringify(found);
    return `${path}: ${issue.message} (found: ${shown})`;
  });
}

/** Checks the configuration and returns it typed; throws one readable error naming each field. */
export function defineConfig(input: unknown): ZorghubConfig {
  const result = configSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = describeIssues(result.error, input);
  throw new Error(`zorghub.config.ts is not valid:\n  ${lines.join('\n  ')}`);
}
