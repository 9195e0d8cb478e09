// An amount typed in kroner («1 234,50»), committed as øre when the field is left or Enter is pressed; a text that is
// not an amount is marked and never sent.
import { useState, type KeyboardEvent } from 'react';
import { formatOre, parseKroner } from '@bn/domain';

interface Props {
  id: string;
  label: string;
  ore: number | null;
  disabled?: boolean;
  invalidText: string;
  onCommit: (ore: number) => void;
}

const asText = (ore: number | null) => (ore === null ? '' : formatOre(ore).replace(/\s*kr$/, ''));

export function KronerInput({ id, label, ore, disabled, invalidText, onCommit }: Props) {
  const [text, setText] = useState(() => asText(ore));
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    if (text.trim() === asText(ore).trim()) return setInvalid(false);
    const value = parseKroner(text);
    setInvalid(value === null);
    if (value !== null && value !== ore) onCommit(value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    }
  };
  return (
    <span className="kroner-input">
      <input
        id={id}
        className="input-short"
        aria-label={label}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />{' '}
      kr
      {invalid && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {invalidText}
        </span>
      )}
    </span>
  );
}
