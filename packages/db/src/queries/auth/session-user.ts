// The signed-in user behind a session cookie, resolved on every request in one named statement.
import { sql } from 'kysely';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlOf } from '../../sql/kysely.js';

export interface SessionUserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  practitionerId: string | null;
  insurerId: string | null;
  insurerName: string | null;
  clinicIds: string[];
  /** The session may only enrol a second factor (Session.secondFactorPending). */
  secondFactorPending: boolean;
  totpEnrolled: boolean;
}

/**
 * One prepared statement instead of three ORM round trips (docs/performance.md): the session, its user, the user's
 * insurer and clinics — and, at most once a minute, the session's last-seen time moved forward in the same statement
 * (a data-modifying CTE, which PostgreSQL runs whether or not the main query reads it). A session idle for longer than
 * `idleMinutes` is not found (so it is not touched either); a minute's touch granularity is well inside it. A
 * deactivated user's sessions are deleted with the deactivation; the join refuses them too.
 */
export async function sessionUserRow(
  em: EntityManager,
  q: { tokenHash: string; now: Date; idleMinutes: number },
): Promise<SessionUserRow | null> {
  const { tokenHash, now, idleMinutes } = q;
  const { rows } = await sql<SessionUserRow>`
    with s as (
      select token_hash, user_id, last_seen_at, second_factor_pending from session
      where token_hash = ${tokenHash}::text and expires_at > ${now}::timestamptz
        and last_seen_at > ${now}::timestamptz - make_interval(mins => ${idleMinutes}::int)
    ), touched as (
      update session set last_seen_at = ${now}::timestamptz
      where token_hash = (select token_hash from s where last_seen_at < ${now}::timestamptz - interval '1 minute')
      returning 1
    )
    select u.id, u.email, u.name, u.role, u.practitioner_id as "practitionerId", u.insurer_id as "insurerId",
      i.name as "insurerName", s.second_factor_pending as "secondFactorPending",
      u.totp_enabled_at is not null as "totpEnrolled",
      case when u.role = 'clinic_admin'
        then coalesce((select array_agg(uc.clinic_id order by uc.clinic_id) from user_clinic uc where uc.user_id = u.id), '{}')
        else '{}' end as "clinicIds"
    from s join app_user u on u.id = s.user_id and u.active left join insurer i on i.id = u.insurer_id`.execute(
    sqlOf(em, { prepared: true }),
  );
  return rows[0] ?? null;
}
