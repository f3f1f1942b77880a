// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What a region chooses from. Care kinds are codes of the standard's `organisatiesoort` codelist. The same lists are in the generated project's `config/schema.ts`
 * (a test keeps the two in step).
 */
export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

export const careKinds: readonly Choice[] = [
  { value: 'ouderenzorg', label: 'Ouderenzorg / elderly care' },
  { value: 'dakEnThuislozenopvang', label: 'Dak- en thuislozenopvang / homeless shelter' },
  { value: 'dagbesteding', label: 'Dagbesteding / day activities' },
  { value: 'gehandicaptenzorg', label: 'Gehandicaptenzorg / disability care' },
  { value: 'ggz', label: 'Geestelijke gezondheidszorg / mental-health care' },
  { value: 'welzijn', label: 'Welzijn en sociaal werk / social welfare work' },
];

/** Codes of the standard's `dienstsoort` codelist (a test keeps them in step). */
export const services: readonly Choice[] = [
  { value: 'begeleidingHuisarts', label: 'Begeleiding naar huisarts of ziekenhuis / to the GP' },
  { value: 'begeleidingBoodschappen', label: 'Begeleiding bij boodschappen / to the shops' },
  {
    value: 'begeleidingFamiliebezoek',
    label: 'Begeleiding bij familiebezoek of uitje / to family or an outing',
  },
  { value: 'gezelschap', label: 'Gezelschap en een praatje / company and a chat' },
  { value: 'wandelen', label: 'Wandelen of buiten zijn / walks' },
  { value: 'kleineKlusjes', label: 'Kleine klusjes / small chores' },
  {
    value: 'lichteHuishoudelijkeHulp',
    label: 'Lichte huishoudelijke ondersteuning / light household help',
  },
  {
    value: 'activiteitenbegeleiding',
    label: 'Ondersteuning bij activiteiten / support with activities',
  },
  { value: 'maaltijdondersteuning', label: 'Ondersteuning bij de maaltijd / mealtime support' },
];

export const parts: readonly Choice[] = [
  {
    value: 'business-case',
    label: 'Businesscase / business case',
    hint: 'business-case/scenario.yaml',
  },
  { value: 'api', label: 'API (back office)', hint: 'npm start, embedded database' },
  {
    value: 'data-checks',
    label: 'Datacontroles / data checks',
    hint: 'data/ with a sample export, npm run validate',
  },
];

export const themes: readonly Choice[] = [
  { value: 'zorghub', label: 'Zorghub (warm groen / warm green)' },
  { value: 'gemeente', label: 'Gemeente (neutraal blauw / neutral blue)' },
  { value: 'hoog-contrast', label: 'Hoog contrast / high contrast' },
];

export const packageManagers = ['npm', 'pnpm', 'yarn'] as const;
export type PackageManager = (typeof packageManagers)[number];
export type Part = 'business-case' | 'api' | 'data-checks';
export const allParts: readonly Part[] = ['business-case', 'api', 'data-checks'];

/** CBS municipality codes of a few municipalities, to pre-fill the code where it is known. */
export const knownMunicipalityCodes: Readonly<Record<string, string>> = {
  amsterdam: 'GM0363',
  apeldoorn: 'GM0200',
  delft: 'GM0503',
  'den haag': 'GM0518',
  "'s-gravenhage": 'GM0518',
  dordrecht: 'GM0505',
  rotterdam: 'GM0599',
  utrecht: 'GM0344',
  zwijndrecht: 'GM0642',
};

/** The defaults are those of the Delft hub (Werkse!, first cohort of about 50 candidates). */
export const defaults = {
  directory: 'mijn-zorghub',
  enterprise: 'Werkse!',
  municipality: 'Delft',
  careKinds: ['ouderenzorg', 'dakEnThuislozenopvang', 'dagbesteding'],
  services: ['begeleidingHuisarts', 'begeleidingBoodschappen', 'gezelschap', 'kleineKlusjes'],
  hoursPerWeek: 16,
  tariff: 30, // tariefAbonnement of examples/delft/scenario.yaml
  intake: 50,
  parts: [...allParts],
  theme: 'zorghub',
} as const;
