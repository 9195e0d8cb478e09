// The product's clock of the request an EntityManager fork serves. Every use case takes `now` explicitly; the one
// exception is the configuration transaction (config-transaction.ts), which re-derives the search data as of "now"
// for 26 configuration use cases that otherwise need no clock — it finds the request's clock here instead of each of
// them passing it along. Registered by createInnerContext; without one it is the machine's.
import type { EntityManager } from '@bn/db';
import { systemClock, type Clock } from '@bn/domain';

const clocks = new WeakMap<EntityManager, Clock>();

export function setRequestClock(em: EntityManager, clock: Clock): void {
  clocks.set(em, clock);
}

export function requestClock(em: EntityManager): Clock {
  return clocks.get(em) ?? systemClock;
}
