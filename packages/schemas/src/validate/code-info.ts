// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** What the report says of each stable issue code. */
export type Severity = 'error' | 'warning';

export interface IssueCodeInfo {
  code: string;
  severity: Severity;
  /** Short message, Dutch. */
  nl: string;
  /** Short message, English. */
  en: string;
  /** What to do about it, Dutch. */
  helpNl: string;
  /** What to do about it, English. */
  helpEn: string;
}
