// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** What the hub does per year (person-years at work, hours, intake, outflow), copied out of the evaluator. */
import type { Evaluation } from '../model/evaluate.js';
import type { BusinessCaseResult } from '../result-types.js';
import { cents, ratio } from './numbers.js';

export function activityOf(evaluation: Evaluation): BusinessCaseResult['activity'] {
  const d = evaluation.drivers;
  return {
    workers: Array.from(d.workers).map(ratio),
    hours: Array.from(d.hours).map(cents),
    billableHours: Array.from(d.billable).map(cents),
    subscriptions: Array.from(d.subscriptions).map(ratio),
    intake: Array.from(d.intake).map(ratio),
    outflow: {
      regularJob: Array.from(d.outRegular).map(ratio),
      otherWork: Array.from(d.outOther).map(ratio),
      backToAssistance: Array.from(d.outBack).map(ratio),
      dropout: Array.from(d.outDropout).map(ratio),
    },
  };
}
