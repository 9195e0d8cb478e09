import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHint } from './field-parts.js';

export interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  error?: string | undefined;
  disabled?: boolean;
}

/** One on/off choice with its label beside the box; the whole label is clickable. */
export function CheckboxField({ id, label, checked, onChange, hint, error, disabled }: CheckboxFieldProps) {
  return (
    <div className="field field-check">
      <div className="check">
        <input
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} error={error} />
    </div>
  );
}
