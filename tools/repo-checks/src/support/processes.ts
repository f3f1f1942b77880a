// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// Running README commands as a user would in one terminal: short ones to their end (the working
// directory carries over, as after a `cd`), servers started, probed and stopped with SIGTERM, after
// which no process of theirs may be left.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

export function tail(text: string, chars = 6000): string {
  return text.length <= chars ? text : `…${text.slice(-chars)}`;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits up to `ms` for every process of the group to end; SIGKILLs what is left; true when none was. */
export async function groupEnds(pgid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (!groupAlive(pgid)) return true;
  process.kill(-pgid, 'SIGKILL');
  return false;
}

/** Resolves with a readable message if the process could not be started at all. */
function spawnFailure(child: ChildProcess, command: string, cwd: string): Promise<string> {
  return new Promise((resolve) =>
    child.once('error', (error: NodeJS.ErrnoException) =>
      resolve(
        existsSync(cwd)
          ? `could not start \`${command}\`: ${error.message}`
          : `could not start \`${command}\`: the folder ${cwd} does not exist (an earlier step did not make it)`,
      ),
    ),
  );
}

function collect(child: ChildProcess): () => string {
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  return () => output;
}

/** Runs one command with bash in `cwd`; resolves with its exit and the directory it ended in. */
export async function runShort(
  command: string,
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    timeoutMs: number;
    scratch: string;
    onStart?: (pgid: number) => void;
  },
): Promise<Finished & { cwd: string; leftovers: boolean }> {
  const cwdFile = join(options.scratch, 'cwd');
  rmSync(cwdFile, { force: true });
  const script = `${command}\n__readme_rc=$?\npwd > '${cwdFile}'\nexit $__readme_rc\n`;
  const child = spawn('bash', ['-c', script], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A missing working directory or shell fails the spawn itself: no pid, no 'close', only 'error'.
  const failed = spawnFailure(child, command, options.cwd);
  if (child.pid === undefined) {
    const message = await failed;
    return { code: null, signal: null, output: message, cwd: options.cwd, leftovers: false };
  }
  options.onStart?.(child.pid);
  const output = collect(child);
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), options.timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (c, s) => resolve([c, s])),
  );
  clearTimeout(timer);
  const leftovers = !(await groupEnds(child.pid!, 10_000));
  const cwd = existsSync(cwdFile) ? readFileSync(cwdFile, 'utf8').trim() : options.cwd;
  return { code, signal, output: output(), cwd, leftovers };
}

export interface Started {
  child: ChildProcess;
  output(): string;
  exited: Promise<Finished>;
}

/**
 * Starts a server command so that its first process is the command itself (`exec`), in a process
 * group of its own, and resolves once its output matches `ready`.
 */
export async function startServer(
  command: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; ready: RegExp; timeoutMs: number },
): Promise<Started> {
  // `A=1 exec cmd` keeps the assignments; `exec A=1 cmd` would not.
  const [, assignments = '', rest = command] = /^((?:\w+=\S*\s+)*)([\s\S]*)$/.exec(command) ?? [];
  const child = spawn('bash', ['-c', `${assignments}exec ${rest}`], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const failed = spawnFailure(child, command, options.cwd);
  if (child.pid === undefined) throw new Error(await failed);
  const output = collect(child);
  const exited = new Promise<Finished>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, output: output() })),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (options.ready.test(output())) {
        clearInterval(timer);
        clearTimeout(limit);
        resolve();
      }
    }, 200);
    const limit = setTimeout(() => {
      clearInterval(timer);
      reject(
        new Error(`no sign of readiness (${options.ready}) after ${options.timeoutMs / 1000} s`),
      );
    }, options.timeoutMs);
    void exited.then((f) => {
      clearInterval(timer);
      clearTimeout(limit);
      reject(new Error(`it exited before it was ready (code ${f.code}, signal ${f.signal})`));
    });
  });
  return { child, output, exited };
}

export function accepts(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({
      host: hostname === 'localhost' ? '127.0.0.1' : hostname,
      port: Number(port),
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** SIGTERM to the command's own process only, as a process manager sends it. */
export async function stopServer(
  started: Started,
): Promise<{ finished: Finished; orphans: boolean }> {
  process.kill(started.child.pid!, 'SIGTERM');
  const finished = await Promise.race([
    started.exited,
    new Promise<Finished>((resolve) =>
      setTimeout(() => resolve({ code: null, signal: null, output: started.output() }), 30_000),
    ),
  ]);
  const orphans = !(await groupEnds(started.child.pid!, 20_000));
  return { finished, orphans };
}
