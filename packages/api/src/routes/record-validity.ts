// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** A whole record against the standard after the server filled in its fields: 400 naming each field. */
import { fieldOf, problem } from '../problem.js';
import { recordValidator } from '../standard.js';

export function assertValid(entity: string, data: unknown) {
  const validate = recordValidator(entity);
  if (validate(data)) return;
  const invalidParams = (validate.errors ?? []).slice(0, 20).map((e) => ({
    name: fieldOf(e) || entity,
    code: e.keyword,
    reason: e.message ?? 'ongeldig / invalid',
  }));
  const first = invalidParams[0];
  throw problem(
    400,
    `Ongeldig ${entity}: ${first ? `${first.name} ${first.reason}` : ''} / Invalid ${entity}`,
    { invalidParams },
  );
}
