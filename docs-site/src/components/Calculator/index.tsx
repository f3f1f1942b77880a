// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import data from '@site/src/generated/calculator.json';
import type { BusinessCaseResult, Scenario } from '@zorghub/business-case';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import Monitoring from '../Monitoring';
import { computeResult, Superseded } from './compute';
import { Field } from './Field';
import { download, money } from './format';
import { getAt, type InputDef, inputDefs, setAt } from './inputs';
import { type BusinessCaseModule, loadLibrary } from './library';
import { formatInput, parseNumber } from './numbers';
import { applicable, type Changes, changesFromHash, loadStored, store } from './persist';
import { Results } from './Results';
import { T } from './strings';
import styles from './styles.module.css';
import type { Lang } from './types';

const BASE = data.scenario as Scenario;

function applyChanges(base: Scenario, changes: Changes): Scenario {
  let s = base;
  for (const [pointer, value] of Object.entries(changes)) s = setAt(s, pointer, value);
  return s;
}

export default function Calculator(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const lang: Lang = i18n.currentLocale === 'en' ? 'en' : 'nl';
  // `base` is the Delft scenario or a file the reader opened; `changes` are the typed numbers.
  const [base, setBase] = useState<Scenario>(BASE);
  const [changes, setChanges] = useState<Changes>({});
  const [result, setResult] = useState<BusinessCaseResult>(data.result as BusinessCaseResult);
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'idle' | 'computing'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [parseIssues, setParseIssues] = useState<string[]>([]);
  const generation = useRef(0);
  const restored = useRef(false);

  const scenario = useMemo(() => applyChanges(base, changes), [base, changes]);
  const defs = useMemo(() => inputDefs(base, data.labels, lang), [base, lang]);
  const groups = useMemo(() => {
    const map = new Map<string, InputDef[]>();
    for (const d of defs) map.set(d.group, [...(map.get(d.group) ?? []), d]);
    return [...map.entries()];
  }, [defs]);

  // After hydration: take the edits from the URL (a shared link) or else from this browser.
  useEffect(() => {
    const fromUrl = changesFromHash(window.location.hash);
    const saved = fromUrl ?? loadStored();
    restored.current = true;
    if (!saved || Object.keys(saved).length === 0) return;
    const pointers = new Set(inputDefs(BASE, data.labels, lang).map((d) => d.pointer));
    const { apply, unknown } = applicable(saved, pointers);
    const count = Object.keys(apply).length;
    if (count > 0) setChanges(apply);
    const parts = [
      count > 0 ? T.restored(count) : '',
      unknown.length ? T.unknownChanges(unknown.join(', ')) : '',
    ];
    setNotice(parts.filter(Boolean).join(' ') || null);
  }, [lang]);

  // Keep the URL and local storage in step with the edits (only for the Delft scenario: a file
  // the reader opened is not put in a URL).
  useEffect(() => {
    if (!restored.current || base !== BASE) return;
    store(changes);
  }, [changes, base]);

  // Recompute shortly after the reader stops typing; a newer edit wins over an older run.
  const firstRun = useRef(true);
  useEffect(() => {
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    const ticket = ++generation.current;
    setStatus('computing');
    const timer = setTimeout(async () => {
      try {
        const next = await computeResult(scenario, data.runs);
        if (ticket === generation.current) {
          setResult(next);
          setError(null);
        }
      } catch (e) {
        if (e instanceof Superseded) return;
        if (ticket === generation.current) setError(e instanceof Error ? e.message : String(e));
      } finally {
        if (ticket === generation.current) setStatus('idle');
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [scenario]);

  // The engine is fetched when the reader first focuses an input, so it is there by the first
  // keystroke without weighing on the page load.
  const warmUp = () => void loadLibrary().catch(() => undefined);

  const onChange = (pointer: string, value: string) => {
    setRaw((r) => ({ ...r, [pointer]: value }));
    const n = parseNumber(value, lang);
    if (n === undefined) return; // the field shows why; the results keep the last good value
    setChanges((c) => {
      const next = { ...c };
      if (n === getAt(base, pointer)) delete next[pointer];
      else next[pointer] = n;
      return next;
    });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    const lib = await loadLibrary();
    const parsed = lib.parseScenario(text, /\.json$/i.test(file.name) ? 'json' : 'yaml');
    const errors = parsed.issues.filter((i) => i.severity === 'error');
    if (!parsed.scenario || errors.length > 0) {
      setParseIssues(
        errors.map(
          (i) => `${file.name}${i.line ? `:${i.line}` : ''} ${i.path}: ${i.message[lang]}`,
        ),
      );
      return;
    }
    setParseIssues([]);
    setRaw({});
    setChanges({});
    store({});
    setBase(parsed.scenario);
  };

  const reset = () => {
    setRaw({});
    setParseIssues([]);
    setNotice(null);
    setChanges({});
    setBase(BASE);
    store({});
  };

  // The build-time result is a summary (see scripts/lib/calculator.mjs); reports need it all.
  const fullResult = (lib: BusinessCaseModule): BusinessCaseResult =>
    (result as BusinessCaseResult & { summaryOnly?: boolean }).summaryOnly
      ? lib.runScenario(scenario, { runs: data.runs })
      : result;

  const fileBase = `zorghub-businesscase-${scenario.id}`;
  const currency = result.scenario.currency;

  return (
    <div className={styles.calculator}>
      <section aria-labelledby="rekentool-invoer" className={styles.inputs}>
        <h2 id="rekentool-invoer">{T.inputs()}</h2>
        <p>{T.inputsIntro()}</p>
        <p className={styles.scenarioName}>
          <strong>{scenario.naam}</strong>
        </p>
        <div className={styles.fileRow}>
          <label className="button button--secondary button--sm">
            {T.own()}
            <input
              type="file"
              accept=".yaml,.yml,.json,application/json"
              className={styles.visuallyHidden}
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </label>
          <button
            type="button"
            className="button button--link button--sm"
            onClick={reset}
            data-testid="reset"
          >
            {T.reset()}
          </button>
        </div>
        <p className={styles.hint}>{T.share()}</p>
        {notice ? (
          <p role="status" className={styles.notice} data-testid="notice">
            {notice}
          </p>
        ) : null}
        {parseIssues.length > 0 ? (
          <div role="alert" className={styles.alert}>
            <p>{T.parseError()}</p>
            <ul>
              {parseIssues.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <form onSubmit={(e) => e.preventDefault()} onFocus={warmUp}>
          {groups.map(([group, items]) => (
            <fieldset key={group} className={styles.fieldset}>
              <legend>{group === 'parameters' ? T.parameters() : T.cohort(group)}</legend>
              {items.map((def) => (
                <Field
                  key={def.pointer}
                  def={def}
                  lang={lang}
                  value={raw[def.pointer] ?? formatInput(getAt(scenario, def.pointer), lang)}
                  edited={raw[def.pointer] !== undefined}
                  onChange={onChange}
                />
              ))}
            </fieldset>
          ))}
        </form>
        {/* On a phone the results are far below: this bar stays in view while editing. */}
        <aside
          className={styles.stickySummary}
          aria-label={T.summaryLabel()}
          data-testid="sticky-summary"
        >
          <span>
            {T.npv()}: <strong>{money(result.society.npv, lang, currency)}</strong>
          </span>
          <a href="#rekentool-uitkomsten">{T.toResults()}</a>
        </aside>
      </section>

      <section aria-labelledby="rekentool-uitkomsten" className={styles.results}>
        <h2 id="rekentool-uitkomsten">{T.results()}</h2>
        <p role="status" className={styles.status} data-status={status}>
          {status === 'computing' ? T.computing() : T.upToDate()}
        </p>
        {error ? (
          <div role="alert" className={styles.alert}>
            {T.runError()} {error}
          </div>
        ) : null}

        <Results result={result} lang={lang} />

        <h3>{T.downloads()}</h3>
        <div className={styles.downloads}>
          <button
            type="button"
            className="button button--primary"
            data-testid="download-xlsx"
            onClick={async () => {
              const lib = await loadLibrary();
              const bytes = await lib.renderXlsx(scenario, fullResult(lib), { lang });
              download(
                `${fileBase}.xlsx`,
                bytes as Uint8Array<ArrayBuffer>,
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              );
            }}
          >
            {T.xlsx()}
          </button>
          <button
            type="button"
            className="button button--secondary"
            data-testid="download-html"
            onClick={async () => {
              const lib = await loadLibrary();
              download(`${fileBase}.html`, lib.renderHtml(fullResult(lib), { lang }), 'text/html');
            }}
          >
            {T.html()}
          </button>
          {(['raad', 'college'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              className="button button--secondary"
              data-testid={`download-${kind}svoorstel`}
              onClick={async () => {
                // docx is loaded only when a proposal is asked for: it weighs nothing on the page load.
                const [lib, documents, render] = await Promise.all([
                  loadLibrary(),
                  import('@site/src/documents/proposals.mjs'),
                  import('@site/src/documents/render.mjs'),
                ]);
                const blob = await render.docxBlob(documents.proposal(kind, fullResult(lib)));
                download(`zorghub-${kind}svoorstel-${scenario.id}.docx`, blob, blob.type);
              }}
            >
              {kind === 'raad' ? T.raadsvoorstel() : T.collegevoorstel()}
            </button>
          ))}
          <button
            type="button"
            className="button button--secondary"
            data-testid="download-md"
            onClick={async () => {
              const lib = await loadLibrary();
              download(
                `${fileBase}.md`,
                lib.renderMarkdown(fullResult(lib), { lang }),
                'text/markdown',
              );
            }}
          >
            {T.markdown()}
          </button>
        </div>
        <Monitoring scenario={scenario} lang={lang} stakeholders={result.stakeholders} />
      </section>
    </div>
  );
}
