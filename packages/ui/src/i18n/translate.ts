// Looks up a message for a locale and fills in `{placeholders}`; pure, so it is unit-tested without React.
import { LOCALES, type Locale } from '@bn/domain';
import { nb, type MessageKey } from './messages.nb.js';
import { en } from './messages.en.js';

export type { MessageKey };
export type MessageValues = Record<string, string | number>;

const catalogs: Record<Locale, Record<MessageKey, string>> = { nb, en };

export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const text = catalogs[locale][key];
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const DEFAULT_LOCALE: Locale = 'nb';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
