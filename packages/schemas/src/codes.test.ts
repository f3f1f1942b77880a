// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  type BezoekstatusCode,
  bezoekstatusCodes,
  bezoekstatusLabels,
  closedCodeLabels,
  closedCodes,
  codelists,
  scenarioUitstroombestemmingCodes,
} from './index.js';

const csvRows = (name: string) =>
  parse(readFileSync(new URL(`../codelists/${name}.csv`, import.meta.url), 'utf8'), {
    columns: true,
  }) as Array<{ code: string; label_nl: string; label_en: string }>;

describe('generated code arrays and labels', () => {
  it('has an array and labels for every closed codelist, and none for open ones', () => {
    const closed = Object.values(codelists)
      .filter((l) => !l.open)
      .map((l) => l.name)
      .sort();
    expect(Object.keys(closedCodes).sort()).toEqual(closed);
    expect(Object.keys(closedCodeLabels).sort()).toEqual(closed);
    expect(Object.keys(closedCodes)).not.toContain('dienstsoort'); // open: warnings only
  });

  it.each(Object.keys(closedCodes))('%s holds the codes and labels of its CSV file', (name) => {
    const rows = csvRows(name);
    expect([...closedCodes[name as keyof typeof closedCodes]]).toEqual(rows.map((r) => r.code));
    const labels = closedCodeLabels[name as keyof typeof closedCodeLabels] as Record<
      string,
      { nl: string; en: string }
    >;
    for (const r of rows) expect(labels[r.code]).toEqual({ nl: r.label_nl, en: r.label_en });
  });

  it('types the codes as a union of literals', () => {
    const status: BezoekstatusCode = bezoekstatusCodes[0];
    expect(bezoekstatusLabels[status].nl).toBe('Gepland');
    expect(scenarioUitstroombestemmingCodes).toContain('regulier-werk');
    // @ts-expect-error a code that is not in the list is a type error
    const wrong: BezoekstatusCode = 'klaar';
    expect(bezoekstatusCodes).not.toContain(wrong);
  });
});
