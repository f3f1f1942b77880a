// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { Lang } from './format.js';

/** A report as a list of blocks; Markdown and HTML render the same blocks. */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'warning'; text: string }
  | {
      kind: 'chart';
      chart: 'costsBenefits' | 'cumulative' | 'tornado' | 'histogram' | 'income';
      caption: string;
    }
  | {
      kind: 'table';
      caption?: string;
      head: string[];
      numeric: boolean[];
      rows: string[][];
      negative?: boolean[][];
    };

export interface ReportDocument {
  lang: Lang;
  title: string;
  scenarioName: string;
  footer: string;
  blocks: Block[];
}
