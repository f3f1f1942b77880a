// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The files a user picked or dropped, with their path inside a dropped folder.
import type { DroppedFile } from '@zorghub/schemas/validate/browser';

/** From an <input type="file"> (with webkitdirectory, each file knows its folder path). */
export function filesFromInput(list: FileList | null): DroppedFile[] {
  return Array.from(list ?? []).map((file) => ({
    path: file.webkitRelativePath || file.name,
    file,
  }));
}

function entries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: DroppedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ path: entry.fullPath.replace(/^\//, ''), file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries hands over a folder in batches until it returns none
  for (let batch = await entries(reader); batch.length > 0; batch = await entries(reader))
    for (const child of batch) await walk(child, out);
}

/** From a drop: folders are walked, so a dropped data package keeps its layout. */
export async function collectDropped(data: DataTransfer): Promise<DroppedFile[]> {
  const roots = Array.from(data.items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => !!e);
  if (roots.length === 0) return Array.from(data.files).map((file) => ({ path: file.name, file }));
  const out: DroppedFile[] = [];
  for (const root of roots) await walk(root, out);
  return out;
}
