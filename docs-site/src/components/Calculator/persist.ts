// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The reader's edits survive a reload and can be shared: the changed values (JSON Pointer →
// number) go into the URL's hash and into local storage. Only numbers the reader typed are kept;
// the scenario itself (and any file the reader opened) never leaves the page in a URL.

export type Changes = Record<string, number>;

const STORAGE_KEY = 'zorghub-rekentool-v1';
const HASH_KEY = 'invoer';

function isChanges(value: unknown): value is Changes {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(
      ([k, v]) => k.startsWith('/') && typeof v === 'number' && Number.isFinite(v),
    )
  );
}

/** "#invoer=/parameters/uurloon/waarde:14.71;/cohorten/0/instroom/waarde:12" → changes. */
export function changesFromHash(hash: string): Changes | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const text = params.get(HASH_KEY);
  if (!text) return undefined;
  const out: Changes = {};
  for (const pair of text.split(';')) {
    const at = pair.lastIndexOf(':');
    if (at <= 0) continue;
    const value = Number(pair.slice(at + 1));
    const pointer = pair.slice(0, at);
    if (pointer.startsWith('/') && Number.isFinite(value)) out[pointer] = value;
  }
  return out;
}

export function changesToHash(changes: Changes): string {
  const entries = Object.entries(changes);
  if (entries.length === 0) return '';
  const text = entries.map(([p, v]) => `${p}:${v}`).join(';');
  return `#${new URLSearchParams({ [HASH_KEY]: text }).toString()}`;
}

export function loadStored(): Changes | undefined {
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    if (!text) return undefined;
    const parsed: unknown = JSON.parse(text);
    return isChanges(parsed) ? parsed : undefined;
  } catch {
    return undefined; // storage blocked or unreadable: start from the scenario
  }
}

/** Writes the changes to the URL (without a history entry) and to local storage. */
export function store(changes: Changes): void {
  const hash = changesToHash(changes);
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  window.history.replaceState(window.history.state, '', url);
  try {
    if (hash) window.localStorage.setItem(STORAGE_KEY, JSON.stringify(changes));
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // private mode or storage full: the URL still carries the edits
  }
}

/** Only pointers that name a number in this scenario are applied; the rest are reported. */
export function applicable(
  changes: Changes,
  pointers: ReadonlySet<string>,
): { apply: Changes; unknown: string[] } {
  const apply: Changes = {};
  const unknown: string[] = [];
  for (const [pointer, value] of Object.entries(changes)) {
    if (pointers.has(pointer)) apply[pointer] = value;
    else unknown.push(pointer);
  }
  return { apply, unknown };
}
