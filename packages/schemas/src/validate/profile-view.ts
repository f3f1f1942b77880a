// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The standard as an applied regional profile changes it, for the validator (Node and browser). */
import type { AppliedProfile } from '../profile-apply.js';
import type { ValidateFn } from './engine/runtime.js';
import type { StandardView } from './standard-view.js';

export function appliedProfileView(profile: AppliedProfile): StandardView {
  return {
    version: profile.standardVersion,
    entities: profile.entities,
    getEntity: (name) => profile.getEntity(name),
    setup: (info) => ({
      info,
      validate: profile.getValidator(info.name) as unknown as ValidateFn,
      codelists: profile.codelists,
    }),
  };
}
