// The languages the SPAs speak: Bokmål first, English second.
import { LOCALES, type Locale } from '@bn/domain';

export const DEFAULT_LOCALE: Locale = 'nb';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
