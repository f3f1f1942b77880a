// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Thin React wrappers on the NL Design System (Utrecht) component CSS: the classes and markup of
 * the component library, themed by the same "Voorbeeld" design tokens as the guide.
 * (The React package of the library could not be installed from the registry mirror here; see the note.)
 */
import { type ReactNode, type RefObject, useId, useLayoutEffect, useState } from 'react';

export function Heading({
  level,
  children,
  id,
}: {
  level: 1 | 2 | 3;
  children: ReactNode;
  id?: string;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={`utrecht-heading-${level}`} id={id}>
      {children}
    </Tag>
  );
}

export const Paragraph = ({ children }: { children: ReactNode }) => (
  <p className="utrecht-paragraph">{children}</p>
);

export function Button({
  children,
  onClick,
  type = 'button',
  variant = 'primary',
  disabled,
}: {
  children: ReactNode;
  onClick?: () => void;
  type?: 'button' | 'submit';
  variant?: 'primary' | 'secondary' | 'subtle';
  disabled?: boolean;
}) {
  return (
    <button
      type={type}
      className={`utrecht-button utrecht-button--${variant}-action`}
      onClick={onClick}
      disabled={disabled}
    >
      {children}
    </button>
  );
}

export function Alert({
  type,
  children,
}: {
  type: 'info' | 'ok' | 'warning' | 'error';
  children: ReactNode;
}) {
  return (
    <div
      className={`utrecht-alert utrecht-alert--${type}`}
      role={type === 'error' ? 'alert' : 'status'}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export interface FieldError {
  field: string;
  message: string;
}

/** The NL Design System pattern: a summary at the top linking to each field with an error. */
export function ErrorSummary({
  title,
  errors,
  summaryRef,
}: {
  title: string;
  errors: FieldError[];
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  // Each link names its field ("Postcode: Dit veld is verplicht."), as the NL Design System pattern
  // asks: the label is read from the field itself (its <label>, or a group's <legend>), so it is
  // written once, next to the field, and the summary cannot drift from it. Read before paint.
  const [labels, setLabels] = useState<Record<string, string>>({});
  const fields = errors.map((e) => e.field).join('\n');
  useLayoutEffect(() => {
    const found: Record<string, string> = {};
    for (const field of fields ? fields.split('\n') : []) {
      const text = fieldLabel(`field-${field}`);
      if (text) found[field] = text;
    }
    setLabels(found);
  }, [fields]);
  if (errors.length === 0) return null;
  return (
    <div
      className="utrecht-alert utrecht-alert--error zh-error-summary"
      role="alert"
      tabIndex={-1}
      ref={summaryRef}
      aria-labelledby="error-summary-title"
    >
      <div className="utrecht-alert__content">
        <h2 className="utrecht-heading-2" id="error-summary-title">
          {title}
        </h2>
        <ul className="utrecht-unordered-list">
          {errors.map((e) => (
            <li className="utrecht-unordered-list__item" key={e.field}>
              <a className="utrecht-link utrecht-link--html-a" href={`#field-${e.field}`}>
                {named(labels[e.field], e.message)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** "Postcode: Dit veld is verplicht."; a label that is a question keeps its mark: "Waar gaat het over? …". */
function named(label: string | undefined, message: string): string {
  if (!label) return message;
  return /[?!.]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`;
}

/** The visible name of a field: its group's legend, or the text of its own label (without hints). */
function fieldLabel(id: string): string | undefined {
  const element = document.getElementById(id);
  if (!element) return undefined;
  const named =
    element instanceof HTMLFieldSetElement
      ? element.querySelector('legend')
      : document.querySelector(`label[for="${CSS.escape(id)}"]`);
  const text = named?.firstChild?.textContent ?? named?.textContent;
  return text?.trim().replace(/[:\s]+$/, '') || undefined;
}

export function TextField({
  name,
  label,
  hint,
  error,
  value,
  onChange,
  multiline,
  type = 'text',
  autoComplete,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  type?: string;
  autoComplete?: string;
}) {
  const hintId = useId();
  const errorId = useId();
  const described =
    [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id: `field-${name}`,
    name,
    value,
    'aria-describedby': described,
    'aria-invalid': error ? true : undefined,
  } as const;
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={common.id}>
          {label}
        </label>
      </div>
      {hint && (
        <div className="utrecht-form-field-description" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        {multiline ? (
          <textarea
            {...common}
            className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
            rows={4}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            {...common}
            type={type}
            autoComplete={autoComplete}
            className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </div>
    </div>
  );
}

/**
 * The fieldset every group of choices shares: the legend as the question, an optional hint, the
 * error next to the group, `field-<name>` as the id the error summary links to (focusable, so the
 * link moves the focus there), and the hint and error as the group's description.
 */
export function FieldsetShell({
  name,
  legend,
  hint,
  error,
  children,
}: {
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}) {
  const hintId = useId();
  const errorId = useId();
  const described =
    [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={`field-${name}`}
      aria-describedby={described}
      tabIndex={-1}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {hint && (
        <div className="utrecht-form-field-description" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      )}
      {children}
    </fieldset>
  );
}

/** A group of radio buttons in a fieldset, the legend as the question. */
export function RadioGroup({
  name,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  options: Array<{ value: string; label: string; hint?: string }>;
  value: string;
  onChange(value: string): void;
  error?: string;
}) {
  return (
    <FieldsetShell name={name} legend={legend} error={error}>
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <div className="utrecht-form-field utrecht-form-field--radio" key={o.value}>
            <div className="utrecht-form-field__input">
              <input
                type="radio"
                className="utrecht-radio-button utrecht-radio-button--html-input"
                id={id}
                name={name}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-describedby={o.hint ? `${id}-hint` : undefined}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
                {o.label}
              </label>
            </div>
            {o.hint && (
              <div className="utrecht-form-field-description" id={`${id}-hint`}>
                {o.hint}
              </div>
            )}
          </div>
        );
      })}
    </FieldsetShell>
  );
}

/**
 * A table in a keyboard-reachable scroll region: on a phone a wide table scrolls on its own and
 * never widens the page. The first cell of each row is its row header.
 */
export function DataTable({
  label,
  head,
  rows,
}: {
  label: string;
  head: readonly string[];
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="zh-scroll" tabIndex={0} aria-label={label}>
      <table className="utrecht-table">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head.map((h) => (
              <th key={h} className="utrecht-table__header-cell" scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map(({ key, cells: [first, ...rest] }) => (
            <tr key={key} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                {first}
              </th>
              {rest.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed by the head
                <td key={i} className="utrecht-table__cell">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
