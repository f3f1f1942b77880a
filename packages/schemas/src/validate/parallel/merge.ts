// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Merges what a worker found in one range into the run (main thread), in the order of the file:
 * the issues as if added one by one, then the range's ids and references, unpacked from their
 * typed arrays and checked against the ids of the whole run exactly as one thread checks them.
 */
import type { Checker } from '../engine/checker.js';
import type { Source } from '../engine/source.js';
import { planHeader } from '../tabular.js';
import { NONE, type RangeResult } from './protocol.js';

const NO_ID: { id?: string } = Object.freeze({});

export function mergeRange(result: RangeResult, checker: Checker, source: Source): void {
  if (result.headers) {
    // the columns the samples of ids and references name, as one thread's CSV reader plans them
    source.plan = planHeader(result.headers, source.runtime.info);
    source.suppressRequired = new Set(source.plan.missingRequired.map((field) => field.path));
  }
  checker.report.merge(result.taken);
  source.records += result.records;
  checker.report.records += result.records;
  // one reused holder: the checks spread it at once, as Checker does per record
  const holder: { id?: string } = {};
  {
    const { text, lengths } = result.ids;
    const lines = result.idLines;
    let at = 0;
    for (let i = 0; i < lengths.length; i++) {
      const length = lengths[i]!;
      const id = text.substring(at, at + length);
      at += length;
      let sample = NO_ID;
      if (length <= 80) {
        holder.id = id;
        sample = holder;
      }
      checker.addId(source, lines[i]!, id, sample);
    }
  }
  const refs = source.runtime.references;
  const values = result.refValues;
  const ids = result.refIds;
  let valueAt = 0;
  let idAt = 0;
  for (let i = 0; i < result.refIndex.length; i++) {
    const valueLength = values.lengths[i]!;
    const value = values.text.substring(valueAt, valueAt + valueLength);
    valueAt += valueLength;
    const idLength = ids.lengths[i]!;
    let sample = NO_ID;
    if (idLength !== NONE) {
      const id = ids.text.substring(idAt, idAt + idLength);
      idAt += idLength;
      if (idLength <= 80) {
        holder.id = id;
        sample = holder;
      }
    }
    checker.references.check(
      refs[result.refIndex[i]!]!,
      value,
      source,
      result.refLines[i]!,
      sample,
    );
  }
}
