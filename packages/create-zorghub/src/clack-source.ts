// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import * as p from '@clack/prompts';
import { type AnswerSource, CANCEL, type Question } from './resolve.js';

/** Asks in the terminal with @clack/prompts. */
export const clackSource: AnswerSource = {
  async ask(question: Question) {
    let answer: unknown;
    if (question.kind === 'text') {
      answer = await p.text({
        message: question.message,
        initialValue: question.initial,
        validate: (value) => question.validate(value ?? ''),
      });
    } else if (question.kind === 'select') {
      answer = await p.select({
        message: question.message,
        options: question.options.map((o) => ({ value: o.value, label: o.label, hint: o.hint })),
        initialValue: question.initial,
      });
    } else {
      answer = await p.multiselect({
        message: question.message,
        options: question.options.map((o) => ({ value: o.value, label: o.label, hint: o.hint })),
        initialValues: [...question.initial],
        required: question.required,
      });
    }
    if (p.isCancel(answer)) return CANCEL;
    return answer as string | string[];
  },
};
