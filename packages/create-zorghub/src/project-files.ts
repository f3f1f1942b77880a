// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2

/** One file of the generated project, in memory. */
export interface GeneratedFile {
  /** Relative path with forward slashes. */
  path: string;
  content: string;
}
