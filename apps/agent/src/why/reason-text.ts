// A reason as an agent reads it: the readiness rules get a short sentence about the practitioner (the server's text
// tells the clinic what to do); reasons that name the insurer or a date (N3, N4, fully booked …) are the server's own.
import type { Locale } from '@bn/domain';
import type { AgentMessageKey, AgentTranslate } from '../i18n/agent-messages.js';

const AGENT_TEXTS = new Set([
  'N1',
  'N2',
  'N5',
  'B1',
  'B2',
  'B3',
  'B4',
  'T2.online',
  'T2.rule',
  'T2.allPatients',
  'T2.tariff',
  'T5',
  'D2',
  'S1',
]);

export function reasonText(
  t: AgentTranslate,
  locale: Locale,
  reason: { code: string; message: string; messageEn: string },
): string {
  if (AGENT_TEXTS.has(reason.code)) return t(`why.reason.${reason.code}` as AgentMessageKey);
  return locale === 'nb' ? reason.message : reason.messageEn;
}
