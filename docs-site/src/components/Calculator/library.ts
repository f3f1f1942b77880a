// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import type { BusinessCaseResult, Scenario } from '@zorghub/business-case';
import type { Lang } from './types';

/** The parts of @zorghub/business-case the page uses. */
export interface BusinessCaseModule {
  parseScenario: typeof import('@zorghub/business-case')['parseScenario'];
  runScenario: typeof import('@zorghub/business-case')['runScenario'];
  renderMarkdown: (result: BusinessCaseResult, options: { lang: Lang }) => string;
  renderHtml: (result: BusinessCaseResult, options: { lang: Lang }) => string;
  renderXlsx: (
    scenario: Scenario,
    result: BusinessCaseResult,
    options: { lang: Lang },
  ) => Promise<Uint8Array>;
}

// The library is loaded after the page is shown: the first result is rendered at build time.
let libraryPromise: Promise<BusinessCaseModule> | undefined;
export function loadLibrary(): Promise<BusinessCaseModule> {
  libraryPromise ??= import('@zorghub/business-case') as Promise<BusinessCaseModule>;
  return libraryPromise;
}
