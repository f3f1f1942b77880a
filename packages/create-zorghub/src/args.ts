// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { parseArgs } from 'node:util';
import { UserError } from './errors.js';

/** The raw command line: every prompt has a flag; values stay strings until they are checked. */
export interface Flags {
  directory?: string;
  packageName?: string;
  name?: string;
  enterprise?: string;
  municipality?: string;
  municipalityCode?: string;
  careKinds?: string;
  services?: string;
  hours?: string;
  tariff?: string;
  intake?: string;
  parts?: string;
  theme?: string;
  yes: boolean;
  install: boolean;
  git: boolean;
  packageManager?: string;
  linkPackages?: string;
  noLinkPackages: boolean;
  help: boolean;
  version: boolean;
}

const options = {
  'package-name': { type: 'string' },
  name: { type: 'string' },
  enterprise: { type: 'string' },
  municipality: { type: 'string' },
  'municipality-code': { type: 'string' },
  'care-kinds': { type: 'string' },
  services: { type: 'string' },
  hours: { type: 'string' },
  tariff: { type: 'string' },
  intake: { type: 'string' },
  parts: { type: 'string' },
  theme: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  'no-install': { type: 'boolean' },
  'no-git': { type: 'boolean' },
  'package-manager': { type: 'string' },
  'link-packages': { type: 'string' },
  'no-link-packages': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const examples: Record<string, string> = {
  '--name': '"Zorghub Delft"',
  '--enterprise': '"Werkse!"',
  '--municipality': 'Delft',
  '--municipality-code': 'GM0503',
  '--package-manager': 'npm',
  '--parts': 'business-case,api',
};
const example = (option: string) => examples[option] ?? '<value>';

export function parseFlags(argv: readonly string[]): Flags {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(message)?.[1] ?? message;
      throw new UserError(`unknown option ${option} (see create-zorghub --help)`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // Node says "argument is ambiguous" (`--name --yes`) or "argument missing" (`--name` last).
      const option = /Option '(--[\w-]+)/.exec(message)?.[1];
      if (option) {
        const index = argv.indexOf(option);
        const next = index >= 0 ? argv[index + 1] : undefined;
        const found = next === undefined ? 'nothing after it' : `the option ${next} after it`;
        throw new UserError(
          `${option} needs a value, e.g. ${option} ${example(option)}; found ${found}. A value that starts with "-" is written ${option}=-value (see create-zorghub --help)`,
        );
      }
      throw new UserError(`${message.split('\n')[0]} (see create-zorghub --help)`);
    }
    throw new UserError(message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new UserError(
      `expected one project directory, found ${positionals.length}: ${positionals.join(' ')}`,
    );
  }
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.startsWith('--')) {
      throw new UserError(`--${key} needs a value, found the option ${value}`);
    }
  }
  return {
    directory: positionals[0],
    packageName: values['package-name'],
    name: values.name,
    enterprise: values.enterprise,
    municipality: values.municipality,
    municipalityCode: values['municipality-code'],
    careKinds: values['care-kinds'],
    services: values.services,
    hours: values.hours,
    tariff: values.tariff,
    intake: values.intake,
    parts: values.parts,
    theme: values.theme,
    yes: values.yes ?? false,
    install: !values['no-install'],
    git: !values['no-git'],
    packageManager: values['package-manager'],
    linkPackages: values['link-packages'],
    noLinkPackages: values['no-link-packages'] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

export const helpText = `create-zorghub: zet het project van een eigen Zorghub in je regio op
              scaffold a region's own Zorghub project

Gebruik / usage:
  npx create-zorghub [map/directory] [opties/options]

Zonder opties stelt het vragen; met --yes of zonder terminal neemt het de standaardwaarden.
Without options it asks; with --yes, or when stdin is not a terminal, it takes the defaults.

Project:
  --package-name <naam>        npm package name (default: the directory name)
  --name <tekst>               name of the hub (default: "Zorghub <municipality>")
  --enterprise <tekst>         the social enterprise (sociaal werkbedrijf), default "Werkse!"
  --municipality <tekst>       municipality (gemeente), default "Delft"
  --municipality-code <GM....> CBS municipality code, "GM" + 4 digits (e.g. GM0503)
  --care-kinds <a,b,...|all>   kinds of care organisation served (codelist organisatiesoort):
                               ouderenzorg, dakEnThuislozenopvang, dagbesteding,
                               gehandicaptenzorg, ggz, welzijn
  --services <a,b,...|all>     services offered (codelist dienstsoort): begeleidingHuisarts,
                               begeleidingBoodschappen, begeleidingFamiliebezoek, gezelschap,
                               wandelen, kleineKlusjes, lichteHuishoudelijkeHulp,
                               activiteitenbegeleiding, maaltijdondersteuning
  --hours <n>                  contract hours per week per worker (default 16)
  --tariff <euro>              tariff per hour in euros (default 30)
  --intake <n>                 expected intake of candidates per year (default 50)
  --parts <a,b,...|all|none>   parts to include: business-case, api, data-checks (default all)
  --theme <naam>               design-token theme: zorghub, gemeente, hoog-contrast

Afronden / finishing:
  -y, --yes                    take the defaults for everything not given as a flag
  --no-install                 do not install dependencies
  --no-git                     do not initialise a git repository
  --package-manager <pm>       npm, pnpm or yarn (default: the one that started create-zorghub)
  --link-packages <repo>       use the @zorghub packages of a source checkout instead of the registry
                               (automatic when create-zorghub itself runs from a checkout)
  --no-link-packages           always use the registry versions
  -h, --help                   this help
  -v, --version                the version
`;
