// One worker process's part in sending each outbox row once: its id in `outbox_sender` with a heartbeat, the rows it
// is sending right now, and what it could not yet write because the database was away — above all the rows the
// receiver took whose `sent_at` is not committed yet. deliver-outbox-message.ts claims, sends and marks through it.
import { randomUUID } from 'node:crypto';
import { beatOutboxSender, markOutboxSent, pruneOutboxSenders, releaseOutboxClaim, type EntityManager } from '@bn/db';

/** How often a sender writes its heartbeat (and what it still owes the database). */
export const SENDER_BEAT_MS = 2_000;
/**
 * A claim is taken over only from a sender not seen for this long, and only by a sender that itself reached the
 * database without a failure for as long: a sender that cannot reach the database then could not for that whole time
 * while the other could — it died, or lost the database alone. Far above a beat's delay on a loaded machine.
 */
export const SENDER_STALE_SECONDS = 20;

export interface OutboxSender {
  readonly id: string;
  /** Rows between this sender's claim and its outcome (synchronously reserved, so one process never sends a row twice at once). */
  readonly sending: Set<string>;
  /** The receiver took these; `sent_at` is not committed yet. Never sent again by this sender. */
  readonly unmarked: Map<string, { deliveryId: string; sentAt: Date }>;
  /** Claims (possibly) held without a send behind them: a send that failed, a claim whose answer was lost. */
  readonly unreleased: Map<string, string | null>;
  /** Whether this sender may take over the claims of senders not seen for SENDER_STALE_SECONDS. */
  mayTakeOver(): boolean;
  /** Writes what is owed (marks, releases) and the heartbeat; a failure is remembered for mayTakeOver and rethrown. */
  beat(em: EntityManager): Promise<void>;
}

/** Commits `sent_at` of a row the receiver took; the sender forgets it only once that is written. */
export async function markSent(em: EntityManager, sender: OutboxSender, outboxId: string): Promise<void> {
  const owed = sender.unmarked.get(outboxId);
  if (!owed) return;
  await markOutboxSent(em, { outboxId, deliveryId: owed.deliveryId, sentAt: owed.sentAt });
  sender.unmarked.delete(outboxId);
}

/** Gives a claim back (with the reason the attempt failed), unless the row is being sent by this sender again. */
export async function releaseClaim(em: EntityManager, sender: OutboxSender, outboxId: string): Promise<void> {
  if (!sender.unreleased.has(outboxId) || sender.sending.has(outboxId)) return;
  const error = sender.unreleased.get(outboxId) ?? null;
  await releaseOutboxClaim(em, { outboxId, senderId: sender.id, error: error?.slice(0, 500) ?? null });
  sender.unreleased.delete(outboxId);
}

export function createOutboxSender(id: string = randomUUID()): OutboxSender {
  // performance.now(): the time this process has reached the database is local and monotonic, not the product's clock.
  let reachableSince: number | null = null;
  let beats = 0;
  const sender: OutboxSender = {
    id,
    sending: new Set(),
    unmarked: new Map(),
    unreleased: new Map(),
    mayTakeOver: () => reachableSince !== null && performance.now() - reachableSince >= SENDER_STALE_SECONDS * 1000,
    async beat(em) {
      try {
        for (const outboxId of [...sender.unmarked.keys()]) await markSent(em, sender, outboxId);
        for (const outboxId of [...sender.unreleased.keys()]) await releaseClaim(em, sender, outboxId);
        await beatOutboxSender(em, sender.id);
        // Senders gone for a day hold no claim worth keeping a row for (a missing sender counts as not seen).
        if (beats++ % 1000 === 0) await pruneOutboxSenders(em);
        reachableSince ??= performance.now();
      } catch (e) {
        reachableSince = null;
        throw e;
      }
    },
  };
  return sender;
}
