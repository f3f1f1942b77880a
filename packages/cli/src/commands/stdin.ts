// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * `zorghub validate -`: the export comes on standard input (`gunzip -c x.csv.gz | zorghub validate -
 * --schema bezoek`). The validator reads files, sniffs them and names them in its report; standard
 * input is copied to a private temporary file first (streamed, so memory stays flat), its format
 * is told from its first bytes, and the report names it `-` again.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

export const STDIN = '-';

const HEAD = 64 * 1024;

async function head(path: string, gzipped: boolean): Promise<Buffer> {
  if (!gzipped) {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD);
      const { bytesRead } = await handle.read(buffer, 0, HEAD, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const gunzip = createReadStream(path).pipe(createGunzip());
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= HEAD) break;
    }
  } catch {
    // a damaged gzip stream: the validator says so when it reads the file
  }
  gunzip.destroy();
  return Buffer.concat(chunks).subarray(0, HEAD);
}

/** The file extension the bytes call for: the validator reads formats by their extension. */
export function extensionOf(bytes: Buffer): '.xlsx' | '.json' | '.ndjson' | '.csv' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return '.xlsx';
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const first = text.trimStart()[0];
  if (first === '[') return '.json';
  if (first === '{') return '.ndjson';
  return '.csv';
}

/** Copies `input` to a temporary file named for its format; `cleanup` removes it. */
export async function spoolStdin(
  input: Readable,
): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'zorghub-stdin-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const raw = join(dir, 'stdin');
    await pipeline(input, createWriteStream(raw, { mode: 0o600 }));
    const start = await head(raw, false);
    const gzipped = start[0] === 0x1f && start[1] === 0x8b;
    const extension = extensionOf(gzipped ? await head(raw, true) : start);
    const path = join(dir, `stdin${extension}${gzipped ? '.gz' : ''}`);
    await rename(raw, path);
    return { path, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** `value` (a report or a message) with every mention of the temporary file replaced by `-`. */
export function renameStdin<T>(value: T, path: string): T {
  return JSON.parse(
    JSON.stringify(value).replaceAll(JSON.stringify(path).slice(1, -1), STDIN),
  ) as T;
}
