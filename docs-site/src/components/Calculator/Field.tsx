// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { type ReactNode, useId } from 'react';
import type { InputDef } from './inputs';
import { formatReading, readNumber } from './numbers';
import { T } from './strings';
import styles from './styles.module.css';
import type { Lang } from './types';

interface FieldProps {
  def: InputDef;
  /** What the reader typed, or the scenario's value written for this locale. */
  value: string;
  /** True once the reader has typed in this field. */
  edited: boolean;
  lang: Lang;
  onChange: (pointer: string, raw: string) => void;
}

/** One number input: says how it read the text, and refuses what it cannot read without doubt. */
export function Field({ def, value, edited, lang, onChange }: FieldProps): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  const reading = readNumber(value, lang);
  let message: ReactNode = null;
  let invalid = false;
  if (edited && reading.kind === 'ambiguous') {
    invalid = true;
    message = (
      <small id={messageId} className={styles.error} data-testid="ambiguous">
        {T.ambiguous(reading.suggestion)}
      </small>
    );
  } else if (edited && (reading.kind === 'invalid' || reading.kind === 'empty')) {
    invalid = true;
    message = (
      <small id={messageId} className={styles.error}>
        {T.invalid()}
      </small>
    );
  } else if (edited && reading.kind === 'ok' && reading.grouped) {
    message = (
      <small id={messageId} className={styles.reading} data-testid="read-as">
        {T.readAs(formatReading(reading.value, lang))}
      </small>
    );
  }
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{def.label}</label>
      <input
        id={id}
        name={def.pointer}
        data-pointer={def.pointer}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={message ? `${messageId} ${hintId}` : hintId}
        onChange={(e) => onChange(def.pointer, e.target.value)}
      />
      <small id={hintId} className={styles.hint}>
        {T.unit()}: {def.unit} · {T.source()}: {def.source}
      </small>
      {message}
    </div>
  );
}
