// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The validator's input in a browser: the files a user dropped or picked (with the folder paths
 * `webkitRelativePath` gives), read as streams from the `File` objects. Nothing is sent anywhere.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { join, normalize, relative, resolve } from 'pathe';
import { browserXlsxReader } from './browser-xlsx.js';
import type { InputEntry, InputIo } from './io.js';
import type { ByteOps, ByteSource } from './readers/text.js';

/** A dropped file: its path inside what was dropped (`export/bezoeken.csv`) and its bytes. */
export interface DroppedFile {
  path: string;
  file: Blob;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();
// the text reader checks a piece and then decodes the same piece: decode it once
let checked: { bytes: Uint8Array; text: string } | undefined;

export const webByteOps: ByteOps = {
  isUtf8(bytes) {
    try {
      checked = { bytes, text: strict.decode(bytes) };
      return true;
    } catch {
      return false;
    }
  },
  isAscii(bytes) {
    for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
    return true;
  },
  utf8(bytes) {
    if (checked?.bytes === bytes) {
      const { text } = checked;
      checked = undefined;
      return text;
    }
    return lenient.decode(bytes);
  },
  encode: (text) => encoder.encode(text),
  concat(parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  },
  copy: (bytes) => bytes.slice(),
};

/** A stream's chunks, gathered to about `size` bytes (a File streams in small pieces). */
async function* gathered(stream: ReadableStream<Uint8Array>, size: number, gzip: boolean) {
  const reader = stream.getReader();
  let parts: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      let result: Awaited<ReturnType<typeof reader.read>>;
      try {
        result = await reader.read();
      } catch (error) {
        if (!gzip) throw error;
        // as Node's zlib names it, so that the reader reports a damaged gzip file the same way
        throw Object.assign(new Error((error as Error).message), { code: 'Z_DATA_ERROR' });
      }
      if (result.done) break;
      parts.push(result.value);
      length += result.value.length;
      if (length >= size) {
        yield parts.length === 1 ? parts[0]! : webByteOps.concat(parts);
        parts = [];
        length = 0;
      }
    }
    if (length > 0) yield parts.length === 1 ? parts[0]! : webByteOps.concat(parts);
  } finally {
    reader.releaseLock();
  }
}

/**
 * The dropped files as an input the validator reads. `onBytes` is told of every byte read from a
 * file (before decompression), for a progress bar.
 */
export function browserIo(files: DroppedFile[], onBytes?: (bytes: number) => void): InputIo {
  const byPath = new Map<string, Blob>();
  const dirs = new Map<string, Map<string, boolean>>(); // folder → name → is a folder
  const key = (path: string) => normalize(resolve('/', path));
  const addEntry = (dir: string, name: string, isDir: boolean) => {
    let entries = dirs.get(dir);
    if (!entries) {
      entries = new Map();
      dirs.set(dir, entries);
    }
    if (!entries.get(name)) entries.set(name, isDir);
  };
  for (const { path, file } of files) {
    const full = key(path);
    byPath.set(full, file);
    let child = full;
    for (let dir = resolve(full, '..'); ; dir = resolve(dir, '..')) {
      const name = child.slice(dir === '/' ? 1 : dir.length + 1);
      addEntry(dir, name, child !== full);
      if (dir === '/') break;
      child = dir;
    }
  }
  const fileAt = (path: string): Blob => {
    const file = byPath.get(key(path));
    if (!file) throw Object.assign(new Error(`${path}: not dropped`), { code: 'ENOENT' });
    return file;
  };
  const source = (path: string): ByteSource => ({
    ops: webByteOps,
    chunks({ gzip = false, highWaterMark = 1 << 20 }) {
      const counted = fileAt(path)
        .stream()
        .pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              onBytes?.(chunk.length);
              controller.enqueue(chunk);
            },
          }),
        );
      const stream = gzip
        ? counted.pipeThrough(
            new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
          )
        : counted;
      return gathered(stream, highWaterMark, gzip);
    },
  });
  return {
    path: { sep: '/', join, resolve: (...parts) => resolve('/', ...parts), relative },
    async stat(path) {
      const full = key(path);
      if (dirs.has(full)) return { size: 0, isDirectory: () => true };
      const file = fileAt(path);
      return { size: file.size, isDirectory: () => false };
    },
    async readdir(dir) {
      const entries = dirs.get(key(dir));
      if (!entries) throw Object.assign(new Error(`${dir}: not dropped`), { code: 'ENOENT' });
      return [...entries].map(
        ([name, isDir]): InputEntry => ({
          name,
          isFile: () => !isDir,
          isDirectory: () => isDir,
        }),
      );
    },
    readUtf8: async (path) => lenient.decode(await fileAt(path).arrayBuffer()),
    head: async (path, bytes) => new Uint8Array(await fileAt(path).slice(0, bytes).arrayBuffer()),
    source,
    async sha256(path) {
      const hash = sha256.create();
      for await (const chunk of gathered(fileAt(path).stream(), 1 << 20, false)) hash.update(chunk);
      return [...hash.digest()].map((b) => b.toString(16).padStart(2, '0')).join('');
    },
    readXlsx: browserXlsxReader(fileAt, onBytes),
  };
}
