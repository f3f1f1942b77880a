// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { translate } from '@docusaurus/Translate';
import type { BusinessCaseResult } from '@zorghub/business-case';
import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Lang } from './types';

const POSITIVE = '#00568b'; // NL Design System Voorbeeld blauw-500: 7.6:1 on white
const NEGATIVE = '#a3001b'; // dark red: 7:1 on white
const LINE_CHARS = 14;
const LINE_HEIGHT = 18;

function compact(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

/** Charts of the result; the tables next to them carry the same figures for screen readers. */
export default function Charts({
  result,
  lang,
}: {
  result: BusinessCaseResult;
  lang: Lang;
}): ReactNode {
  const bars = result.stakeholders.map((s) => ({ name: s.name[lang], npv: Math.round(s.npv) }));
  // A party's name wraps within the 150 px axis (about 16 characters a line); each bar gets room
  // for the longest name, so the labels never run into each other.
  const lines = Math.max(1, ...bars.map((b) => Math.ceil(b.name.length / LINE_CHARS)));
  const barChartHeight = bars.length * (lines * LINE_HEIGHT + 16) + 40;
  const line = result.years.map((year, i) => ({
    year: String(year),
    cumulative: Math.round(result.society.yearly.cumulativeNet[i] ?? 0),
  }));
  const npvLabel = translate({ id: 'calc.chart.npv', message: 'Netto contante waarde per partij' });
  const cumulativeLabel = translate({
    id: 'calc.chart.cumulative',
    message: 'Cumulatief saldo voor de maatschappij per jaar',
  });
  return (
    <div>
      <figure>
        <figcaption>{npvLabel}</figcaption>
        <div role="img" aria-label={npvLabel} style={{ width: '100%', height: barChartHeight }}>
          <ResponsiveContainer>
            <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" tickFormatter={(v: number) => compact(v, lang)} />
              <YAxis type="category" dataKey="name" width={150} interval={0} />
              <Tooltip formatter={(v) => compact(Number(v), lang)} />
              <ReferenceLine x={0} stroke="#001a40" />
              <Bar dataKey="npv" name={npvLabel} isAnimationActive={false}>
                {bars.map((b) => (
                  <Cell key={b.name} fill={b.npv >= 0 ? POSITIVE : NEGATIVE} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure>
        <figcaption>{cumulativeLabel}</figcaption>
        <div role="img" aria-label={cumulativeLabel} style={{ width: '100%', height: 260 }}>
          <ResponsiveContainer>
            <LineChart data={line} margin={{ left: 24, right: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="year" padding={{ left: 24, right: 24 }} />
              <YAxis tickFormatter={(v: number) => compact(v, lang)} width={70} />
              <Tooltip formatter={(v) => compact(Number(v), lang)} />
              <ReferenceLine y={0} stroke="#001a40" />
              <Line
                dataKey="cumulative"
                name={cumulativeLabel}
                stroke={POSITIVE}
                strokeWidth={2}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
