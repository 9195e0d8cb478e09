// The one date field of both SPAs: typed as dd.mm.åååå (short forms accepted, see date-text.ts), with a calendar
// popover (Monday-first weeks, month and day names in the UI language, the ARIA grid pattern). The value is an ISO
// date `YYYY-MM-DD`, or '' when empty or not a date.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Locale } from '@bn/domain';
import { useLocale } from '../i18n/i18n-provider.js';
import { useT } from '../i18n/translate.js';
import { describedBy, FieldError, FieldHint } from './field-parts.js';
import {
  formatIsoDate,
  monthWeeks,
  parseCompleteDateText,
  parseDateText,
  shiftDays,
  shiftMonths,
  weekdayOf,
} from './date-text.js';

export interface DateFieldProps {
  id: string;
  label: string;
  /** ISO date `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange: (value: string) => void;
  /** Earliest and latest ISO dates the calendar offers (the form itself says what is wrong with a typed one). */
  min?: string | undefined;
  max?: string | undefined;
  /** Shown under the label before the format. */
  hint?: string | undefined;
  error?: string | undefined;
  disabled?: boolean;
  size?: 'short' | 'full';
  ref?: Ref<HTMLInputElement>;
}

const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', en: 'en-GB' };

function utcDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/** Today's date in Norway, the calendar's starting month when the field is empty. */
function osloToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
}

function clamp(iso: string, min: string | undefined, max: string | undefined): string {
  if (min && iso < min) return min;
  if (max && iso > max) return max;
  return iso;
}

export function DateField({
  id,
  label,
  value,
  onChange,
  min,
  max,
  hint,
  error,
  disabled,
  size = 'short',
  ref,
}: DateFieldProps) {
  const t = useT();
  const [text, setText] = useState(() => formatIsoDate(value));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // A value set from outside (a reset, the other field of a range) shows in the text, unless it is what was typed.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if ((parseDateText(text) ?? '') !== value) setText(formatIsoDate(value));
    if (value) setInvalid(null);
  }

  const commit = (raw: string) => {
    if (raw.trim() === '') {
      setInvalid(null);
      if (value !== '') onChange('');
      return;
    }
    const iso = parseDateText(raw);
    if (!iso) {
      setInvalid(t('date.invalid'));
      if (value !== '') onChange('');
      return;
    }
    setText(formatIsoDate(iso));
    setInvalid(null);
    if (iso !== value) onChange(iso);
  };

  const type = (raw: string) => {
    setText(raw);
    if (raw.trim() === '') {
      setInvalid(null);
      onChange('');
      return;
    }
    const iso = parseCompleteDateText(raw);
    if (iso) {
      setInvalid(null);
      onChange(iso);
    }
  };

  const choose = (iso: string) => {
    setText(formatIsoDate(iso));
    setInvalid(null);
    onChange(iso);
    setOpen(false);
    buttonRef.current?.focus();
  };

  const shownError = invalid ?? error;
  const fullHint = hint ? `${hint} (${t('date.format')})` : t('date.format');
  return (
    <div className="field date-field">
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id}>{fullHint}</FieldHint>
      <div className="date-field-row">
        <input
          ref={ref}
          id={id}
          name={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('date.format')}
          className={size === 'short' ? 'input-date' : undefined}
          disabled={disabled}
          value={text}
          onChange={(event) => type(event.target.value)}
          onBlur={(event) => commit(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(event.currentTarget.value);
          }}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={describedBy(id, fullHint, shownError)}
        />
        <button
          ref={buttonRef}
          type="button"
          className="date-field-open"
          disabled={disabled}
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? `${id}-calendar` : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          {/* Drawn, not an emoji: many Linux desktops have no emoji font and would show an empty box. */}
          <svg
            aria-hidden="true"
            width="18"
            height="18"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <rect x="3" y="5" width="18" height="16" rx="2" />
            <path d="M3 10h18M8 3v4M16 3v4" />
          </svg>
          <span className="visually-hidden">
            {t('date.open')}: {label}
          </span>
        </button>
      </div>
      {open && (
        <CalendarPopover
          id={`${id}-calendar`}
          label={label}
          selected={parseDateText(text) ?? (value || null)}
          min={min}
          max={max}
          onChoose={choose}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      )}
      <FieldError id={id} error={shownError ?? undefined} />
    </div>
  );
}

interface CalendarPopoverProps {
  id: string;
  label: string;
  selected: string | null;
  min: string | undefined;
  max: string | undefined;
  onChoose: (iso: string) => void;
  onClose: () => void;
}

/** A month grid after the WAI-ARIA date picker dialog: one focusable day (roving tabindex), keys move it. */
function CalendarPopover({ id, label, selected, min, max, onChoose, onClose }: CalendarPopoverProps) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const [focused, setFocused] = useState(() => clamp(selected ?? osloToday(), min, max));
  const gridRef = useRef<HTMLTableElement>(null);
  const today = osloToday();
  const intl = INTL_LOCALE[locale];
  const monthName = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utcDate(focused),
  );
  const dayName = new Intl.DateTimeFormat(intl, { weekday: 'short', timeZone: 'UTC' });
  const dayLongName = new Intl.DateTimeFormat(intl, { weekday: 'long', timeZone: 'UTC' });
  const fullDate = new Intl.DateTimeFormat(intl, { dateStyle: 'full', timeZone: 'UTC' });
  const weeks = monthWeeks(focused);
  const outside = (iso: string) => (min !== undefined && iso < min) || (max !== undefined && iso > max);

  useEffect(() => {
    const target = gridRef.current?.querySelector<HTMLButtonElement>(`[data-date="${focused}"]`);
    // Opening focuses the chosen (or today's) day; later the focus follows the keys.
    target?.focus();
  }, [focused]);

  const move = (to: string) => setFocused(clamp(to, min, max));

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const steps: Record<string, () => string> = {
      ArrowLeft: () => shiftDays(focused, -1),
      ArrowRight: () => shiftDays(focused, 1),
      ArrowUp: () => shiftDays(focused, -7),
      ArrowDown: () => shiftDays(focused, 7),
      Home: () => shiftDays(focused, 1 - weekdayOf(focused)),
      End: () => shiftDays(focused, 7 - weekdayOf(focused)),
      PageUp: () => shiftMonths(focused, event.shiftKey ? -12 : -1),
      PageDown: () => shiftMonths(focused, event.shiftKey ? 12 : 1),
    };
    const step = steps[event.key];
    if (step) {
      event.preventDefault();
      move(step());
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      id={id}
      role="dialog"
      aria-modal="false"
      aria-label={`${t('date.dialog')}: ${label}`}
      className="date-popover"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="date-popover-head">
        <button type="button" aria-label={t('date.previousMonth')} onClick={() => move(shiftMonths(focused, -1))}>
          ‹
        </button>
        <h2 id={headingId} aria-live="polite" className="date-popover-month">
          {monthName}
        </h2>
        <button type="button" aria-label={t('date.nextMonth')} onClick={() => move(shiftMonths(focused, 1))}>
          ›
        </button>
      </div>
      <table ref={gridRef} role="grid" aria-labelledby={headingId} className="date-grid" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {(weeks[0] ?? []).map((iso) => (
              <th key={iso} scope="col" abbr={dayLongName.format(utcDate(iso))}>
                {dayName.format(utcDate(iso))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((iso) => {
                const inMonth = iso.slice(0, 7) === focused.slice(0, 7);
                return (
                  <td key={iso} role="gridcell" aria-selected={iso === selected}>
                    <button
                      type="button"
                      data-date={iso}
                      tabIndex={iso === focused ? 0 : -1}
                      className={inMonth ? undefined : 'date-other-month'}
                      aria-label={fullDate.format(utcDate(iso))}
                      aria-current={iso === today ? 'date' : undefined}
                      aria-disabled={outside(iso) ? true : undefined}
                      onClick={() => {
                        if (!outside(iso)) onChoose(iso);
                      }}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter' || event.key === ' ') {
                          event.preventDefault();
                          event.stopPropagation();
                          if (!outside(iso)) onChoose(iso);
                        }
                      }}
                    >
                      {Number(iso.slice(8))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">{t('date.keys')}</p>
    </div>
  );
}
