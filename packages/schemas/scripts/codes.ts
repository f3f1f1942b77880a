// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Writes `src/generated/codes.ts`: for every closed codelist an `as const` array of its codes, the
 * union type of those codes and their Dutch and English labels, so that other packages take codes
 * and labels from the standard instead of listing them again.
 */
import type { Codelist } from '../src/model.js';

/** `scenario-belanghebbende` → `scenarioBelanghebbende`. */
export function camel(name: string): string {
  const parts = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return parts
    .map((p, i) => (i === 0 ? p[0]!.toLowerCase() + p.slice(1) : p[0]!.toUpperCase() + p.slice(1)))
    .join('');
}

const pascal = (name: string) => {
  const c = camel(name);
  return c[0]!.toUpperCase() + c.slice(1);
};

const q = (text: string) => JSON.stringify(text);

export function codesModule(codelists: Record<string, Codelist>, header: string): string {
  const closed = Object.values(codelists)
    .filter((list) => !list.open)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: string[] = [`// ${header}`, `import type { LocalizedText } from '../model.js';`, ''];
  for (const list of closed) {
    const id = camel(list.name);
    const type = `${pascal(list.name)}Code`;
    out.push(
      `/** Codes of the closed codelist \`${list.name}\` (deprecated ones included: they are still valid). */`,
      `export const ${id}Codes = [${list.codes.map((c) => q(c.code)).join(', ')}] as const;`,
      `export type ${type} = (typeof ${id}Codes)[number];`,
      `/** Dutch and English labels of the codes of \`${list.name}\`. */`,
      `export const ${id}Labels: Readonly<Record<${type}, LocalizedText>> = {`,
      ...list.codes.map((c) => `  ${q(c.code)}: { nl: ${q(c.labelNl)}, en: ${q(c.labelEn)} },`),
      '};',
      '',
    );
  }
  out.push(
    '/** The codes of every closed codelist, by codelist name. */',
    'export const closedCodes = {',
    ...closed.map((list) => `  ${q(list.name)}: ${camel(list.name)}Codes,`),
    '} as const;',
    '',
    '/** The labels of every closed codelist, by codelist name. */',
    'export const closedCodeLabels = {',
    ...closed.map((list) => `  ${q(list.name)}: ${camel(list.name)}Labels,`),
    '} as const;',
    '',
  );
  return out.join('\n');
}
