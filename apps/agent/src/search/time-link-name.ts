// The accessible name of a time link (in a result card and in the week view). The link itself shows only HH:mm, so
// its name says the rest: «Bestill 08:00 07.12.2026 hos Kari Nordmann, Fysioterapi 30 min, Bogstadveien 54». No two
// links on a page may sound the same, so the name says what tells a practitioner's kinds of time apart — the type
// always, the tariff and the address when they differ — and nothing more, to stay short for a screen reader.
import { formatDate, formatTime } from '@bn/domain';
import type { SlotHit } from '../api-types.js';
import type { AgentTranslate } from '../i18n/agent-messages.js';

/** What a link needs to know about its kind of time; a search hit and a week-view offer both have it. */
export type OfferFacts = Pick<
  SlotHit,
  'practitionerName' | 'departmentId' | 'departmentName' | 'street' | 'tariffCode' | 'tariffName' | 'typeName'
>;

/**
 * Given every kind of time the page shows, how to describe one of them in its links' names. Per practitioner
 * (by name, as the name is what the link says): the type's name always; the tariff's name when one of their
 * types is offered under more than one tariff at the same place; the street when they are offered at more than
 * one address (with the department's name when two of those share a street). The same practitioner's links all
 * follow the same pattern, so the names read alike from link to link.
 */
export function offerDescriber(offers: readonly OfferFacts[]): (offer: OfferFacts) => string {
  const byPractitioner = new Map<string, OfferFacts[]>();
  for (const offer of offers)
    byPractitioner.set(offer.practitionerName, [...(byPractitioner.get(offer.practitionerName) ?? []), offer]);
  const patterns = new Map<string, { address: boolean; tariff: boolean; sharedStreets: Set<string> }>();
  for (const [name, own] of byPractitioner) {
    const departments = new Map(own.map((o) => [o.departmentId, o]));
    const address = departments.size > 1;
    const tariffsByKind = new Map<string, Set<string>>();
    for (const o of own) {
      const kind = `${o.typeName}\u0000${address ? o.departmentId : ''}`;
      tariffsByKind.set(kind, (tariffsByKind.get(kind) ?? new Set()).add(o.tariffCode.toUpperCase()));
    }
    const tariff = [...tariffsByKind.values()].some((codes) => codes.size > 1);
    const streetCount = new Map<string, number>();
    for (const d of departments.values())
      streetCount.set(streetKey(d.street), (streetCount.get(streetKey(d.street)) ?? 0) + 1);
    const sharedStreets = new Set([...streetCount].filter(([, n]) => n > 1).map(([street]) => street));
    patterns.set(name, { address, tariff, sharedStreets });
  }
  return (offer) => {
    const pattern = patterns.get(offer.practitionerName);
    const parts = [offer.typeName];
    if (pattern?.tariff) parts.push(offer.tariffName);
    if (pattern?.address)
      parts.push(
        pattern.sharedStreets.has(streetKey(offer.street)) ? `${offer.street} (${offer.departmentName})` : offer.street,
      );
    return parts.join(', ');
  };
}

function streetKey(street: string): string {
  return street.trim().toLowerCase();
}

/** «Bestill 08:00 07.12.2026 hos Kari Nordmann, Fysioterapi 30 min» — the time and date in Oslo time. */
export function timeLinkName(
  at: AgentTranslate,
  startAt: Date | string | number,
  practitionerName: string,
  description: string,
): string {
  return at('booking.bookTimeOf', {
    time: formatTime(startAt),
    date: formatDate(startAt),
    name: practitionerName,
    what: description,
  });
}
