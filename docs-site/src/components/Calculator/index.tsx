import BrowserOnly from '@docusaurus/BrowserOnly';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import data from '@site/src/generated/calculator.json';
import type { BusinessCaseResult, Scenario } from '@zorghub/business-case';
import { lazy, type ReactNode, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatInput, getAt, type InputDef, inputDefs, parseNumber, setAt } from './inputs';
import styles from './styles.module.css';
import type { Lang } from './types';

/**
 * The library as the team contract describes it; typed here so the page keeps compiling while
 * the renderers are being written (a missing one gives a readable message, see `download`).
 */
interface BusinessCaseModule {
  parseScenario: typeof import('@zorghub/business-case')['parseScenario'];
  runScenario: typeof import('@zorghub/business-case')['runScenario'];
  renderMarkdown?: (result: BusinessCaseResult, options: { lang: Lang }) => string;
  renderXlsx?: (
    scenario: Scenario,
    result: BusinessCaseResult,
    options: { lang: Lang },
  ) => Promise<Uint8Array>;
}

// The library is loaded after the page is shown: the first result is rendered at build time.
let libraryPromise: Promise<BusinessCaseModule> | undefined;
function loadLibrary(): Promise<BusinessCaseModule> {
  libraryPromise ??= import('@zorghub/business-case') as Promise<BusinessCaseModule>;
  return libraryPromise;
}

const Charts = lazy(() => import('./Charts'));

// Intl formatters are costly to create; the page formats a few hundred numbers per update.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

function money(value: number, lang: Lang, currency: string): string {
  return formatter(
    `money-${lang}-${currency}`,
    () =>
      new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }),
  ).format(Math.round(value));
}

function ratio(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return formatter(
    `ratio-${lang}`,
    () => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }),
  ).format(value);
}

function percent(value: number, lang: Lang): string {
  return formatter(
    `percent-${lang}`,
    () =>
      new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        style: 'percent',
        maximumFractionDigits: 0,
      }),
  ).format(value);
}

function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const T = {
  inputs: () => translate({ id: 'calc.inputs', message: 'Invoer' }),
  inputsIntro: () =>
    translate({
      id: 'calc.inputs.intro',
      message:
        'De tool begint met het scenario van Delft. Pas een waarde aan: de uitkomsten rekenen direct mee. Breuken vult u in als getal tussen 0 en 1 (0,25 = 25 %).',
    }),
  parameters: () => translate({ id: 'calc.group.parameters', message: 'Parameters' }),
  cohort: (id: string) => translate({ id: 'calc.group.cohort', message: 'Cohort {id}' }, { id }),
  unit: () => translate({ id: 'calc.unit', message: 'Eenheid' }),
  source: () => translate({ id: 'calc.source', message: 'Bron' }),
  invalid: () =>
    translate({
      id: 'calc.invalid',
      message:
        'Vul een getal in, bijvoorbeeld 16 of 0,25. De uitkomsten gebruiken nog de vorige waarde.',
    }),
  results: () => translate({ id: 'calc.results', message: 'Uitkomsten' }),
  computing: () => translate({ id: 'calc.computing', message: 'Bezig met rekenen…' }),
  upToDate: () => translate({ id: 'calc.upToDate', message: 'Uitkomsten bijgewerkt.' }),
  society: () => translate({ id: 'calc.society', message: 'Maatschappij als geheel' }),
  npv: () => translate({ id: 'calc.npv', message: 'Netto contante waarde' }),
  bcr: () => translate({ id: 'calc.bcr', message: 'Baten-kostenverhouding' }),
  mc: () =>
    translate({
      id: 'calc.mc',
      message:
        'Onzekerheid (Monte Carlo, {runs} trekkingen): 90 % van de uitkomsten ligt tussen {p5} en {p95}; kans op een positief saldo {prob}.',
    }),
  perStakeholder: () =>
    translate({ id: 'calc.perStakeholder', message: 'Netto contante waarde per partij' }),
  stakeholder: () => translate({ id: 'calc.col.stakeholder', message: 'Partij' }),
  pvCosts: () => translate({ id: 'calc.col.pvCosts', message: 'Kosten (contante waarde)' }),
  pvBenefits: () => translate({ id: 'calc.col.pvBenefits', message: 'Baten (contante waarde)' }),
  settlement: () => translate({ id: 'calc.settlement', message: 'Verrekening tussen partijen' }),
  settlementIntro: () =>
    translate({
      id: 'calc.settlement.intro',
      message:
        'Wat elke partij zou bijdragen (negatief) of ontvangen (positief) zodat geen betaler onder nul eindigt.',
    }),
  before: () => translate({ id: 'calc.col.before', message: 'Saldo vooraf' }),
  contribution: () => translate({ id: 'calc.col.contribution', message: 'Verrekening' }),
  after: () => translate({ id: 'calc.col.after', message: 'Saldo achteraf' }),
  downloads: () => translate({ id: 'calc.downloads', message: 'Rapport downloaden' }),
  xlsx: () => translate({ id: 'calc.download.xlsx', message: 'Download als Excel (XLSX)' }),
  markdown: () => translate({ id: 'calc.download.md', message: 'Download als Markdown' }),
  own: () => translate({ id: 'calc.own', message: 'Eigen scenario openen (YAML of JSON)' }),
  reset: () => translate({ id: 'calc.reset', message: 'Terug naar het scenario van Delft' }),
  parseError: () =>
    translate({ id: 'calc.parseError', message: 'Dit scenario kan niet worden gelezen:' }),
  runError: () =>
    translate({ id: 'calc.runError', message: 'Met deze invoer kan niet worden gerekend:' }),
  missing: (fn: string) =>
    translate(
      { id: 'calc.missing', message: 'Deze versie van de rekenkern kan dit nog niet ({fn}).' },
      { fn },
    ),
  chartsLoading: () => translate({ id: 'calc.charts.loading', message: 'Grafieken laden…' }),
};

/** Renders its children once they come near the viewport: the charts cost nothing until seen. */
function WhenVisible({
  children,
  fallback,
}: {
  children: ReactNode;
  fallback: ReactNode;
}): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const node = ref.current;
    if (!node || typeof IntersectionObserver === 'undefined') {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return <div ref={ref}>{visible ? children : fallback}</div>;
}

interface FieldProps {
  def: InputDef;
  value: string;
  invalid: boolean;
  lang: Lang;
  onChange: (pointer: string, raw: string) => void;
}

function Field({ def, value, invalid, onChange }: FieldProps): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{def.label}</label>
      <input
        id={id}
        name={def.pointer}
        data-pointer={def.pointer}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
        onChange={(e) => onChange(def.pointer, e.target.value)}
      />
      <small id={hintId} className={styles.hint}>
        {T.unit()}: {def.unit} · {T.source()}: {def.source}
      </small>
      {invalid ? (
        <small id={errorId} className={styles.error}>
          {T.invalid()}
        </small>
      ) : null}
    </div>
  );
}

export default function Calculator(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const lang: Lang = i18n.currentLocale === 'en' ? 'en' : 'nl';
  const [scenario, setScenario] = useState<Scenario>(data.scenario);
  const [result, setResult] = useState<BusinessCaseResult>(data.result);
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'idle' | 'computing'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [parseIssues, setParseIssues] = useState<string[]>([]);
  const generation = useRef(0);
  const first = useRef(true);

  const defs = useMemo(() => inputDefs(scenario, data.labels, lang), [scenario, lang]);
  const groups = useMemo(() => {
    const map = new Map<string, InputDef[]>();
    for (const d of defs) map.set(d.group, [...(map.get(d.group) ?? []), d]);
    return [...map.entries()];
  }, [defs]);

  // Recompute shortly after the reader stops typing; a newer edit wins over an older run.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const ticket = ++generation.current;
    setStatus('computing');
    const timer = setTimeout(async () => {
      try {
        const lib = await loadLibrary();
        const next = lib.runScenario(scenario, { runs: data.runs });
        if (ticket === generation.current) {
          setResult(next);
          setError(null);
        }
      } catch (e) {
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
    const n = parseNumber(value);
    if (n !== undefined) setScenario((s) => setAt(s, pointer, n));
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
    setScenario(parsed.scenario);
  };

  const reset = () => {
    setRaw({});
    setParseIssues([]);
    setScenario(data.scenario);
  };

  // The build-time result is a summary (see scripts/lib/calculator.mjs); reports need it all.
  const fullResult = (lib: BusinessCaseModule): BusinessCaseResult =>
    (result as BusinessCaseResult & { summaryOnly?: boolean }).summaryOnly
      ? lib.runScenario(scenario, { runs: data.runs })
      : result;

  const currency = result.scenario.currency;
  const names = Object.fromEntries(result.stakeholders.map((s) => [s.id, s.name[lang]]));
  const mc = result.monteCarlo;
  const fileBase = `zorghub-businesscase-${scenario.id}`;

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
          <button type="button" className="button button--link button--sm" onClick={reset}>
            {T.reset()}
          </button>
        </div>
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
              {items.map((def) => {
                const value = raw[def.pointer] ?? formatInput(getAt(scenario, def.pointer), lang);
                return (
                  <Field
                    key={def.pointer}
                    def={def}
                    lang={lang}
                    value={value}
                    invalid={raw[def.pointer] !== undefined && parseNumber(value) === undefined}
                    onChange={onChange}
                  />
                );
              })}
            </fieldset>
          ))}
        </form>
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

        <h3>{T.society()}</h3>
        <dl className={styles.summary}>
          <div>
            <dt>{T.npv()}</dt>
            <dd data-testid="society-npv">{money(result.society.npv, lang, currency)}</dd>
          </div>
          <div>
            <dt>{T.bcr()}</dt>
            <dd>{ratio(result.society.bcr, lang)}</dd>
          </div>
        </dl>
        {mc && mc.runs > 0 ? (
          <p>
            {translate(
              {
                id: 'calc.mc',
                message:
                  'Onzekerheid (Monte Carlo, {runs} trekkingen): 90 % van de uitkomsten ligt tussen {p5} en {p95}; kans op een positief saldo {prob}.',
              },
              {
                runs: String(mc.runs),
                p5: money(mc.p5, lang, currency),
                p95: money(mc.p95, lang, currency),
                prob: percent(mc.probabilityPositive, lang),
              },
            )}
          </p>
        ) : null}

        <section
          className={styles.tableWrap}
          aria-label={T.perStakeholder()}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          tabIndex={0}
        >
          <table data-testid="stakeholder-table">
            <caption>{T.perStakeholder()}</caption>
            <thead>
              <tr>
                <th scope="col">{T.stakeholder()}</th>
                <th scope="col">{T.pvCosts()}</th>
                <th scope="col">{T.pvBenefits()}</th>
                <th scope="col">{T.npv()}</th>
              </tr>
            </thead>
            <tbody>
              {result.stakeholders.map((s) => (
                <tr key={s.id} data-stakeholder={s.id}>
                  <th scope="row">{s.name[lang]}</th>
                  <td>{money(s.pvCosts, lang, currency)}</td>
                  <td>{money(s.pvBenefits, lang, currency)}</td>
                  <td data-testid={`npv-${s.id}`}>{money(s.npv, lang, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <div className={styles.chartBox}>
          <BrowserOnly fallback={<p>{T.chartsLoading()}</p>}>
            {() => (
              <WhenVisible fallback={<p>{T.chartsLoading()}</p>}>
                <Suspense fallback={<p>{T.chartsLoading()}</p>}>
                  <Charts result={result} lang={lang} />
                </Suspense>
              </WhenVisible>
            )}
          </BrowserOnly>
        </div>

        <h3>{T.settlement()}</h3>
        <p>{T.settlementIntro()}</p>
        <section
          className={styles.tableWrap}
          aria-label={T.settlement()}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          tabIndex={0}
        >
          <table>
            <caption className={styles.visuallyHidden}>{T.settlement()}</caption>
            <thead>
              <tr>
                <th scope="col">{T.stakeholder()}</th>
                <th scope="col">{T.before()}</th>
                <th scope="col">{T.contribution()}</th>
                <th scope="col">{T.after()}</th>
              </tr>
            </thead>
            <tbody>
              {result.settlement.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{names[s.id] ?? s.id}</th>
                  <td>{money(s.npvBefore, lang, currency)}</td>
                  <td>{money(s.contribution, lang, currency)}</td>
                  <td>{money(s.npvAfter, lang, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        {result.settlementSummary?.warning ? <p>{result.settlementSummary.warning[lang]}</p> : null}

        <h3>{T.downloads()}</h3>
        <div className={styles.downloads}>
          <button
            type="button"
            className="button button--primary"
            data-testid="download-xlsx"
            onClick={async () => {
              const lib = await loadLibrary();
              if (!lib.renderXlsx) return setError(T.missing('renderXlsx'));
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
            data-testid="download-md"
            onClick={async () => {
              const lib = await loadLibrary();
              if (!lib.renderMarkdown) return setError(T.missing('renderMarkdown'));
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
      </section>
    </div>
  );
}
