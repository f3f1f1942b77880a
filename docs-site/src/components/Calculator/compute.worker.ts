// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The calculator's engine off the main thread: the Monte Carlo takes long enough to make typing
// stutter when it runs beside the page.
import { runScenario, type Scenario } from '@zorghub/business-case';

/** The worker's global scope, typed by hand: the DOM and WebWorker libraries clash in one project. */
const scope = self as unknown as {
  onmessage: (event: MessageEvent<{ id: number; scenario: Scenario; runs: number }>) => void;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, scenario, runs } = event.data;
  try {
    scope.postMessage({ id, result: runScenario(scenario, { runs }) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
