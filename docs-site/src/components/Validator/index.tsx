// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The validation page: a data team drops files or a folder, a Web Worker streams them through the
// same validator as `zorghub validate`, and the page shows the report and offers it as JSON and
// HTML downloads (Blob URLs made here; nothing is sent anywhere).
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { DroppedFile, ValidationReport } from '@zorghub/schemas/validate/browser';
import { type DragEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { collectDropped, filesFromInput } from './files';
import { type Choice, ProfileChoice, profileOption } from './ProfileChoice';
import { T } from './strings';
import styles from './styles.module.css';
import type { ValidateMessage } from './worker';

type Lang = 'nl' | 'en';

interface Done {
  report: ValidationReport;
  jsonUrl: string;
  htmlUrl: string;
  seconds: number;
  profile?: string;
}

function bytes(n: number, lang: Lang): string {
  const mb = n / (1024 * 1024);
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  return mb >= 1
    ? `${mb.toLocaleString(locale, { maximumFractionDigits: 1 })} MB`
    : `${Math.ceil(n / 1024).toLocaleString(locale)} kB`;
}

function where(s: ValidationReport['issues'][number]['samples'][number]): string {
  if (s.sheet !== undefined) return `${s.file} [${s.sheet}${s.cell ? `!${s.cell}` : ''}]`;
  return s.line !== undefined ? `${s.file}:${s.line}` : s.file;
}

function Report({ done, lang }: { done: Done; lang: Lang }): ReactNode {
  const { report } = done;
  const s = report.stats;
  const verdict = !report.usable ? T.unusable() : report.valid ? T.valid() : T.invalid();
  return (
    <section aria-labelledby="validate-report" className={styles.report}>
      <h2 id="validate-report">
        <span className={report.valid ? styles.valid : styles.invalid}>{verdict}</span>
      </h2>
      {report.usable ? (
        <p>{T.summary(s.files, s.records, s.errors, s.warnings)}</p>
      ) : (
        <p>{report.message}</p>
      )}
      {done.profile && <p>{T.profileApplied(done.profile)}</p>}
      <p>
        {T.seconds(
          done.seconds.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
            maximumFractionDigits: 1,
          }),
        )}
      </p>
      <p className={styles.downloads}>
        <a className="button button--primary" href={done.jsonUrl} download="validatierapport.json">
          {T.downloadJson()}
        </a>
        <a
          className="button button--secondary"
          href={done.htmlUrl}
          download="validatierapport.html"
        >
          {T.downloadHtml()}
        </a>
      </p>
      {report.issues.length > 0 && (
        <>
          <h3>{T.issues()}</h3>
          <div className={styles.tableWrap}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{T.severity()}</th>
                  <th scope="col">{T.code()}</th>
                  <th scope="col">{T.count()}</th>
                  <th scope="col">{T.what()}</th>
                </tr>
              </thead>
              <tbody>
                {report.issues.map((issue) => (
                  <tr
                    key={`${issue.code} ${issue.entity ?? ''} ${issue.field ?? ''}`}
                    data-code={issue.code}
                    data-count={issue.count}
                  >
                    <td>{issue.severity === 'error' ? T.error() : T.warning()}</td>
                    <td>
                      <code>{issue.code}</code>
                    </td>
                    <td>{issue.count.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}</td>
                    <td>
                      <p>{issue.message}</p>
                      <ul>
                        {issue.samples.map((sample, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: samples have no identity of their own
                          <li key={i}>
                            <code>{where(sample)}</code>
                            {sample.field ? ` ${sample.field}` : ''}
                            {sample.expected ? ` — ${sample.expected}` : ''}
                            {sample.found !== undefined ? `: ${sample.found}` : ''}
                            {sample.suggestion ? ` (${sample.suggestion}?)` : ''}
                          </li>
                        ))}
                      </ul>
                      <p className={styles.help}>{issue.help}</p>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

export default function Validator(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const lang: Lang = i18n.currentLocale === 'en' ? 'en' : 'nl';
  const [progress, setProgress] = useState<{ read: number; total: number }>();
  const [done, setDone] = useState<Done>();
  const [failed, setFailed] = useState<string>();
  const [over, setOver] = useState(false);
  const [choice, setChoice] = useState<Choice>({ value: '' });
  const worker = useRef<Worker>(undefined);
  const folderInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // React does not know the attribute; set it on the element itself
    folderInput.current?.setAttribute('webkitdirectory', '');
    return () => worker.current?.terminate();
  }, []);

  const start = (files: DroppedFile[]) => {
    if (files.length === 0) return;
    worker.current?.terminate();
    if (done) {
      URL.revokeObjectURL(done.jsonUrl);
      URL.revokeObjectURL(done.htmlUrl);
    }
    setDone(undefined);
    setFailed(undefined);
    setProgress({ read: 0, total: files.reduce((n, f) => n + f.file.size, 0) });
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<ValidateMessage>) => {
      const m = event.data;
      if (m.type === 'progress') setProgress({ read: m.read, total: m.total });
      else if (m.type === 'failed') setFailed(m.message);
      else {
        setProgress((p) => (p ? { read: p.total, total: p.total } : p));
        setDone({
          report: m.report,
          seconds: m.seconds,
          ...(m.profile !== undefined ? { profile: m.profile } : {}),
          jsonUrl: URL.createObjectURL(new Blob([m.json], { type: 'application/json' })),
          htmlUrl: URL.createObjectURL(new Blob([m.html], { type: 'text/html' })),
        });
        // for the browser test and the benchmark: when the report is there, and what it says
        Object.assign(document.body.dataset, {
          validateSeconds: String(m.seconds),
          validateRecords: String(m.report.stats.records),
          validateErrors: String(m.report.stats.errors),
          validateDone: 'true',
        });
      }
    };
    delete document.body.dataset.validateDone;
    const profile = profileOption(choice);
    w.postMessage({ files, lang, ...(profile !== undefined ? { profile } : {}) });
  };

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    start(await collectDropped(event.dataTransfer));
  };

  return (
    <div className={styles.validator}>
      <p className={styles.privacy}>
        <strong>{T.privacy()}</strong>
      </p>
      <ProfileChoice choice={choice} lang={lang} onChange={setChoice} />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone only adds dragging to the two buttons inside it */}
      <div
        className={`${styles.drop} ${over ? styles.over : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="drop"
      >
        <p>{T.dropLabel()}</p>
        <p className={styles.pickers}>
          <label className="button button--primary">
            {T.pickFiles()}
            <input
              type="file"
              multiple
              className={styles.hidden}
              accept=".csv,.tsv,.txt,.ndjson,.jsonl,.json,.xlsx,.gz"
              onChange={(e) => start(filesFromInput(e.currentTarget.files))}
              data-testid="files"
            />
          </label>
          <label className="button button--secondary">
            {T.pickFolder()}
            <input
              ref={folderInput}
              type="file"
              multiple
              className={styles.hidden}
              onChange={(e) => start(filesFromInput(e.currentTarget.files))}
              data-testid="folder"
            />
          </label>
        </p>
        <p className={styles.formats}>{T.formats()}</p>
      </div>
      <p>{T.xlsx()}</p>
      {progress && (
        <p>
          <label htmlFor="validate-progress">{T.progress()}</label>{' '}
          <progress id="validate-progress" max={progress.total || 1} value={progress.read} />{' '}
          <span aria-live="polite">
            {T.reading(bytes(progress.read, lang), bytes(progress.total, lang))}
          </span>
        </p>
      )}
      {failed && <p role="alert">{T.failed(failed)}</p>}
      {done && <Report done={done} lang={lang} />}
    </div>
  );
}
