// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * "Did you mean": the closest known name for one that is not known — a column, a code of a
 * codelist (by its code or its Dutch or English label), an entity. Only called for values that
 * failed, so it costs nothing on valid data.
 */
import { distance } from 'fastest-levenshtein';
import type { Codelist, EntityInfo, FieldInfo } from '../model.js';

/** Case, accents, spaces, `_`, `-` and `.` do not count: `Gepland Start Op` ≈ `geplandStartOp`. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}

/** One spelling of a name and what to suggest for it. */
export interface Candidate {
  spelling: string;
  suggest: string;
}

/**
 * The suggestion for `value`: a candidate equal to it apart from case, accents and separators;
 * else the one fewest edits away, when that is at most a third of the value's length (and 3).
 * Ties go to the first candidate. Undefined when nothing is close.
 */
export function closest(value: string, candidates: readonly Candidate[]): string | undefined {
  const wanted = normalise(value);
  if (wanted === '') return undefined;
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.floor(wanted.length / 3));
  for (const c of candidates) {
    const d = distance(wanted, normalise(c.spelling));
    if (d === 0) return c.suggest;
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = c.suggest;
      bestDistance = d;
    }
  }
  return best;
}

/** Columns of an entity: the Dutch and English headers, each suggested as itself. */
export function columnCandidates(fields: readonly FieldInfo[]): Candidate[] {
  const out: Candidate[] = [];
  for (const f of fields) {
    out.push({ spelling: f.columnNl, suggest: f.columnNl });
    if (f.columnEn !== f.columnNl) out.push({ spelling: f.columnEn, suggest: f.columnEn });
  }
  return out;
}

const codeCache = new WeakMap<Codelist, Candidate[]>();

/** Codes of a codelist, found by code or by Dutch or English label; the code is suggested. */
export function codeCandidates(list: Codelist): Candidate[] {
  let out = codeCache.get(list);
  if (!out) {
    out = [];
    for (const c of list.codes) if (!c.deprecated) out.push({ spelling: c.code, suggest: c.code });
    for (const c of list.codes) {
      if (c.deprecated) continue;
      out.push({ spelling: c.labelNl, suggest: c.code });
      out.push({ spelling: c.labelEn, suggest: c.code });
    }
    codeCache.set(list, out);
  }
  return out;
}

/** Entities by their Dutch name, plural and English name; the name as the user spelt it is kept. */
export function entityCandidates(entities: readonly EntityInfo[], lang: 'nl' | 'en'): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    const shown = lang === 'nl' ? e.name : e.english;
    out.push({ spelling: e.name, suggest: shown });
    out.push({ spelling: e.plural, suggest: lang === 'nl' ? e.plural : e.english });
    out.push({ spelling: e.english, suggest: shown });
  }
  return out;
}
