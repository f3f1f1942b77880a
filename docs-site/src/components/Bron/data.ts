// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The sources register (src/data/bronnen.json), typed and numbered: a source's number is its
// place in the register, so it is the same on every page and on the Bronnen page.
import register from '@site/src/data/bronnen.json';

export type Lang = 'nl' | 'en';
type Text = Record<Lang, string>;

export interface Source {
  id: string;
  groep: string;
  titel: Text;
  uitgever: Text;
  datum: Text;
  url: string | null;
  vindplaats?: Text;
  /** A page of this guide that explains the source (the model, the toolkit). */
  intern?: string;
  gebruiktOp: string[];
  /** 1-based place in the register. */
  nummer: number;
}

export const groups: { id: string; titel: Text }[] = register.groepen;

export const sources: Source[] = register.bronnen.map((b, i) => ({
  ...(b as Omit<Source, 'nummer'>),
  nummer: i + 1,
}));

const byId = new Map(sources.map((s) => [s.id, s]));

export function findSource(id: string): Source {
  const source = byId.get(id);
  if (!source) {
    throw new Error(
      `<Bron id="${id}" />: no source with that id in docs-site/src/data/bronnen.json. ` +
        `Use one of its ids (${[...byId.keys()].join(', ')}) or add the source there.`,
    );
  }
  return source;
}

/** The route of a doc id: "stappenplan/index" is served at /docs/stappenplan. */
export function docPath(id: string): string {
  return `/docs/${id.replace(/(^|\/)index$/, '')}`.replace(/\/$/, '');
}
