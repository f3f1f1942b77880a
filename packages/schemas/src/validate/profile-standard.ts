// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The standard as a regional profile on disk changes it (Node only). */
import { stat } from 'node:fs/promises';
import { InputError, t } from './package.js';
import { appliedProfileView } from './profile-view.js';
import type { Lang } from './report.js';
import type { StandardView } from './standard-view.js';

export async function profileStandard(path: string, lang: Lang): Promise<StandardView> {
  try {
    await stat(path);
  } catch {
    throw new InputError(
      t(lang, `${path}: profiel bestaat niet`, `${path}: no such profile`),
      'not-found',
    );
  }
  const { loadProfile } = await import('../profiles.js');
  let profile: Awaited<ReturnType<typeof loadProfile>>;
  try {
    profile = await loadProfile(path);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new InputError(
      t(
        lang,
        `${path}: profiel kan niet gebruikt worden: ${message}`,
        `${path}: profile cannot be used: ${message}`,
      ),
      'unreadable',
    );
  }
  return appliedProfileView(profile);
}
