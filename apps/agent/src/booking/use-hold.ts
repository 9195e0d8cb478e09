// The hold behind the booking page: taken when the page opens (booking.hold, with the attempt id as idempotency
// key, so a reload or a retry gets the same hold back, and with the picked time's department, so the booking stores the
// address the patient comes to), and given back (booking.release) when the agent leaves without booking — by «Avbryt»,
// a menu link or the back button.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from '@bn/ui';
import type { HoldResult } from '../api-types.js';
import { markAttemptEnded } from './attempt.js';
import { extendedDeadline, holdDeadline } from './countdown.js';
import type { SlotChoice } from './slot-choice.js';

export type HoldState =
  | { status: 'pending' }
  | {
      status: 'held';
      hold: HoldResult;
      /** Epoch ms on this browser's clock. */
      deadline: number;
      /** Extended once (booking.extendHold): there is no second extension. */
      extended?: boolean;
    }
  | { status: 'failed'; error: unknown };

export interface Hold {
  state: HoldState;
  /** Ask again with the same key (after a network failure): never a second hold. */
  retry: () => void;
  /** While true, leaving the page does not release the hold: a confirmation is under way or has succeeded. */
  keep: (keep: boolean) => void;
  /**
   * Gives the hold back now and waits for the server, before a new attempt holds the same time again: the browser's
   * countdown ends a little before the server's, and the new hold must not meet the old one.
   */
  release: () => Promise<void>;
  /** HOLD_MINUTES more, once; `extending` while asked, `extendError` for a refusal (shown by the countdown). */
  extend: () => void;
  extending: boolean;
  extendError: unknown;
}

interface Held {
  attemptId: string;
  holdId: string;
  released: boolean;
}

const PENDING: HoldState = { status: 'pending' };

export function useHold(slot: SlotChoice, attemptId: string): Hold {
  const client = useTRPCClient();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [tries, setTries] = useState(0);
  const [answer, setAnswer] = useState<{ run: string; state: HoldState } | null>(null);
  const kept = useRef(false);
  const held = useRef<Held | null>(null);
  const run = `${attemptId}#${tries}`;
  const { bookId, typeId, tariffCode, startAt, departmentId } = slot;

  const giveBack = useCallback(
    async (entry: Held): Promise<void> => {
      if (entry.released) return;
      entry.released = true;
      markAttemptEnded(entry.attemptId);
      // Already booked, expired or swept: nothing is held any more, which is what giving back wants.
      await client.booking.release.mutate({ holdId: entry.holdId }).catch(() => undefined);
      void queryClient.invalidateQueries({ queryKey: trpc.search.pathKey() });
    },
    [client, queryClient, trpc],
  );

  useEffect(() => {
    let live = true;
    let mine: Held | null = null;
    const sentAt = Date.now();
    client.booking.hold
      .mutate({ bookId, typeId, tariffCode, departmentId, startAt: new Date(startAt), idempotencyKey: attemptId })
      .then(
        (hold) => {
          const entry: Held = { attemptId, holdId: hold.holdId, released: false };
          if (!live) {
            // The agent left before the answer came: give the time back at once.
            if (!kept.current) void giveBack(entry);
            return;
          }
          mine = held.current = entry;
          setAnswer({ run, state: { status: 'held', hold, deadline: holdDeadline(hold.expiresAt, sentAt) } });
          // The held time is gone from the search for everyone, this agent included.
          void queryClient.invalidateQueries({ queryKey: trpc.search.pathKey() });
        },
        (error: unknown) => {
          if (live) setAnswer({ run, state: { status: 'failed', error } });
        },
      );
    return () => {
      live = false;
      if (mine && !kept.current) void giveBack(mine);
    };
  }, [client, queryClient, trpc, giveBack, attemptId, run, bookId, typeId, tariffCode, departmentId, startAt]);

  const release = useCallback(async () => {
    if (held.current) await giveBack(held.current);
  }, [giveBack]);
  const extension = useMutation(
    trpc.booking.extendHold.mutationOptions({
      onSuccess: ({ expiresAt }) =>
        setAnswer((a) =>
          a?.run === run && a.state.status === 'held'
            ? {
                run,
                state: { ...a.state, deadline: extendedDeadline(a.state.deadline, expiresAt), extended: true },
              }
            : a,
        ),
    }),
  );
  const extend = useCallback(() => {
    if (held.current && !held.current.released) extension.mutate({ holdId: held.current.holdId });
  }, [extension]);
  const retry = useCallback(() => setTries((n) => n + 1), []);
  const keep = useCallback((value: boolean) => {
    kept.current = value;
  }, []);
  return {
    state: answer?.run === run ? answer.state : PENDING,
    retry,
    keep,
    release,
    extend,
    extending: extension.isPending,
    extendError: extension.error,
  };
}
