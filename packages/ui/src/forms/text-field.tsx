import type { ReactNode, Ref } from 'react';
import { describedBy, FieldError, FieldHint } from './field-parts.js';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'number' | 'time' | 'color';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
  /** For number and time inputs. */
  min?: number | string;
  max?: number | string;
  step?: number;
  /** Help shown under the label, read together with the field. */
  hint?: ReactNode;
  error?: string | undefined;
  disabled?: boolean;
  /** Narrow inputs for short values (numbers, times). */
  size?: 'short' | 'full';
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and error message are tied to it, so a screen reader reads them together. */
export function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  min,
  max,
  step,
  hint,
  error,
  disabled,
  size = 'full',
  ref,
}: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id}>{hint}</FieldHint>
      <input
        ref={ref}
        id={id}
        name={id}
        type={type}
        className={size === 'short' ? 'input-short' : undefined}
        autoComplete={autoComplete}
        inputMode={inputMode}
        min={min}
        max={max}
        step={step}
        disabled={disabled}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}
