// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Longer than 400 lines: every question of the scaffolder resolved from flags, prompts and defaults
// in one place, so their precedence reads once; a split per question group is the next step.
import { basename } from 'node:path';
import type { Flags } from './args.js';
import {
  allParts,
  type Choice,
  careKinds,
  defaults,
  knownMunicipalityCodes,
  type Part,
  parts as partChoices,
  services,
  themes,
} from './choices.js';
import { CancelledError, UserError } from './errors.js';
import {
  checkMunicipalityCode,
  checkPackageName,
  checkText,
  parseNumber,
  toPackageName,
} from './validate.js';

/** Everything a region decides; the input of the generator. */
export interface Answers {
  directory: string;
  packageName: string;
  hubName: string;
  enterprise: string;
  municipality: string;
  /** '' when unknown */
  municipalityCode: string;
  careKinds: string[];
  services: string[];
  hoursPerWeek: number;
  tariff: number;
  intake: number;
  parts: Part[];
  theme: string;
}

export type QuestionId = Exclude<keyof Answers, never>;

export interface TextQuestion {
  kind: 'text';
  id: QuestionId;
  message: string;
  initial: string;
  /** Returns a reason when the value cannot be used. */
  validate: (value: string) => string | undefined;
}
export interface SelectQuestion {
  kind: 'select';
  id: QuestionId;
  message: string;
  options: readonly Choice[];
  initial: string;
}
export interface MultiSelectQuestion {
  kind: 'multiselect';
  id: QuestionId;
  message: string;
  options: readonly Choice[];
  initial: readonly string[];
  required: boolean;
}
export type Question = TextQuestion | SelectQuestion | MultiSelectQuestion;

export const CANCEL = Symbol('cancel');

/**
 * Where answers come from: the terminal (@clack/prompts) in real use, a script in tests.
 * An answer source re-asks on its own when `validate` returns a reason.
 */
export interface AnswerSource {
  ask(question: Question): Promise<string | string[] | typeof CANCEL>;
}

export interface ResolveContext {
  /** Reason why the target directory cannot be used (not empty, …), or undefined. */
  checkTarget?: (directory: string) => string | undefined;
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function checkList(
  flag: string,
  value: string,
  choices: readonly Choice[],
  { allowNone }: { allowNone: boolean },
): string[] {
  const allowed = choices.map((c) => c.value);
  if (value.trim() === 'all') return allowed;
  if (allowNone && value.trim() === 'none') return [];
  const list = splitList(value);
  const unknown = list.filter((v) => !allowed.includes(v));
  if (unknown.length > 0)
    throw new UserError(
      `--${flag}: expected one or more of ${allowed.join(', ')}, found "${unknown.join(', ')}"`,
    );
  if (list.length === 0 && !allowNone)
    throw new UserError(`--${flag}: expected one or more of ${allowed.join(', ')}, found nothing`);
  return allowed.filter((v) => list.includes(v));
}

function checkChoice(flag: string, value: string, choices: readonly Choice[]): string {
  const allowed = choices.map((c) => c.value);
  if (!allowed.includes(value))
    throw new UserError(`--${flag}: expected one of ${allowed.join(', ')}, found "${value}"`);
  return value;
}

/**
 * Decides every answer: from a flag when one is given (checked; a bad flag is a refusal), else
 * from the answer source when there is one, else the default. Pure apart from the source, so
 * the whole dialogue is tested with scripted answers.
 */
export async function resolveAnswers(
  flags: Flags,
  source: AnswerSource | undefined,
  context: ResolveContext = {},
): Promise<Answers> {
  const ask = async <T extends string | string[]>(question: Question): Promise<T> => {
    const answer = await source!.ask(question);
    if (answer === CANCEL) throw new CancelledError();
    return answer as T;
  };
  const checkTarget = context.checkTarget ?? (() => undefined);

  // Project directory, checked before anything else is asked.
  let directory: string;
  const checkDirectory = (value: string): string | undefined => {
    if (value.trim() === '') return 'project directory: expected a path, found nothing';
    return checkTarget(value.trim());
  };
  if (flags.directory !== undefined) {
    const reason = checkDirectory(flags.directory);
    if (reason) throw new UserError(reason);
    directory = flags.directory.trim();
  } else if (source) {
    directory = (
      await ask<string>({
        kind: 'text',
        id: 'directory',
        message: 'Projectmap / project directory',
        initial: defaults.directory,
        validate: checkDirectory,
      })
    ).trim();
  } else {
    const reason = checkDirectory(defaults.directory);
    if (reason) throw new UserError(reason);
    directory = defaults.directory;
  }

  // npm package name: the directory name unless given; asked only when that name cannot be used.
  let packageName: string;
  const fromDirectory = basename(directory === '.' ? process.cwd() : directory);
  const packageNameReason = (name: string) => {
    const reason = checkPackageName(name);
    return reason ? `invalid project name "${name}": ${reason}` : undefined;
  };
  if (flags.packageName !== undefined) {
    const reason = packageNameReason(flags.packageName);
    if (reason) throw new UserError(`--package-name: ${reason}`);
    packageName = flags.packageName;
  } else if (!packageNameReason(fromDirectory)) {
    packageName = fromDirectory;
  } else if (source) {
    packageName = await ask<string>({
      kind: 'text',
      id: 'packageName',
      message: 'Naam van het npm-pakket / npm package name',
      initial: toPackageName(fromDirectory) || 'mijn-zorghub',
      validate: packageNameReason,
    });
  } else {
    throw new UserError(
      `${packageNameReason(fromDirectory)}; choose another directory name or pass --package-name`,
    );
  }

  const text = async (
    id: QuestionId,
    flag: string,
    flagValue: string | undefined,
    message: string,
    initial: string,
    validate: (value: string) => string | undefined,
  ): Promise<string> => {
    if (flagValue !== undefined) {
      const reason = validate(flagValue);
      if (reason) throw new UserError(reason.startsWith('--') ? reason : `--${flag}: ${reason}`);
      return flagValue.trim();
    }
    if (source) return (await ask<string>({ kind: 'text', id, message, initial, validate })).trim();
    return initial;
  };

  const municipality = await text(
    'municipality',
    'municipality',
    flags.municipality,
    'Gemeente / municipality',
    defaults.municipality,
    checkText('municipality'),
  );
  const hubName = await text(
    'hubName',
    'name',
    flags.name,
    'Naam van de hub / name of the hub',
    `Zorghub ${municipality}`,
    checkText('name of the hub'),
  );
  const enterprise = await text(
    'enterprise',
    'enterprise',
    flags.enterprise,
    'Sociaal werkbedrijf / social enterprise',
    defaults.enterprise,
    checkText('social enterprise'),
  );
  const municipalityCode = await text(
    'municipalityCode',
    'municipality-code',
    flags.municipalityCode,
    'CBS-gemeentecode (GM + 4 cijfers, leeg als onbekend) / CBS code, empty when unknown',
    knownMunicipalityCodes[municipality.toLowerCase()] ?? '',
    checkMunicipalityCode,
  );

  const multi = async (
    id: QuestionId,
    flag: string,
    flagValue: string | undefined,
    message: string,
    options: readonly Choice[],
    initial: readonly string[],
    required: boolean,
  ): Promise<string[]> => {
    if (flagValue !== undefined)
      return checkList(flag, flagValue, options, { allowNone: !required });
    if (source) {
      const chosen = await ask<string[]>({
        kind: 'multiselect',
        id,
        message,
        options,
        initial,
        required,
      });
      return options.map((o) => o.value).filter((v) => chosen.includes(v));
    }
    return [...initial];
  };

  const chosenCareKinds = await multi(
    'careKinds',
    'care-kinds',
    flags.careKinds,
    'Welke zorgorganisaties bedient de hub? / kinds of care organisation served',
    careKinds,
    defaults.careKinds,
    true,
  );
  const chosenServices = await multi(
    'services',
    'services',
    flags.services,
    'Welke diensten biedt de hub? / services offered',
    services,
    defaults.services,
    true,
  );

  const number = async (
    id: QuestionId,
    flag: string,
    flagValue: string | undefined,
    message: string,
    initial: number,
    range: { min: number; max: number; integer?: boolean },
  ): Promise<number> => {
    const validate = (value: string) => {
      const n = parseNumber(`--${flag}`, value, range);
      return typeof n === 'string' ? n : undefined;
    };
    let raw: string;
    if (flagValue !== undefined) {
      const reason = validate(flagValue);
      if (reason) throw new UserError(reason);
      raw = flagValue;
    } else if (source) {
      raw = await ask<string>({ kind: 'text', id, message, initial: String(initial), validate });
    } else {
      return initial;
    }
    return parseNumber(flag, raw, range) as number;
  };

  const hoursPerWeek = await number(
    'hoursPerWeek',
    'hours',
    flags.hours,
    'Contracturen per week per medewerker / contract hours per week',
    defaults.hoursPerWeek,
    { min: 1, max: 40 },
  );
  const tariff = await number(
    'tariff',
    'tariff',
    flags.tariff,
    'Tarief per uur in euro / tariff per hour in euros',
    defaults.tariff,
    { min: 1, max: 500 },
  );
  const intake = await number(
    'intake',
    'intake',
    flags.intake,
    'Verwachte instroom kandidaten per jaar / expected intake of candidates per year',
    defaults.intake,
    { min: 1, max: 10000, integer: true },
  );

  const chosenParts = (await multi(
    'parts',
    'parts',
    flags.parts,
    'Welke onderdelen? / which parts to include',
    partChoices,
    defaults.parts,
    false,
  )) as Part[];

  let theme: string;
  if (flags.theme !== undefined) theme = checkChoice('theme', flags.theme, themes);
  else if (source)
    theme = await ask<string>({
      kind: 'select',
      id: 'theme',
      message: 'Thema (design tokens) / design-token theme',
      options: themes,
      initial: defaults.theme,
    });
  else theme = defaults.theme;

  return {
    directory,
    packageName,
    hubName,
    enterprise,
    municipality,
    municipalityCode,
    careKinds: chosenCareKinds,
    services: chosenServices,
    hoursPerWeek,
    tariff,
    intake,
    parts: allParts.filter((p) => chosenParts.includes(p)),
    theme,
  };
}

/** The command that gives the same project without questions (printed and put in the README). */
export function equivalentCommand(
  answers: Answers,
  extra: { packageManager?: string; install?: boolean; git?: boolean; version?: string } = {},
): string {
  const { packageManager = 'npm', version } = extra;
  const q = (value: string) =>
    /^[A-Za-z0-9@%+=:,./_-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
  const pkg = version ? `create-zorghub@${version}` : 'create-zorghub';
  const runner = `npx ${pkg}`;
  const args = [
    q(answers.directory),
    ...(answers.packageName !== basename(answers.directory)
      ? ['--package-name', q(answers.packageName)]
      : []),
    '--name',
    q(answers.hubName),
    '--enterprise',
    q(answers.enterprise),
    '--municipality',
    q(answers.municipality),
    '--municipality-code',
    answers.municipalityCode === '' ? "''" : answers.municipalityCode,
    '--care-kinds',
    answers.careKinds.join(','),
    '--services',
    answers.services.join(','),
    '--hours',
    String(answers.hoursPerWeek),
    '--tariff',
    String(answers.tariff),
    '--intake',
    String(answers.intake),
    '--parts',
    answers.parts.length === 0 ? 'none' : answers.parts.join(','),
    '--theme',
    answers.theme,
    ...(packageManager !== 'npm' ? ['--package-manager', packageManager] : []),
    ...(extra.install === false ? ['--no-install'] : []),
    ...(extra.git === false ? ['--no-git'] : []),
    '--yes',
  ];
  return `${runner} ${args.join(' ')}`;
}
