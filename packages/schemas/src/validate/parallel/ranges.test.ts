// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRangeLines, scanRange, splitRanges } from './ranges.js';

const dir = mkdtempSync(join(tmpdir(), 'zorghub-ranges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withFile<T>(bytes: Buffer, use: (fd: number) => T): T {
  const path = join(dir, `f-${Math.random().toString(36).slice(2)}`);
  writeFileSync(path, bytes);
  const fd = openSync(path, 'r');
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

const lines = Array.from({ length: 500 }, (_, i) => `{"n":${i},"t":"${'é'.repeat(i % 13)}"}`);
const text = `${lines.join('\n')}\n`;

describe('byte ranges of an NDJSON file', () => {
  it('start at line starts, cover the file, and give every line once with its number', () => {
    const bytes = Buffer.from(text, 'utf8');
    for (const count of [1, 2, 7, 64]) {
      const got: string[] = [];
      const numbers: number[] = [];
      withFile(bytes, (fd) => {
        const ranges = splitRanges(fd, bytes.length, count);
        expect(ranges[0]!.start).toBe(0);
        expect(ranges[ranges.length - 1]!.end).toBe(bytes.length);
        let line = 1;
        for (const range of ranges) {
          if (range.start > 0) expect(bytes[range.start - 1]).toBe(10);
          const scan = scanRange(fd, range, 1000, Buffer.alloc(100));
          expect(scan.plain).toBe(true);
          readRangeLines(fd, range, line, 64, (piece, first) => {
            const parts = piece.toString('utf8').split('\n');
            if (parts[parts.length - 1] === '') parts.pop();
            parts.forEach((part, i) => {
              got.push(part);
              numbers.push(first + i);
            });
          });
          line += scan.newlines;
        }
      });
      expect(got).toEqual(lines);
      expect(numbers).toEqual(lines.map((_, i) => i + 1));
    }
  });

  it('leave a UTF-8 byte-order mark out of the first range', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    withFile(bytes, (fd) => expect(splitRanges(fd, bytes.length, 3)[0]!.start).toBe(3));
  });

  it('are not plain with a byte that is not UTF-8 or a line longer than the limit', () => {
    const bad = Buffer.from(text, 'utf8');
    bad[bad.length >> 1] = 0xff;
    withFile(bad, (fd) => {
      const scans = splitRanges(fd, bad.length, 4).map((r) =>
        scanRange(fd, r, 1000, Buffer.alloc(128)),
      );
      expect(scans.filter((s) => !s.plain)).toHaveLength(1);
    });
    const long = Buffer.from(`${lines[0]}\n${'x'.repeat(300)}\n${lines[1]}`);
    withFile(long, (fd) => {
      const [range] = splitRanges(fd, long.length, 1);
      expect(scanRange(fd, range!, 300, Buffer.alloc(64)).plain).toBe(true);
      expect(scanRange(fd, range!, 299, Buffer.alloc(64)).plain).toBe(false);
    });
  });
});
