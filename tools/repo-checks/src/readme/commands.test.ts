// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { readmeCommands, splitAnd } from './commands.js';

const sample = [
  '# Title', // 1
  '', // 2
  '```sh', // 3
  'npm install && npm start   # builds it', // 4
  'npm test   # (skipped by the README test: it is the test suite)', // 5
  '```', // 6
  '', // 7
  'Some `inline command` that is not a block.', // 8
  '', // 9
  '```js', // 10
  'console.log("not shell")', // 11
  '```', // 12
  '', // 13
  '```bash', // 14
  'npx zorghub validate "a # b.csv" \\', // 15
  '  --lang en   # a comment', // 16
  '', // 17
  '$ echo "x"', // 18
  '```', // 19
  '', // 20
  '```sh', // 21
  '# (skipped by the README test: slow)', // 22
  'node bench/a.mjs', // 23
  'node bench/b.mjs', // 24
  '```', // 25
].join('\n');

describe('readmeCommands', () => {
  it('finds every shell command in order, with its line, and only in shell blocks', () => {
    expect(readmeCommands(sample)).toEqual([
      { line: 4, command: 'npm install && npm start' },
      { line: 5, command: 'npm test', skipped: 'it is the test suite' },
      { line: 15, command: 'npx zorghub validate "a # b.csv" --lang en' },
      { line: 18, command: 'echo "x"' },
      { line: 23, command: 'node bench/a.mjs', skipped: 'slow' },
      { line: 24, command: 'node bench/b.mjs', skipped: 'slow' },
    ]);
  });

  it('does not take a skip comment after a command for the rest of the block', () => {
    const md = '```sh\nfirst\n# (skipped by the README test: only a note)\nsecond\n```\n';
    expect(readmeCommands(md)).toEqual([
      { line: 2, command: 'first' },
      { line: 4, command: 'second' },
    ]);
  });
});

describe('splitAnd', () => {
  it('splits on && outside quotes only', () => {
    expect(splitAnd('npm install && npm start')).toEqual(['npm install', 'npm start']);
    expect(splitAnd(`A=1 a 'x && y' && b "&&"`)).toEqual([`A=1 a 'x && y'`, `b "&&"`]);
    expect(splitAnd('one')).toEqual(['one']);
  });
});
