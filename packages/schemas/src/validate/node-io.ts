// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** The validator's input on disk (Node): files and folders, read as streams. */
import { isAscii, isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { InputIo } from './io.js';
import type { ByteOps, ByteSource } from './readers/text.js';
import { readXlsx } from './readers/xlsx.js';

/** Node's own Buffer operations (the chunks of a file stream are Buffers). */
export const nodeByteOps: ByteOps = {
  isUtf8: (bytes) => isUtf8(bytes),
  isAscii: (bytes) => isAscii(bytes),
  utf8: (bytes) => (bytes as Buffer).toString('utf8'),
  encode: (text) => Buffer.from(text, 'utf8'),
  concat: (parts) => Buffer.concat(parts),
  copy: (bytes) => Buffer.from(bytes),
};

export function fileSource(path: string): ByteSource {
  return {
    ops: nodeByteOps,
    chunks({ gzip, highWaterMark = 1 << 20 }) {
      const raw = createReadStream(path, { highWaterMark });
      if (!gzip) return raw;
      const stream = raw.pipe(createGunzip({ chunkSize: highWaterMark }));
      raw.on('error', (error) => stream.destroy(error));
      return stream;
    },
  };
}

export const nodeIo: InputIo = {
  path: { sep, join, resolve, relative },
  stat: (path) => stat(path),
  readdir: (dir) => readdir(dir, { withFileTypes: true }),
  readUtf8: (path) => readFile(path, 'utf8'),
  async head(path, bytes) {
    const handle = await open(path, 'r');
    try {
      const buf = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buf, 0, bytes, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  },
  source: fileSource,
  async sha256(path) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  },
  readXlsx,
};
