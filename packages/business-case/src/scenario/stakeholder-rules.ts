// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Each stakeholder may be named once. */
import { describeValue, type IssueCollector, isObject, type Json } from './issues.js';

export function checkStakeholders(root: Record<string, Json>, out: IssueCollector): void {
  if (!Array.isArray(root.belanghebbenden)) return;
  const seen = new Set<string>();
  root.belanghebbenden.forEach((s, i) => {
    if (!isObject(s) || typeof s.id !== 'string') return;
    if (seen.has(s.id))
      out.add(
        'scenario.duplicate',
        `/belanghebbenden/${i}/id`,
        { en: 'each stakeholder once', nl: 'elke belanghebbende één keer' },
        describeValue(s.id),
      );
    seen.add(s.id);
  });
}
