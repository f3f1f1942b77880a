// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** Streaming text output for the writers of tables and JSON files (Node). */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/** Buffers text and writes it in blocks of about 1 MiB, honouring back-pressure between blocks. */
export class TextOut {
  #parts: string[] = [];
  #size = 0;
  #pending: Promise<void> = Promise.resolve();
  readonly #stream: Writable;
  readonly #own: boolean;
  constructor(target: string | Writable) {
    this.#own = typeof target === 'string';
    this.#stream = typeof target === 'string' ? createWriteStream(target) : target;
  }
  push(text: string): void {
    this.#parts.push(text);
    this.#size += text.length;
    if (this.#size > 1 << 20) this.flush();
  }
  flush(): void {
    if (!this.#parts.length) return;
    const text = this.#parts.join('');
    this.#parts = [];
    this.#size = 0;
    const stream = this.#stream;
    this.#pending = this.#pending.then(async () => {
      if (!stream.write(text)) await once(stream, 'drain');
    });
  }
  async close(): Promise<void> {
    this.flush();
    await this.#pending;
    if (!this.#own) return;
    this.#stream.end();
    await once(this.#stream, 'finish');
  }
}
