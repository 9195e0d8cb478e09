// The agent SPA's own texts (booking, «Mine bookinger», moving a booking) in the chosen language. packages/ui holds the texts both
// SPAs share; these follow the same shape and the same `{placeholder}` rule, and the same language switch.
import { useCallback } from 'react';
import type { Locale } from '@bn/domain';
import { useLocale, type MessageValues } from '@bn/ui';
import { bookingNb } from './booking.nb.js';
import { bookingEn } from './booking.en.js';
import { moveNb } from './move.nb.js';
import { moveEn } from './move.en.js';

const agentNb = { ...bookingNb, ...moveNb };

export type AgentMessageKey = keyof typeof agentNb;
export type AgentTranslate = (key: AgentMessageKey, values?: MessageValues) => string;

const catalogs: Record<Locale, Record<AgentMessageKey, string>> = { nb: agentNb, en: { ...bookingEn, ...moveEn } };

export function agentText(locale: Locale, key: AgentMessageKey, values?: MessageValues): string {
  const text = catalogs[locale][key];
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function isAgentMessageKey(key: string): key is AgentMessageKey {
  return key in agentNb;
}

/** `at('booking.heading')` → «Bestill time» or "Book an appointment". */
export function useAgentT(): AgentTranslate {
  const { locale } = useLocale();
  return useCallback((key, values) => agentText(locale, key, values), [locale]);
}
