// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The funder's page: the hub's outcomes as counts only (/uitkomst-aggregaties) and the monitoring
 * summary per cohort (/monitoring-samenvatting). The API suppresses small cells; the page shows a
 * suppressed cell as suppressed and never derives it from the others.
 */
import { arbeidssituatieLabels, uitkeringsstatusLabels } from '@zorghub/schemas';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { ApiError, call, NetworkError } from '../api';
import { label, uitstroombestemmingLabels, useLang } from '../i18n';
import { Alert, DataTable, Heading, Paragraph } from '../ui';
import { isoDay } from '../week';

interface AggregateCell {
  waarde: string;
  aantalDeelnemers: number | null;
  onderdrukt: boolean;
}
interface Aggregates {
  aantalDeelnemers: number | null;
  arbeidssituatie: AggregateCell[];
  uitkeringsstatus: AggregateCell[];
  uitgestroomd: AggregateCell[];
}
interface Count {
  aantal: number | null;
  onderdrukt: boolean;
}
interface CohortSummary {
  cohort?: string;
  aantalDeelnemers: Count;
  instroom: Count;
  trainingAfgerond: Count;
  uitvalTraining: Count;
  geplaatst: Count;
  aanHetWerk: Count;
  uitstroom: Array<Count & { waarde: string }>;
  persoonsjarenAanHetWerk: number | null;
  coachingcontacten: number | null;
  signalen: number | null;
  uitgevoerdeBezoeken: number | null;
}
interface Summary {
  peildatum: string;
  onderdrukkingsgrens: number;
  totaal: CohortSummary;
  cohorten: CohortSummary[];
}

export function Funder({ onExpired }: { onExpired(): void }) {
  const { t, lang } = useLang();
  const f = t.funder;
  const [date, setDate] = useState(() => isoDay(new Date()));
  const [aggregates, setAggregates] = useState<Aggregates>();
  const [summary, setSummary] = useState<Summary>();
  const [error, setError] = useState<string>();
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';

  const load = useCallback(async () => {
    try {
      const [a, s] = await Promise.all([
        call<Aggregates>('/uitkomst-aggregaties'),
        call<Summary>(`/monitoring-samenvatting?peildatum=${encodeURIComponent(date)}`),
      ]);
      setAggregates(a);
      setSummary(s);
      setError(undefined);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) onExpired();
      else setError(e instanceof NetworkError ? t.signIn.offline : String(e));
    }
  }, [date, onExpired, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const below = summary?.onderdrukkingsgrens ?? 5;
  const suppressed = <span>{f.suppressed(below)}</span>;
  const num = (n: number | null, digits = 0): ReactNode =>
    n === null ? suppressed : n.toLocaleString(locale, { maximumFractionDigits: digits });
  const count = (c: Count): ReactNode => (c.onderdrukt ? suppressed : num(c.aantal));
  const cells = (
    rows: AggregateCell[],
    name: (code: string) => string,
  ): Array<{ key: string; cells: ReactNode[] }> =>
    rows.map((r) => ({
      key: r.waarde,
      cells: [name(r.waarde), r.onderdrukt ? suppressed : num(r.aantalDeelnemers)],
    }));
  const cohortRow = (c: CohortSummary, name: string) => ({
    key: name,
    cells: [
      name,
      count(c.aantalDeelnemers),
      count(c.instroom),
      count(c.trainingAfgerond),
      count(c.uitvalTraining),
      count(c.geplaatst),
      count(c.aanHetWerk),
      num(c.persoonsjarenAanHetWerk, 2),
      num(c.coachingcontacten),
      num(c.signalen),
      num(c.uitgevoerdeBezoeken),
    ],
  });

  return (
    <>
      <Heading level={1}>{f.title}</Heading>
      <Paragraph>{f.intro(below)}</Paragraph>
      {error && <Alert type="error">{error}</Alert>}
      {!aggregates && !error && <Paragraph>{t.care.loading}</Paragraph>}
      {aggregates && (
        <>
          <Heading level={2}>{f.outcomes}</Heading>
          <Paragraph>
            {f.participants}: {num(aggregates.aantalDeelnemers)}
          </Paragraph>
          <DataTable
            label={f.byWork}
            head={[f.byWork, f.people]}
            rows={cells(aggregates.arbeidssituatie, (c) => label(arbeidssituatieLabels, c, lang))}
          />
          <DataTable
            label={f.byBenefit}
            head={[f.byBenefit, f.people]}
            rows={cells(aggregates.uitkeringsstatus, (c) => label(uitkeringsstatusLabels, c, lang))}
          />
          <DataTable
            label={f.left}
            head={[f.left, f.people]}
            rows={cells(aggregates.uitgestroomd, (c) => (c === 'true' ? f.yes : f.no))}
          />
        </>
      )}
      <Heading level={2}>{f.monitoring}</Heading>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="field-peildatum">
          {f.date}
        </label>
        <input
          id="field-peildatum"
          type="date"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={date}
          onChange={(e) => e.target.value && setDate(e.target.value)}
        />
      </div>
      {summary && (
        <>
          <DataTable
            label={f.monitoring}
            head={f.columns}
            rows={[
              cohortRow(summary.totaal, f.wholeHub),
              ...summary.cohorten.map((c) => cohortRow(c, c.cohort ?? '')),
            ]}
          />
          <Heading level={3}>{f.leavers}</Heading>
          {summary.totaal.uitstroom.length === 0 ? (
            <Paragraph>{f.noLeavers}</Paragraph>
          ) : (
            <DataTable
              label={f.leavers}
              head={[f.destination, f.people]}
              rows={summary.totaal.uitstroom.map((u) => ({
                key: u.waarde,
                cells: [label(uitstroombestemmingLabels, u.waarde, lang), count(u)],
              }))}
            />
          )}
        </>
      )}
    </>
  );
}
