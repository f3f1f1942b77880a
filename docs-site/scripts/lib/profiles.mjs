// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The regional profiles shipped with @zorghub/schemas, as the validation page's Worker carries
// them: a profile a dropped package declares is found among these as `zorghub validate` finds it
// among the shipped ones, and the user can choose one.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export async function shippedProfiles() {
  const root = join(dirname(require.resolve('@zorghub/schemas/package.json')), 'profiles');
  const out = [];
  for (const dir of (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory())) {
    const names = (await readdir(join(root, dir.name))).filter(
      (n) => !/^(README|LEESMIJ)/i.test(n),
    );
    const files = [];
    for (const name of names.sort())
      files.push({ name, text: await readFile(join(root, dir.name, name), 'utf8') });
    const info = JSON.parse(files.find((f) => f.name === 'profiel.json').text);
    // titel is a text or { nl, en } (profiel.json); without one the folder's name stands in
    out.push({ path: dir.name, title: info.titel ?? dir.name, files });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
