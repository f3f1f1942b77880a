// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The standard as the validator sees it: the published one, or one changed by a regional profile. */
import type { EntityInfo } from '../model.js';
// the data of the standard without ajv's compiler: the precompiled validators are enough here
import { codelists, entities, getEntity, getValidator, standardVersion } from '../standard.js';
import type { EntitySetup, ValidateFn } from './engine/runtime.js';

/** The standard as the validator sees it: the published one, or one changed by a profile. */
export interface StandardView {
  version: string;
  entities: readonly EntityInfo[];
  getEntity(name: string): EntityInfo | undefined;
  setup(entity: EntityInfo): EntitySetup;
}

export function publishedStandard(): StandardView {
  return {
    version: standardVersion,
    entities,
    getEntity,
    setup: (info) => ({
      info,
      validate: getValidator(info.name) as unknown as ValidateFn,
      codelists,
    }),
  };
}
