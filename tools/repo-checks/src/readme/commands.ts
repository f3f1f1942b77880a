// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The shell commands of a README, in order: every line of every ```sh / ```bash / ```shell block
// (a trailing backslash joins lines). A command the README test cannot run says so in the README
// itself, visibly, in a shell comment:
//   some-command   # (skipped by the README test: <why>)
// and a comment line of that form before a block's first command skips the whole block.
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

export interface ReadmeCommand {
  /** 1-based line in the README where the command starts. */
  line: number;
  /** The command as written, without its trailing comment. */
  command: string;
  /** Why the README test does not run it, when the README says so. */
  skipped?: string;
}

const SHELLS = new Set(['sh', 'bash', 'shell', 'console']);
const SKIP = /#.*\(skipped by the README test: ([^)]*)\)/;

/** Cuts a trailing `# comment` that is outside quotes. */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') i++;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? '')))
      return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

function walk(node: { type: string; children?: unknown[] }, out: Code[]): void {
  if (node.type === 'code') out.push(node as Code);
  for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>)
    walk(child, out);
}

export function readmeCommands(markdown: string): ReadmeCommand[] {
  const blocks: Code[] = [];
  walk(fromMarkdown(markdown), blocks);
  const commands: ReadmeCommand[] = [];
  for (const block of blocks) {
    if (!SHELLS.has(block.lang ?? '')) continue;
    // The fence is on the node's start line; the code starts on the next one.
    const first = (block.position?.start.line ?? 0) + 1;
    const lines = block.value.split('\n');
    let blockSkip: string | undefined;
    let seenCommand = false;
    for (let i = 0; i < lines.length; i++) {
      const start = i;
      let raw = lines[i] ?? '';
      let text = stripComment(raw);
      const comments = [raw];
      while (text.endsWith('\\') && i + 1 < lines.length) {
        i++;
        raw = lines[i] ?? '';
        comments.push(raw);
        text = `${text.slice(0, -1).trimEnd()} ${stripComment(raw).trim()}`;
      }
      const skip = comments.map((c) => SKIP.exec(c)?.[1]?.trim()).find((r) => r !== undefined);
      const command = text.trim();
      if (!command) {
        if (skip !== undefined && !seenCommand) blockSkip = skip;
        continue;
      }
      seenCommand = true;
      const skipped = skip ?? blockSkip;
      commands.push({
        line: first + start,
        command: command.replace(/^\$\s+/, ''),
        ...(skipped !== undefined ? { skipped } : {}),
      });
    }
  }
  return commands;
}

/**
 * `a && b && c` as its parts, so that a server at the end can be started on its own (and signalled
 * directly). Other shell syntax stays as it is: a part is run by bash.
 */
export function splitAnd(command: string): string[] {
  const parts: string[] = [];
  let quote: string | undefined;
  let current = '';
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '&' && command[i + 1] === '&') {
      parts.push(current.trim());
      current = '';
      i++;
      continue;
    }
    current += c;
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}
