export { CliError } from './errors.js';
export { createProgram, run } from './program.js';
