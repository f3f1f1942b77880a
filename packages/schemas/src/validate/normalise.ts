// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `convert --normalise`: dates and times written the Dutch way (`31-5-2022`, `1-6-2022 09:00`) and
 * date-times without a zone become their ISO form, each change reported (`value.normalised`,
 * with the old and the new value), so nothing changes silently.
 */
import type { FieldInfo } from '../model.js';
import { isoForm } from './dutch-dates.js';
import type { Source } from './engine/source.js';
import type { IssueSink } from './readers/sink.js';

/** The date and date-time fields of an entity outside arrays, with their path. */
function dateFields(fields: readonly FieldInfo[]): Array<{ field: FieldInfo; segments: string[] }> {
  return fields
    .filter((f) => (f.format === 'date' || f.format === 'date-time') && !f.path.includes('[]'))
    .map((field) => ({ field, segments: field.path.split('.') }));
}

const cache = new WeakMap<readonly FieldInfo[], ReturnType<typeof dateFields>>();

/** Rewrites the Dutch-written dates of `record` in place and reports each one. */
export function normaliseDates(
  record: Record<string, unknown>,
  source: Source,
  line: number,
  issue: IssueSink,
): void {
  const fields = source.runtime.info.fields;
  let list = cache.get(fields);
  if (!list) {
    list = dateFields(fields);
    cache.set(fields, list);
  }
  for (const { field, segments } of list) {
    let parent: Record<string, unknown> | undefined = record;
    for (let i = 0; i < segments.length - 1 && parent; i++) {
      const next: unknown = parent[segments[i]!];
      parent =
        typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : undefined;
    }
    const key = segments[segments.length - 1]!;
    const value = parent?.[key];
    if (typeof value !== 'string') continue;
    const iso = isoForm(value, field.format!);
    if (iso === undefined || iso === value) continue;
    parent![key] = iso;
    const hidden = field.privacy === 'personal' || field.privacy === 'special';
    // a personal date (a date of birth) is changed but never shown
    issue(
      'value.normalised',
      source,
      line,
      field.path,
      hidden ? { redacted: true } : { expected: iso, found: `${JSON.stringify(value)} → ${iso}` },
    );
  }
}
