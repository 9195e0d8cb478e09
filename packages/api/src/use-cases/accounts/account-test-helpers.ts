// Helpers of the accounts' integration tests: the link an account e-mail in the outbox carries, a clock to move.
import type { MikroORM } from '@bn/db';
import { OutboxMessage } from '@bn/db';

/** The token in the newest account e-mail to `userId` (from its link `…#token`), and the message itself. */
export async function lastLinkTo(
  orm: MikroORM,
  userId: string,
): Promise<{ token: string; subject: string; text: string }> {
  const rows = await orm.em.fork().find(OutboxMessage, { userId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  const row = rows[0];
  if (!row) throw new Error(`no account e-mail to ${userId}`);
  const token = /#([A-Za-z0-9_-]+)/.exec(row.payload.text)?.[1];
  if (!token) throw new Error(`no link in: ${row.payload.text}`);
  return { token, ...row.payload };
}

/** A clock the test moves: `clock.now` for the callers, `clock.pass(ms)`. */
export function movableClock(start: string) {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    pass: (ms: number) => {
      at += ms;
    },
  };
}
