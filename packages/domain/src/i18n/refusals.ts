// Words a refusal from the wire (a code with values, field issues with codes) in the reader's language. The SPAs
// show these through packages/ui; the server's command line prints them in Bokmål.
import type { Locale } from '../auth.js';
import { isErrorCode, type ErrorCode, type WireValue, type WireValues } from '../errors.js';
import { formatDate, formatDateTime } from '../format.js';
import type { InputIssue } from '../input-issues.js';
import type { MessageValues } from './message-format.js';
import { refusalsEn } from './refusals.en.js';
import { refusalsNb } from './refusals.nb.js';
import { createTranslator } from './translator.js';

export const refusalTranslator = createTranslator({ nb: refusalsNb, en: refusalsEn });

const QUOTES: Record<Locale, [string, string]> = { nb: ['«', '»'], en: ['“', '”'] };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function formatValue(locale: Locale, value: WireValue): string | number {
  if (value instanceof Date) return formatDateTime(value);
  if (typeof value === 'string') return ISO_DATE.test(value) ? formatDate(`${value}T12:00:00Z`) : value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) {
    const [open, close] = QUOTES[locale];
    const names = (value as readonly string[]).map((v) => `${open}${v}${close}`);
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  }
  return String(value);
}

/** Wire values as a message's values: dates in Oslo's dd.mm.yyyy (HH:mm), lists of names quoted and joined. */
export function formatWireValues(locale: Locale, values: WireValues | undefined): MessageValues {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values ?? {})) if (value !== null) out[name] = formatValue(locale, value);
  return out;
}

/**
 * The sentence of an error code: `error.<CODE>.<reason>` where the reason has its own, else `error.<CODE>`; a code
 * this version does not know (a newer server) reads as INTERNAL's.
 */
export function wordError(locale: Locale, code: string, values?: WireValues): string {
  const known: ErrorCode = isErrorCode(code) ? code : 'INTERNAL';
  const reason = typeof values?.reason === 'string' ? values.reason : null;
  const formatted = formatWireValues(locale, values);
  return (
    (reason ? refusalTranslator.loose(locale, `error.${known}.${reason}`, formatted) : null) ??
    refusalTranslator.loose(locale, `error.${known}`, formatted)!
  );
}

/** Whether the code's reason has a sentence of its own (more than the code's general one). */
export function hasSpecificWording(code: string, values?: WireValues): boolean {
  return typeof values?.reason === 'string' && refusalTranslator.has(`error.${code}.${values.reason}`);
}

/** The sentence of a field issue; an unknown code (a newer server) reads as «Ugyldig verdi.». */
export function wordIssue(locale: Locale, issue: Pick<InputIssue, 'code' | 'values'>): string {
  return (
    refusalTranslator.loose(locale, `issue.${issue.code}`, formatWireValues(locale, issue.values)) ??
    refusalTranslator(locale, 'issue.invalid')
  );
}
