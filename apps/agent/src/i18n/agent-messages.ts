// The agent app's catalogue — its own screens' texts (search, booking, «Mine bookinger», moving a booking) beside the
// shared ones (@bn/ui) — and `t()` for it, in the language of the shared switch. One translator for every catalogue.
import { createTranslator, mergeCatalogues, type Translate } from '@bn/domain';
import { sharedCatalogues, useTranslate } from '@bn/ui';
import { bookingNb } from './booking.nb.js';
import { bookingEn } from './booking.en.js';
import { moveNb } from './move.nb.js';
import { moveEn } from './move.en.js';
import { searchNb } from './search.nb.js';
import { searchEn } from './search.en.js';
import { shortcutsNb } from './shortcuts.nb.js';
import { shortcutsEn } from './shortcuts.en.js';

/** The agent app's own texts, one part per area; a key in two parts is caught by the catalogue test. */
export const AGENT_PARTS = {
  search: { nb: searchNb, en: searchEn },
  booking: { nb: bookingNb, en: bookingEn },
  move: { nb: moveNb, en: moveEn },
  shortcuts: { nb: shortcutsNb, en: shortcutsEn },
};

const own = {
  nb: { ...searchNb, ...bookingNb, ...moveNb, ...shortcutsNb },
  en: { ...searchEn, ...bookingEn, ...moveEn, ...shortcutsEn },
};

export const agentTranslator = createTranslator(mergeCatalogues(sharedCatalogues, own));

type AgentCatalogue = typeof agentTranslator.catalogues.nb;
export type AgentMessageKey = keyof AgentCatalogue;
export type AgentTranslate = Translate<AgentCatalogue>;

export function isAgentMessageKey(key: string): key is AgentMessageKey {
  return agentTranslator.has(key);
}

/** `at('booking.heading')` → «Bestill time» or "Book an appointment". */
export function useAgentT(): AgentTranslate {
  return useTranslate(agentTranslator);
}
