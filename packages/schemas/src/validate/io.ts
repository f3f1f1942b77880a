// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * What the validator needs of the place its input lives: the disk in Node (node-io.ts), the files
 * a user dropped in the browser (browser-io.ts). Planning, reading and checking are the same code
 * on both; only this interface differs.
 */
import type { Source } from './engine/source.js';
import type { RecordSink } from './readers/sink.js';
import type { ByteSource } from './readers/text.js';

export interface InputStat {
  size: number;
  isDirectory(): boolean;
}

export interface InputEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
}

/** Path operations of the platform (node:path in Node, POSIX paths in the browser). */
export interface PathOps {
  sep: string;
  join(...parts: string[]): string;
  resolve(...parts: string[]): string;
  relative(from: string, to: string): string;
}

/** Reads a workbook into a sink (a streaming reader in Node, a loaded workbook in a browser). */
export type XlsxReader = (
  path: string,
  sink: RecordSink,
  options: {
    openSheet: (name: string, index: number) => Source | undefined;
    file: string;
    suggestEntity?: (name: string) => string | undefined;
    first?: (name: string) => boolean;
  },
) => Promise<{ sheets: Source[] }>;

export interface InputIo {
  path: PathOps;
  /** Throws when there is nothing at `path`. */
  stat(path: string): Promise<InputStat>;
  readdir(dir: string): Promise<InputEntry[]>;
  readUtf8(path: string): Promise<string>;
  /** The first `bytes` bytes (fewer for a shorter file). */
  head(path: string, bytes: number): Promise<Uint8Array>;
  source(path: string): ByteSource;
  sha256(path: string): Promise<string>;
  /** Left out where workbooks cannot be read; such a file is then unusable input. */
  readXlsx?: XlsxReader;
}
