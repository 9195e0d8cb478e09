// `t()` for the admin app's own texts, in the language chosen in the shared switch (Bokmål unless English).
import { useCallback } from 'react';
import type { Locale } from '@bn/domain';
import { useLocale, type MessageValues } from '@bn/ui';
import { adminNb, type AdminMessageKey } from './messages.nb.js';
import { adminEn } from './messages.en.js';

export type { AdminMessageKey };
export type AdminTranslate = (key: AdminMessageKey, values?: MessageValues) => string;

const catalogs: Record<Locale, Record<AdminMessageKey, string>> = { nb: adminNb, en: adminEn };

export function translateAdmin(locale: Locale, key: AdminMessageKey, values?: MessageValues): string {
  const text = catalogs[locale][key];
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function useAdminT(): AdminTranslate {
  const { locale } = useLocale();
  return useCallback((key, values) => translateAdmin(locale, key, values), [locale]);
}
