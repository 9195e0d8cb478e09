// Groups of checkboxes or radio buttons: a fieldset whose legend names the group, one message for the group.
import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHint } from './field-parts.js';

export interface Choice {
  value: string;
  label: string;
  /** Extra text after the label, e.g. a tariff's name after its code. */
  detail?: string;
}

interface GroupProps {
  id: string;
  legend: string;
  choices: readonly Choice[];
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown instead of the boxes when there is nothing to choose from. */
  empty?: ReactNode;
  /** Put the choices side by side (short labels such as weekdays). */
  inline?: boolean;
}

function Group({ id, legend, hint, error, inline, children }: GroupProps & { children: ReactNode }) {
  return (
    <fieldset className="fieldset" id={id} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <FieldHint id={id}>{hint}</FieldHint>
      <div className={inline ? 'choices choices-inline' : 'choices'}>{children}</div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

export interface CheckboxGroupProps extends GroupProps {
  values: readonly string[];
  onChange: (values: string[]) => void;
}

/** Several independent choices; the values keep the order of `choices`. */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const { id, choices, values, onChange, error, empty } = props;
  const toggle = (value: string, on: boolean) => {
    const next = new Set(values);
    if (on) next.add(value);
    else next.delete(value);
    onChange(choices.map((c) => c.value).filter((v) => next.has(v)));
  };
  return (
    <Group {...props}>
      {choices.length === 0 && empty}
      {choices.map((c, i) => (
        <div className="check" key={c.value}>
          <input
            id={`${id}-${i}`}
            type="checkbox"
            checked={values.includes(c.value)}
            onChange={(event) => toggle(c.value, event.target.checked)}
            aria-invalid={error && i === 0 ? true : undefined}
          />
          <label htmlFor={`${id}-${i}`}>
            {c.label}
            {c.detail && <span className="muted"> {c.detail}</span>}
          </label>
        </div>
      ))}
    </Group>
  );
}

export interface RadioGroupProps extends GroupProps {
  value: string;
  onChange: (value: string) => void;
}

/** One of a few choices, all visible (for two to four options; a select for more). */
export function RadioGroup(props: RadioGroupProps) {
  const { id, choices, value, onChange, error } = props;
  return (
    <Group {...props}>
      {choices.map((c, i) => (
        <div className="check" key={c.value}>
          <input
            id={`${id}-${i}`}
            type="radio"
            name={id}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
            aria-invalid={error && i === 0 ? true : undefined}
          />
          <label htmlFor={`${id}-${i}`}>
            {c.label}
            {c.detail && <span className="muted"> {c.detail}</span>}
          </label>
        </div>
      ))}
    </Group>
  );
}
