// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The sign-in of this tab. First slice: an API key (the demo keys `npm start` prints, or a key made
 * with `zorghub api-key create`), kept in sessionStorage only, so it ends with the tab. A link
 * `/app/#sleutel=zh_…` signs in and removes the key from the address bar at once.
 */
const KEY = 'zorghub.sleutel';

export interface Who {
  rol: string;
  organisatieId: string;
  hubId: string;
  deelnemerId?: string;
  /** Role particulier: the one household the credential is for. */
  huishoudenId?: string;
}

export function takeKeyFromFragment(): void {
  const m = /^#sleutel=([^&]+)/.exec(window.location.hash);
  if (!m?.[1]) return;
  sessionStorage.setItem(KEY, decodeURIComponent(m[1]));
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

export const storedKey = (): string | null => sessionStorage.getItem(KEY);
export const storeKey = (key: string): void => sessionStorage.setItem(KEY, key.trim());
export const forgetKey = (): void => sessionStorage.removeItem(KEY);
