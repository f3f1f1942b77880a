// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Plan against actual on the calculator page: the reader drops a data package (files or a ZIP);
 * it is read in this browser and never sent (no fetch, no upload), and set beside the scenario on
 * screen with the monitoring core of @zorghub/business-case. Editing the scenario recomputes it.
 */
import type { MonitorResult, PackageActuals, Scenario } from '@zorghub/business-case';
import { type DragEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { comparisonTable, summarySentences } from './plan-vs-actual.mjs';
import type { ReadProblem } from './read-package';
import { M } from './strings';
import styles from './styles.module.css';

type Lang = 'nl' | 'en';
type Status = 'empty' | 'reading' | 'computing' | 'done' | 'error';

export interface MonitoringProps {
  scenario: Scenario;
  lang: Lang;
  stakeholders: ReadonlyArray<{ id: string; name: { nl: string; en: string } }>;
}

export default function Monitoring({ scenario, lang, stakeholders }: MonitoringProps): ReactNode {
  const [status, setStatus] = useState<Status>('empty');
  const [actuals, setActuals] = useState<PackageActuals | null>(null);
  const [result, setResult] = useState<MonitorResult | null>(null);
  const [problems, setProblems] = useState<ReadProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const ticket = useRef(0);

  const readFiles = async (list: File[]) => {
    if (list.length === 0) return;
    const mine = ++ticket.current;
    setStatus('reading');
    setError(null);
    setResult(null);
    try {
      const [lib, reader] = await Promise.all([
        import('@zorghub/business-case'),
        import('./read-package'),
      ]);
      const read = reader.readPackage(await reader.filesOf(list));
      const acc = new lib.ActualsAccumulator();
      for (const r of read.records) acc.add(r);
      for (let i = 0; i < read.leftOut; i++) acc.skipInvalid();
      if (mine !== ticket.current) return;
      setProblems(read.problems);
      setSummary(
        M.readSummary(
          read.files.reduce((s, f) => s + f.records, 0),
          read.files.length,
          read.leftOut,
        ),
      );
      setActuals(acc.finish());
    } catch (e) {
      if (mine !== ticket.current) return;
      setStatus('error');
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  // Plan against actual for the scenario on screen, again whenever it changes.
  useEffect(() => {
    if (!actuals) return;
    const mine = ++ticket.current;
    setStatus('computing');
    const timer = setTimeout(async () => {
      try {
        const lib = await import('@zorghub/business-case');
        const next = lib.monitorActuals(scenario, actuals, { npv: true });
        if (mine !== ticket.current) return;
        setResult(next);
        setError(null);
        setStatus('done');
      } catch (e) {
        if (mine !== ticket.current) return;
        const issues = (e as { issues?: MonitorResult['issues'] }).issues;
        setError(
          issues?.length
            ? issues.map((i) => i.message[lang]).join(' ')
            : e instanceof Error
              ? e.message
              : String(e),
        );
        setResult(null);
        setStatus('error');
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [actuals, scenario, lang]);

  const onDrop = (e: DragEvent<HTMLFieldSetElement>) => {
    e.preventDefault();
    setOver(false);
    void readFiles(Array.from(e.dataTransfer.files));
  };

  // The NPV effect for the first two parties of the business case, as on the step page.
  const npvOf = stakeholders.slice(0, 2).map((s) => ({ id: s.id, name: s.name[lang] }));
  const table = result ? comparisonTable(result, lang, npvOf) : null;

  return (
    <section aria-labelledby="rekentool-monitoring" className={styles.monitoring}>
      <h2 id="rekentool-monitoring">{M.title()}</h2>
      <p>{M.intro()}</p>
      <fieldset
        className={over ? `${styles.dropzone} ${styles.dropzoneOver}` : styles.dropzone}
        data-testid="monitor-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <legend>{M.drop()}</legend>
        <label className="button button--secondary button--sm">
          {M.choose()}
          <input
            type="file"
            multiple
            accept=".zip,.csv,.ndjson,.jsonl,.json"
            className={styles.visuallyHidden}
            data-testid="monitor-files"
            onChange={(e) => void readFiles(Array.from(e.target.files ?? []))}
          />
        </label>
        <p className={styles.hint}>{M.private()}</p>
      </fieldset>
      <p role="status" className={styles.status} data-monitor-status={status}>
        {status === 'reading' || status === 'computing' ? M.busy() : (summary ?? '')}
      </p>
      {problems.length > 0 ? (
        <div className={styles.problems} data-testid="monitor-problems">
          <p>{M.problems(problems.length)}</p>
          <ul>
            {problems.slice(0, 20).map((p) => (
              <li key={`${p.file}:${p.line ?? 0}:${p.message.en}`}>
                {p.file}
                {p.line ? `:${p.line}` : ''} — {p.message[lang]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? (
        <div role="alert" className={styles.alert} data-testid="monitor-error">
          {error}
        </div>
      ) : null}
      {result && table ? (
        <div data-testid="monitor-result">
          {summarySentences(result, lang).map((s) => (
            <p key={s}>{s}</p>
          ))}
          <section
            className={styles.tableWrap}
            aria-label={M.caption(result.scenario.name)}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
            tabIndex={0}
          >
            <table data-testid="monitor-table">
              <caption>{M.caption(result.scenario.name)}</caption>
              <thead>
                <tr>
                  {table.head.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => (
                  <tr
                    key={r.key}
                    data-key={r.key}
                    className={r.outside ? styles.outside : undefined}
                  >
                    {r.cells.map((c, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                      <td key={i}>{c}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      ) : null}
    </section>
  );
}
