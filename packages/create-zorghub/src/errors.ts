// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** A refusal or failure meant for the user: printed as one line, exit code 1, never a stack trace. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** The user cancelled a prompt (Ctrl-C / Esc). Nothing has been written yet. */
export class CancelledError extends UserError {
  constructor() {
    super('cancelled; nothing was written');
    this.name = 'CancelledError';
  }
}
