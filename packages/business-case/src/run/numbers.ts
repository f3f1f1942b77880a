// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Rounding for reports (money to the cent, ratios to four decimals) and a plain sum. */
export const cents = (x: number): number => Math.round(x * 100) / 100;
export const ratio = (x: number): number => Math.round(x * 10000) / 10000;
export const sum = (a: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] as number;
  return s;
};
