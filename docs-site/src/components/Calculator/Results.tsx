// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import BrowserOnly from '@docusaurus/BrowserOnly';
import { translate } from '@docusaurus/Translate';
import type { BusinessCaseResult } from '@zorghub/business-case';
import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { money, percent, ratio } from './format';
import { T } from './strings';
import styles from './styles.module.css';
import type { Lang } from './types';

const Charts = lazy(() => import('./Charts'));

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

/** The society's figures, the table per stakeholder, the charts and the settlement. */
export function Results({ result, lang }: { result: BusinessCaseResult; lang: Lang }): ReactNode {
  const currency = result.scenario.currency;
  const names = Object.fromEntries(result.stakeholders.map((s) => [s.id, s.name[lang]]));
  const mc = result.monteCarlo;
  return (
    <>
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
    </>
  );
}
