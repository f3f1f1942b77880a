// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The ids of `correlaties[].tussen`: a path with ids, not positions, so reordering lines keeps a
 * correlation on the same input: `parameters.<name>`, `bewijsklassen.<grade>`,
 * `cohorten.<cohort-id>.<field>` (e.g. `cohorten.c1.uitstroom.0.kansPerJaar`) or
 * `regels.<line-id>.<field>`.
 */
import { isObject, type Json } from './issues.js';

/** The JSON path (segments) of the parameter an id names, or undefined when nothing is there. */
export function resolveCorrelationId(root: Json, id: string): Array<string | number> | undefined {
  if (!isObject(root)) return undefined;
  const [head, ...rest] = id.split('.');
  let segments: Array<string | number>;
  if (head === 'parameters' || head === 'bewijsklassen') {
    segments = [head, ...rest];
  } else if (head === 'cohorten' || head === 'regels') {
    const list = root[head];
    const [ownId, ...fields] = rest;
    if (!Array.isArray(list) || ownId === undefined) return undefined;
    const index = list.findIndex((x) => isObject(x) && x.id === ownId);
    if (index < 0) return undefined;
    segments = [head, index, ...fields.map((f) => (/^\d+$/.test(f) ? Number(f) : f))];
  } else return undefined;
  let node: Json = root;
  for (const s of segments) {
    if (typeof s === 'number' ? !Array.isArray(node) : !isObject(node)) return undefined;
    node = (node as Record<string | number, Json>)[s];
  }
  return isObject(node) && typeof node.waarde === 'number' ? segments : undefined;
}

/** The compiled model's input key for resolved segments: `regels[3].deadweight`, `parameters.uurloon`. */
export function modelKey(segments: ReadonlyArray<string | number>): string {
  let key = String(segments[0]);
  for (const s of segments.slice(1)) key += typeof s === 'number' ? `[${s}]` : `.${s}`;
  return key;
}
