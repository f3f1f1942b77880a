// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { parseFlags } from './args.js';
import { defaults } from './choices.js';
import { CancelledError, UserError } from './errors.js';
import {
  type AnswerSource,
  type Answers,
  CANCEL,
  equivalentCommand,
  type Question,
  resolveAnswers,
} from './resolve.js';

/** An answer source that plays a script and records what it was asked. */
function scripted(answers: Record<string, Array<string | string[] | typeof CANCEL>>) {
  const asked: Question[] = [];
  const rejected: Array<{ id: string; reason: string }> = [];
  const source: AnswerSource = {
    async ask(question) {
      asked.push(question);
      const queue = answers[question.id];
      if (!queue || queue.length === 0) {
        // Enter on an untouched prompt: the initial value.
        return question.kind === 'multiselect' ? [...question.initial] : question.initial;
      }
      for (;;) {
        const answer = queue.shift();
        if (answer === undefined) throw new Error(`script for ${question.id} ran out`);
        if (answer === CANCEL) return CANCEL;
        if (question.kind === 'text' && typeof answer === 'string') {
          const reason = question.validate(answer);
          if (reason) {
            rejected.push({ id: question.id, reason });
            continue; // clack shows the reason and asks again
          }
        }
        return answer;
      }
    },
  };
  return { source, asked, rejected };
}

/** Splits a command printed by equivalentCommand the way a POSIX shell would. */
function shellSplit(command: string): string[] {
  const words: string[] = [];
  const re = /'((?:[^']|'\\'')*)'|(\S+)/g;
  for (const m of command.matchAll(re)) {
    words.push(m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]!);
  }
  return words.map((w) => (w === "''" ? '' : w));
}

const flags = (...argv: string[]) => parseFlags(argv);

describe('resolveAnswers without a terminal (flags and defaults)', () => {
  it('takes the Delft defaults when nothing is given', async () => {
    const answers = await resolveAnswers(flags('--yes'), undefined);
    expect(answers).toEqual({
      directory: 'mijn-zorghub',
      packageName: 'mijn-zorghub',
      hubName: 'Zorghub Delft',
      enterprise: 'Werkse!',
      municipality: 'Delft',
      municipalityCode: 'GM0503',
      careKinds: [...defaults.careKinds],
      services: [...defaults.services],
      hoursPerWeek: 16,
      tariff: 30,
      intake: 50,
      parts: ['business-case', 'api', 'data-checks'],
      theme: 'zorghub',
    } satisfies Answers);
  });

  it('takes every answer from its flag', async () => {
    const answers = await resolveAnswers(
      flags(
        'regio-dordt',
        '--name',
        'Baanbrekend',
        '--enterprise',
        'Drechtwerk',
        '--municipality',
        'Dordrecht',
        '--care-kinds',
        'ggz,welzijn',
        '--services',
        'gezelschap',
        '--hours',
        '20',
        '--tariff',
        '29,75',
        '--intake',
        '60',
        '--parts',
        'api',
        '--theme',
        'gemeente',
      ),
      undefined,
    );
    expect(answers).toMatchObject({
      directory: 'regio-dordt',
      packageName: 'regio-dordt',
      hubName: 'Baanbrekend',
      enterprise: 'Drechtwerk',
      municipality: 'Dordrecht',
      municipalityCode: 'GM0505', // known municipality: code pre-filled
      careKinds: ['ggz', 'welzijn'],
      services: ['gezelschap'],
      hoursPerWeek: 20,
      tariff: 29.75,
      intake: 60,
      parts: ['api'],
      theme: 'gemeente',
    });
  });

  it('leaves the CBS code empty for a municipality it does not know', async () => {
    const answers = await resolveAnswers(flags('x', '--municipality', 'Oegstgeest'), undefined);
    expect(answers.municipalityCode).toBe('');
    expect(answers.hubName).toBe('Zorghub Oegstgeest');
  });

  it.each([
    [
      ['--municipality-code', 'GM12'],
      /--municipality-code: expected a CBS municipality code.*"GM12"/,
    ],
    [['--municipality-code', '0503'], /"GM" and 4 digits/],
    [['--tariff', 'abc'], /--tariff: expected a number between 1 and 500, found "abc"/],
    [['--hours', '60'], /--hours: expected a number between 1 and 40, found 60/],
    [['--intake', '12.5'], /--intake: expected a whole number/],
    [
      ['--care-kinds', 'ouderenzorg,kapper'],
      /--care-kinds: expected one or more of .*found "kapper"/,
    ],
    [['--care-kinds', 'none'], /--care-kinds: expected one or more of/],
    [['--services', ''], /--services: expected one or more of .*found nothing/],
    [['--parts', 'api,frontend'], /--parts: .*found "frontend"/],
    [
      ['--theme', 'paars'],
      /--theme: expected one of zorghub, gemeente, hoog-contrast, found "paars"/,
    ],
    [['--name', ''], /--name: name of the hub: expected a value, found nothing/],
    [['--enterprise', 'a"b'], /--enterprise: social enterprise: expected plain text/],
    [['--package-name', 'Mijn Regio'], /--package-name: invalid project name "Mijn Regio"/],
  ])('refuses %j with a reason that names the flag', async (argv, message) => {
    await expect(resolveAnswers(flags('x', ...argv), undefined)).rejects.toThrow(message);
    await expect(resolveAnswers(flags('x', ...argv), undefined)).rejects.toBeInstanceOf(UserError);
  });

  it('accepts --parts none and --care-kinds all', async () => {
    const answers = await resolveAnswers(
      flags('x', '--parts', 'none', '--care-kinds', 'all'),
      undefined,
    );
    expect(answers.parts).toEqual([]);
    expect(answers.careKinds).toHaveLength(6);
  });

  it('refuses a directory whose name is not a valid package name, without a terminal', async () => {
    await expect(resolveAnswers(flags('Mijn Regio'), undefined)).rejects.toThrow(
      'invalid project name "Mijn Regio": npm package names are lowercase; choose another directory name or pass --package-name',
    );
  });

  it('refuses a target the caller says cannot be used', async () => {
    await expect(
      resolveAnswers(flags('bestaand'), undefined, {
        checkTarget: () => 'directory bestaand is not empty',
      }),
    ).rejects.toThrow('directory bestaand is not empty');
  });
});

describe('resolveAnswers with a terminal (injected answers)', () => {
  it('asks every question in order when no flag is given', async () => {
    const { source, asked } = scripted({
      directory: ['regio-west'],
      municipality: ['Apeldoorn'],
      enterprise: ['Lucrato'],
      careKinds: [['welzijn']],
      tariff: ['35'],
      parts: [['business-case', 'data-checks']],
      theme: ['hoog-contrast'],
    });
    const answers = await resolveAnswers(flags(), source);
    expect(asked.map((q) => q.id)).toEqual([
      'directory',
      'municipality',
      'hubName',
      'enterprise',
      'municipalityCode',
      'careKinds',
      'services',
      'hoursPerWeek',
      'tariff',
      'intake',
      'parts',
      'theme',
    ]);
    // Defaults shown in the prompts follow earlier answers.
    expect(asked.find((q) => q.id === 'hubName')).toMatchObject({ initial: 'Zorghub Apeldoorn' });
    expect(asked.find((q) => q.id === 'municipalityCode')).toMatchObject({ initial: 'GM0200' });
    expect(answers).toMatchObject({
      directory: 'regio-west',
      packageName: 'regio-west',
      hubName: 'Zorghub Apeldoorn',
      enterprise: 'Lucrato',
      municipalityCode: 'GM0200',
      careKinds: ['welzijn'],
      tariff: 35,
      parts: ['business-case', 'data-checks'],
      theme: 'hoog-contrast',
    });
  });

  it('does not ask what a flag already answers', async () => {
    const { source, asked } = scripted({});
    await resolveAnswers(
      flags('dir', '--municipality', 'Delft', '--tariff', '30', '--theme', 'gemeente'),
      source,
    );
    const ids = asked.map((q) => q.id);
    expect(ids).not.toContain('directory');
    expect(ids).not.toContain('municipality');
    expect(ids).not.toContain('tariff');
    expect(ids).not.toContain('theme');
    expect(ids).toContain('enterprise');
  });

  it('asks again until an answer is valid, with the reason', async () => {
    const { source, rejected } = scripted({
      municipalityCode: ['gm0503', 'GM050', 'GM0503'],
      hoursPerWeek: ['veel', '0', '24'],
      directory: ['', 'ok-dir'],
    });
    const answers = await resolveAnswers(flags(), source);
    expect(answers.municipalityCode).toBe('GM0503');
    expect(answers.hoursPerWeek).toBe(24);
    expect(rejected.map((r) => r.id)).toEqual([
      'directory',
      'municipalityCode',
      'municipalityCode',
      'hoursPerWeek',
      'hoursPerWeek',
    ]);
    expect(rejected[1]!.reason).toMatch(/found "gm0503"/);
  });

  it('re-asks the directory while it is not empty', async () => {
    const { source, rejected } = scripted({ directory: ['bezet', 'vrij'] });
    const answers = await resolveAnswers(flags(), source, {
      checkTarget: (dir) =>
        dir === 'bezet' ? 'directory bezet is not empty; conflicting files: a' : undefined,
    });
    expect(answers.directory).toBe('vrij');
    expect(rejected).toEqual([
      { id: 'directory', reason: 'directory bezet is not empty; conflicting files: a' },
    ]);
  });

  it('asks for a package name when the directory name cannot be one', async () => {
    const { source, asked } = scripted({
      directory: ['Mijn Regio'],
      packageName: ['Ook Fout', 'mijn-regio'],
    });
    const answers = await resolveAnswers(flags(), source);
    expect(asked.find((q) => q.id === 'packageName')).toMatchObject({ initial: 'mijn-regio' });
    expect(answers.packageName).toBe('mijn-regio');
    expect(answers.directory).toBe('Mijn Regio');
  });

  it('stops with CancelledError when the user cancels', async () => {
    const { source } = scripted({ enterprise: [CANCEL] });
    await expect(resolveAnswers(flags('dir'), source)).rejects.toBeInstanceOf(CancelledError);
  });

  it('keeps multiselect answers in the order of the options', async () => {
    const { source } = scripted({ parts: [['data-checks', 'business-case']] });
    const answers = await resolveAnswers(flags('dir'), source);
    expect(answers.parts).toEqual(['business-case', 'data-checks']);
  });
});

describe('equivalentCommand', () => {
  it('gives back the same answers when run without questions', async () => {
    const { source } = scripted({
      directory: ['Mijn Regio'],
      packageName: ['mijn-regio'],
      municipality: ["'s-Hertogenbosch"],
      enterprise: ['Werk & Co'],
      municipalityCode: [''],
      parts: [[]],
      services: [['wandelen', 'gezelschap']],
      tariff: ['31.2'],
    });
    const answers = await resolveAnswers(flags(), source);
    const command = equivalentCommand(answers, { version: '0.1.0', install: false, git: false });
    expect(command).toMatch(/^npx create-zorghub@0\.1\.0 'Mijn Regio' --package-name mijn-regio /);
    expect(command).toContain('--parts none');
    expect(command).toContain('--no-install --no-git --yes');
    const argv = shellSplit(command).slice(2);
    const again = await resolveAnswers(parseFlags(argv), undefined);
    expect(again).toEqual(answers);
  });
});
