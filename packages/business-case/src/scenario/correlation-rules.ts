// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Rules for `correlaties`: each pair names two different uncertain inputs (with a `verdeling`),
 * each pair once, |r| ≤ 1, and the matrix of all declared rank correlations positive definite (a
 * set such as a~b 0.9, b~c 0.9, a~c -0.9 cannot hold together).
 */
import { resolveCorrelationId } from './correlation-ids.js';
import { describeValue, type IssueCollector, isObject, type Json, pointer } from './issues.js';

/** Cholesky factor (lower, row-major) of a symmetric matrix, or undefined when not positive definite. */
export function cholesky(matrix: ReadonlyArray<ReadonlyArray<number>>): number[][] | undefined {
  const k = matrix.length;
  const l = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++)
    for (let j = 0; j <= i; j++) {
      let s = (matrix[i] as number[])[j] as number;
      for (let m = 0; m < j; m++) s -= (l[i] as number[])[m]! * (l[j] as number[])[m]!;
      if (i === j) {
        if (!(s > 1e-10)) return undefined;
        (l[i] as number[])[i] = Math.sqrt(s);
      } else (l[i] as number[])[j] = s / (l[j] as number[])[j]!;
    }
  return l;
}

export function checkCorrelations(root: Record<string, Json>, out: IssueCollector): void {
  const list = root.correlaties;
  if (!Array.isArray(list)) return;
  const ids: string[] = [];
  const pairs: Array<{ a: number; b: number; r: number }> = [];
  const seen = new Map<string, number>();
  list.forEach((item, n) => {
    if (!isObject(item) || !Array.isArray(item.tussen)) return;
    const path = ['correlaties', n];
    const between = item.tussen;
    let ok = between.length === 2;
    between.forEach((id, k) => {
      if (typeof id !== 'string') return;
      const where = pointer([...path, 'tussen', k]);
      const segments = resolveCorrelationId(root, id);
      if (!segments) {
        ok = false;
        out.add(
          'scenario.correlation.input',
          where,
          {
            en: 'an input of this scenario: parameters.<name>, bewijsklassen.<grade>, cohorten.<cohort-id>.<field> or regels.<line-id>.<field>',
            nl: 'een invoerwaarde van dit scenario: parameters.<naam>, bewijsklassen.<klasse>, cohorten.<cohort-id>.<veld> of regels.<regel-id>.<veld>',
          },
          describeValue(id),
        );
        return;
      }
      let node: Json = root;
      for (const s of segments) node = (node as Record<string | number, Json>)[s];
      if (!isObject(node) || !isObject(node.verdeling)) {
        ok = false;
        out.add(
          'scenario.correlation.uncertain',
          where,
          {
            en: `an uncertain input (with a verdeling); give ${id} a verdeling or leave it out`,
            nl: `een onzekere invoerwaarde (met verdeling); geef ${id} een verdeling of laat hem weg`,
          },
          describeValue(node),
        );
      }
    });
    const r = item.rangcorrelatie;
    if (typeof r !== 'number' || !Number.isFinite(r) || Math.abs(r) > 1) {
      out.add(
        'scenario.correlation.range',
        pointer([...path, 'rangcorrelatie']),
        { en: 'a rank correlation from -1 to 1', nl: 'een rangcorrelatie van -1 tot 1' },
        describeValue(r),
      );
      ok = false;
    }
    if (!ok || typeof r !== 'number') return;
    const [a, b] = between as [string, string];
    if (a === b) {
      out.add(
        'scenario.correlation.self',
        pointer([...path, 'tussen']),
        { en: 'two different inputs', nl: 'twee verschillende invoerwaarden' },
        `${describeValue(a)} twice`,
      );
      return;
    }
    const key = [a, b].sort().join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      out.add(
        'scenario.correlation.duplicate',
        pointer([...path, 'tussen']),
        {
          en: `each pair once (already in /correlaties/${earlier})`,
          nl: `elk paar één keer (staat al in /correlaties/${earlier})`,
        },
        describeValue(between),
      );
      return;
    }
    seen.set(key, n);
    const index = (id: string): number => {
      const i = ids.indexOf(id);
      if (i >= 0) return i;
      ids.push(id);
      return ids.length - 1;
    };
    pairs.push({ a: index(a), b: index(b), r });
  });
  if (pairs.length === 0) return;
  const matrix = ids.map((_, i) => ids.map((__, j) => (i === j ? 1 : 0)));
  for (const { a, b, r } of pairs) {
    (matrix[a] as number[])[b] = r;
    (matrix[b] as number[])[a] = r;
  }
  if (!cholesky(matrix))
    out.add(
      'scenario.correlation.matrix',
      '/correlaties',
      {
        en: 'rank correlations that can hold together (a positive definite matrix); weaken the strongest ones, or check the signs',
        nl: 'rangcorrelaties die samen kunnen bestaan (een positief definiete matrix); maak de sterkste zwakker of controleer de tekens',
      },
      `a matrix that is not positive definite over ${ids.join(', ')}`,
    );
}
