import type { Command } from 'commander';

/**
 * Every verb lives in its own module and adds itself to the program here. Verbs import their
 * library lazily inside the action, so `zorghub --help` stays fast.
 */
const registrars: Array<(program: Command) => void> = [];

export function registerCommands(program: Command): void {
  for (const register of registrars) register(program);
}
