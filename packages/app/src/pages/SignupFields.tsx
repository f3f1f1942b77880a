// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The form parts the sign-up page needs beyond src/ui.tsx: a group of checkboxes (preferred days),
 * one checkbox (consent), a date field; the NL Design System (Utrecht) classes and markup, with the
 * error next to the field and `field-<name>` as the id the error summary links to.
 */
import { type ReactNode, useId } from 'react';
import { FieldsetShell } from '../ui';

export function CheckboxGroup({
  name,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  options: Array<{ value: string; label: string }>;
  value: readonly string[];
  onChange(value: string[]): void;
  error?: string;
}) {
  const toggle = (code: string, on: boolean) =>
    onChange(options.map((o) => o.value).filter((c) => (c === code ? on : value.includes(c))));
  return (
    <FieldsetShell name={name} legend={legend} error={error}>
      <div className="zh-checks">
        {options.map((o) => {
          const id = `${name}-${o.value}`;
          return (
            <div className="utrecht-form-field utrecht-form-field--checkbox" key={o.value}>
              <div className="utrecht-form-field__input">
                <input
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  id={id}
                  name={name}
                  value={o.value}
                  checked={value.includes(o.value)}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                  {o.label}
                </label>
              </div>
            </div>
          );
        })}
      </div>
    </FieldsetShell>
  );
}

export function Checkbox({
  name,
  label,
  checked,
  onChange,
  error,
  children,
}: {
  name: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  error?: string;
  children?: ReactNode;
}) {
  const errorId = useId();
  const id = `field-${name}`;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--checkbox zh-checkbox-target${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      {error && (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <input
          type="checkbox"
          className={`utrecht-checkbox utrecht-checkbox--html-input${error ? ' utrecht-checkbox--invalid' : ''}`}
          id={id}
          name={name}
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      {children && <div className="utrecht-form-field-description">{children}</div>}
    </div>
  );
}

/** A group heading for a part of a long form. */
export const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <fieldset className="utrecht-form-fieldset zh-section">
    <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
      {title}
    </legend>
    {children}
  </fieldset>
);
