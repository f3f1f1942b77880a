// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
export { type Flags, parseFlags } from './args.js';
export { type Choice, careKinds, defaults, type Part, services, themes } from './choices.js';
export { main } from './cli.js';
export { CancelledError, UserError } from './errors.js';
export { type GeneratedFile, type GenerateOptions, generateProject } from './generate.js';
export {
  type AnswerSource,
  type Answers,
  CANCEL,
  equivalentCommand,
  type Question,
  resolveAnswers,
} from './resolve.js';
export { checkPackageName } from './validate.js';
export { checkTargetDirectory, writeProject } from './write.js';
