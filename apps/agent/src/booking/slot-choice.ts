// The time the agent picked, as the booking page needs it: what to hold (book × type × tariff × start) and what to
// show (practitioner, clinic, address, tariff and type). Its identity is in the address, its facts travel in the
// history entry; a fresh tab finds the facts again from the practitioner's free times.
import type { PractitionerSlots, SlotHit } from '../api-types.js';
import { PATHS } from '../paths.js';

type Offer = PractitionerSlots['offers'][number];

/** A picked time; instants as ISO strings, so the choice survives the history entry (and a reload) unchanged. */
export interface SlotChoice extends Omit<SlotHit, 'startAt' | 'endAt'> {
  startAt: string;
  endAt: string;
}

/** What the address says: enough to hold the time and to find its facts again. */
export interface SlotRequest {
  practitionerId: string;
  bookId: string;
  typeId: string;
  departmentId: string;
  tariffCode: string;
  startAt: string;
}

export function choiceFromHit(hit: SlotHit): SlotChoice {
  return { ...hit, startAt: new Date(hit.startAt).toISOString(), endAt: new Date(hit.endAt).toISOString() };
}

export function choiceFromOffer(offer: Offer, slot: { startMs: number; endMs: number }): SlotChoice {
  return { ...offer, startAt: new Date(slot.startMs).toISOString(), endAt: new Date(slot.endMs).toISOString() };
}

/** `/bestill?behandler=…&bok=…&type=…&avd=…&takst=…&tid=…` */
export function bookingPath(slot: SlotRequest): string {
  const params = new URLSearchParams({
    behandler: slot.practitionerId,
    bok: slot.bookId,
    type: slot.typeId,
    avd: slot.departmentId,
    takst: slot.tariffCode,
    tid: new Date(slot.startAt).toISOString(),
  });
  return `${PATHS.booking}?${params.toString()}`;
}

export function readSlotRequest(params: URLSearchParams): SlotRequest | null {
  const get = (name: string) => (params.get(name) ?? '').trim();
  const request = {
    practitionerId: get('behandler'),
    bookId: get('bok'),
    typeId: get('type'),
    departmentId: get('avd'),
    tariffCode: get('takst'),
    startAt: get('tid'),
  };
  if (Object.values(request).some((v) => v === '')) return null;
  const ms = Date.parse(request.startAt);
  if (Number.isNaN(ms)) return null;
  return { ...request, startAt: new Date(ms).toISOString() };
}

export function matchesRequest(slot: SlotChoice, request: SlotRequest): boolean {
  return (
    slot.practitionerId === request.practitionerId &&
    slot.bookId === request.bookId &&
    slot.typeId === request.typeId &&
    slot.departmentId === request.departmentId &&
    slot.tariffCode.toUpperCase() === request.tariffCode.toUpperCase() &&
    Date.parse(slot.startAt) === Date.parse(request.startAt)
  );
}

/** The requested time among a practitioner's free times (the week view's answer), or null when it is not free. */
export function findInPractitionerSlots(data: PractitionerSlots, request: SlotRequest): SlotChoice | null {
  const startMs = Date.parse(request.startAt);
  for (const slot of data.slots) {
    if (slot.startMs !== startMs) continue;
    const choice = choiceFromOffer(data.offers[slot.offer]!, slot);
    if (matchesRequest(choice, request)) return choice;
  }
  return null;
}
