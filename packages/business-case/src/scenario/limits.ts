// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Size limits of a scenario file: a region's scenario is a few hundred lines; one over 1 MB or
 * 5,000 lines is almost certainly the wrong file (an export, lines per person or per month), and the
 * sensitivity analysis grows with the square of the number of inputs.
 */

export const MAX_SCENARIO_BYTES = 1_000_000;
export const MAX_SCENARIO_LINES = 5_000;

/** Counts lines without splitting the text (one pass, no copies). */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

/** Null when the scenario is within the limits, otherwise what is wrong and what to do (nl / en). */
export function sizeProblem(bytes: number, lines: number): string | null {
  const what =
    bytes > MAX_SCENARIO_BYTES
      ? {
          en: `${bytes.toLocaleString('en-GB')} bytes, more than the ${MAX_SCENARIO_BYTES.toLocaleString('en-GB')} a scenario may have`,
          nl: `${bytes.toLocaleString('nl-NL')} bytes, meer dan de ${MAX_SCENARIO_BYTES.toLocaleString('nl-NL')} die een scenario mag hebben`,
        }
      : lines > MAX_SCENARIO_LINES
        ? {
            en: `${lines.toLocaleString('en-GB')} lines, more than the ${MAX_SCENARIO_LINES.toLocaleString('en-GB')} a scenario may have`,
            nl: `${lines.toLocaleString('nl-NL')} regels, meer dan de ${MAX_SCENARIO_LINES.toLocaleString('nl-NL')} die een scenario mag hebben`,
          }
        : null;
  if (!what) return null;
  return `${what.en}. Check that this is the scenario and not a data export; a scenario has one line per cost or benefit (not per person or month). / ${what.nl}. Controleer of dit het scenario is en geen gegevensexport; een scenario heeft één regel per kost of baat (niet per persoon of maand).`;
}
