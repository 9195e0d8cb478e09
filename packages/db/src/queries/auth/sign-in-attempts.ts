// Sign-in throttling's rows: one per attempt in the window, counted per account × address, address and account.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export interface AttemptCounts {
  pair: number;
  address: number;
  account: number;
  /** The attempt recorded; null: refused, nothing recorded. */
  id: string | null;
}

export type AttemptScope = 'pair' | 'address' | 'account';

/**
 * In the caller's transaction: locks the account and the address (advisory locks in a fixed order, so two attempts
 * never wait for each other crosswise), drops their attempts that left the window, counts the rest and records this
 * attempt when every count is under its limit. Under READ COMMITTED the count after the locks sees every attempt
 * committed before it, so concurrent attempts are counted one after another.
 */
export async function countAndRecordAttempt(
  tx: EntityManager,
  a: { email: string; ip: string; since: Date; now: Date; limits: Record<AttemptScope, number> },
): Promise<AttemptCounts> {
  const db = sqlOf(tx);
  const [first, second] = [`sign-in account ${a.email}`, `sign-in address ${a.ip}`].sort();
  await sql`select pg_advisory_xact_lock(hashtextextended(${first}::text, 0)), pg_advisory_xact_lock(hashtextextended(${second}::text, 0))`.execute(
    db,
  );
  await db
    .deleteFrom('sign_in_attempt')
    .where('at', '<=', a.since)
    .where((eb) => eb.or([eb('email', '=', a.email), eb('ip', '=', a.ip)]))
    .execute();
  const { rows } = await sql<AttemptCounts>`
    with recent as (
      select email, ip from sign_in_attempt where at > ${a.since}::timestamptz and (email = ${a.email}::text or ip = ${a.ip}::text)
    ), counts as (
      select count(*) filter (where email = ${a.email}::text and ip = ${a.ip}::text)::int as pair,
             count(*) filter (where ip = ${a.ip}::text)::int as address,
             count(*) filter (where email = ${a.email}::text)::int as account
      from recent
    ), inserted as (
      insert into sign_in_attempt (id, email, ip, at)
      select ${randomUUID()}::text, ${a.email}::text, ${a.ip}::text, ${a.now}::timestamptz from counts
      where pair < ${a.limits.pair}::int and address < ${a.limits.address}::int and account < ${a.limits.account}::int
      returning id
    )
    select pair, address, account, (select id from inserted) as id from counts`.execute(db);
  return rows[0]!;
}

/** When the attempt `offset` places after the oldest in the window was made (the one whose leaving lifts the limit). */
export async function nthOldestAttempt(
  em: EntityManager,
  a: { scope: AttemptScope; email: string; ip: string; since: Date; offset: number },
): Promise<Date | null> {
  let q = sqlOf(em).selectFrom('sign_in_attempt').select('at').where('at', '>', a.since);
  if (a.scope !== 'address') q = q.where('email', '=', a.email);
  if (a.scope !== 'account') q = q.where('ip', '=', a.ip);
  const row = await q.orderBy('at').offset(a.offset).limit(1).executeTakeFirst();
  return row?.at ?? null;
}
