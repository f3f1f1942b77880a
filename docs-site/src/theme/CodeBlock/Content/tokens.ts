// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { PrismTheme } from 'prism-react-renderer';
import { type CSSProperties, createContext } from 'react';

/** One token: its Prism types (space-separated), its text and 1 for an empty line's placeholder. */
export type Token = [types: string, content: string, empty?: 1];

/** The build-time tokens of the block being rendered (src/theme-config/code-tokens.mjs). */
export const TokensContext = createContext<string | undefined>(undefined);

/** The lines of a block without a grammar, as prism-react-renderer splits plain text. */
export function plainLines(code: string): Token[][] {
  return code
    .split(/\r\n|\r|\n/)
    .map((line) => (line === '' ? [['plain', '\n', 1]] : [['plain', line]]));
}

/** The build-time tokens when they spell `code` exactly; otherwise the plain lines. */
export function linesFor(code: string, json: string | undefined): Token[][] {
  if (json) {
    try {
      const lines = JSON.parse(json) as Token[][];
      const text = lines.map((line) => line.map((t) => (t[2] ? '' : t[1])).join('')).join('\n');
      if (text === code) return lines;
    } catch {
      // a malformed attribute falls back to the plain lines below
    }
  }
  return plainLines(code);
}

type Dict = Record<string, CSSProperties | undefined>;

/** prism-react-renderer's themeToDict, without importing the library (and its grammars). */
export function themeDict(theme: PrismTheme, language: string): Dict {
  const dict: Dict = {};
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language as never)) continue;
    for (const type of entry.types)
      dict[type] = { ...dict[type], ...(entry.style as CSSProperties) };
  }
  dict.root = theme.plain as CSSProperties;
  dict.plain = { ...(theme.plain as CSSProperties), backgroundColor: undefined };
  return dict;
}

/** prism-react-renderer's style for a token, from the same dictionary. */
export function tokenStyle(dict: Dict, types: string[], empty: boolean): CSSProperties | undefined {
  if (types.length === 1 && types[0] === 'plain')
    return empty ? { display: 'inline-block' } : undefined;
  if (types.length === 1 && empty) return dict[types[0] as string];
  return Object.assign(empty ? { display: 'inline-block' } : {}, ...types.map((t) => dict[t]));
}
