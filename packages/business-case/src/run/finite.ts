// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2

/** No NaN or Infinity may ever reach a report. */
export function assertFinite(value: unknown, path: string): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new Error(`Internal error: non-finite number at ${path || '/'}`);
  } else if (Array.isArray(value)) {
    value.forEach((x, i) => {
      assertFinite(x, `${path}/${i}`);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, x] of Object.entries(value)) assertFinite(x, `${path}/${k}`);
  }
}
