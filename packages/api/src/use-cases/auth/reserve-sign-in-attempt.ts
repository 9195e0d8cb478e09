import type { EntityManager } from '@bn/db';
import { AppError, SIGN_IN_THROTTLE } from '@bn/domain';
import { randomUUID } from 'node:crypto';

export interface ReserveSignInAttemptOptions {
  em: EntityManager;
  /** As typed (normalised): unknown addresses are counted like known ones. */
  email: string;
  ip: string;
  now: Date;
}

interface Counts {
  pair: number;
  address: number;
  account: number;
  id: string | null;
}

// One transaction per attempt. The advisory locks on the account and on the address (taken in a fixed order, so two
// attempts never wait for each other crosswise) make count-and-insert atomic: under READ COMMITTED the statement
// after the locks sees every attempt committed before it, so concurrent attempts are counted one after another.
const LOCKS_SQL = `select pg_advisory_xact_lock(hashtextextended(?, 0)), pg_advisory_xact_lock(hashtextextended(?, 0))`;

const COUNT_AND_INSERT_SQL = `
with recent as (
  select email, ip from sign_in_attempt where at > ?::timestamptz and (email = ? or ip = ?)
), counts as (
  select count(*) filter (where email = ? and ip = ?)::int as pair,
         count(*) filter (where ip = ?)::int as address,
         count(*) filter (where email = ?)::int as account
  from recent
), inserted as (
  insert into sign_in_attempt (id, email, ip, at)
  select ?, ?, ?, ?::timestamptz from counts where pair < ? and address < ? and account < ?
  returning id
)
select pair, address, account, (select id from inserted) as id from counts`;

/** Attempts older than the window count for nothing: this account's and address's go when the next one comes. */
const PRUNE_SQL = `delete from sign_in_attempt where at <= ?::timestamptz and (email = ? or ip = ?)`;

/** When the oldest attempt that keeps a limit reached leaves the window: the answer's Retry-After. */
const NTH_OLDEST_SQL = (scope: 'pair' | 'address' | 'account') =>
  `select at from sign_in_attempt where at > ?::timestamptz and ${scope === 'pair' ? 'email = ? and ip = ?' : scope === 'address' ? 'ip = ?' : 'email = ?'}
   order by at offset ? limit 1`;

/**
 * Records a sign-in attempt before its password is checked, or refuses it (TOO_MANY_ATTEMPTS, with
 * `retryAfterSeconds`) when the account from this address, the address, or the account has reached its limit of
 * failures in the window (SIGN_IN_THROTTLE). A successful sign-in deletes the account's attempts afterwards.
 */
export async function reserveSignInAttempt({ em, email, ip, now }: ReserveSignInAttemptOptions): Promise<void> {
  const windowMs = SIGN_IN_THROTTLE.windowMinutes * 60_000;
  const since = new Date(now.getTime() - windowMs);
  const limits = {
    pair: SIGN_IN_THROTTLE.maxFailures,
    address: SIGN_IN_THROTTLE.maxFailuresPerAddress,
    account: SIGN_IN_THROTTLE.maxFailuresPerAccount,
  };
  const counts = await em.transactional(async (tx) => {
    const [first, second] = [`sign-in account ${email}`, `sign-in address ${ip}`].sort();
    await tx.execute(LOCKS_SQL, [first, second]);
    await tx.execute(PRUNE_SQL, [since, email, ip]);
    const [row] = await tx.execute<Counts[]>(COUNT_AND_INSERT_SQL, [
      since,
      email,
      ip,
      email,
      ip,
      ip,
      email,
      randomUUID(),
      email,
      ip,
      now,
      limits.pair,
      limits.address,
      limits.account,
    ]);
    return row!;
  });
  if (counts.id) return;

  const params = { pair: [email, ip], address: [ip], account: [email] } as const;
  let retryAt = now.getTime();
  for (const scope of ['pair', 'address', 'account'] as const) {
    if (counts[scope] < limits[scope]) continue;
    const [oldest] = await em.execute<{ at: Date }[]>(NTH_OLDEST_SQL(scope), [
      since,
      ...params[scope],
      counts[scope] - limits[scope],
    ]);
    if (oldest) retryAt = Math.max(retryAt, new Date(oldest.at).getTime() + windowMs);
  }
  const retryAfterSeconds = Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
  throw new AppError('TOO_MANY_ATTEMPTS', {
    retryAfterSeconds,
    retryAfterMinutes: Math.ceil(retryAfterSeconds / 60),
  });
}
