import type { EntityManager } from '@bn/db';
import { DEFAULT_SESSION_IDLE_MINUTES, type Role, type SessionUser } from '@bn/domain';
import { preparedQuery } from '../search/prepared-query.js';
import { hashSessionToken } from './session-token.js';

export interface LoadSessionUserOptions {
  em: EntityManager;
  token: string | undefined;
  now: Date;
  /** A session not used for this long is over (the idle timeout), whatever its absolute expiry says. */
  idleMinutes?: number;
}

interface SessionRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  practitionerId: string | null;
  insurerId: string | null;
  insurerName: string | null;
  clinicIds: string[];
}

// Every request resolves its cookie, so this is one prepared statement instead of three ORM round trips
// (docs/performance.md): the session, its user, the user's insurer and clinics — and, at most once a minute, the
// session's last-seen time is moved forward in the same statement (a data-modifying CTE). A session idle for longer
// than the idle timeout is not found (so it is not touched either); a minute's touch granularity is well inside it.
const SESSION_SQL = `
with s as (
  select token_hash, user_id, last_seen_at from session
  where token_hash = ? and expires_at > ?::timestamptz and last_seen_at > ?::timestamptz - make_interval(mins => ?::int)
), touched as (
  update session set last_seen_at = ?::timestamptz
  where token_hash = (select token_hash from s where last_seen_at < ?::timestamptz - interval '1 minute')
  returning 1
)
-- (PostgreSQL runs a data-modifying CTE whether or not the main query reads it.)
select u.id, u.email, u.name, u.role, u.practitioner_id as "practitionerId", u.insurer_id as "insurerId",
  i.name as "insurerName",
  case when u.role = 'clinic_admin'
    then coalesce((select array_agg(uc.clinic_id order by uc.clinic_id) from user_clinic uc where uc.user_id = u.id), '{}')
    else '{}' end as "clinicIds"
from s join app_user u on u.id = s.user_id left join insurer i on i.id = u.insurer_id`;

/** Resolves a cookie token to the signed-in user and its scope; null for a missing, unknown or expired session. */
export async function loadSessionUser({
  em,
  token,
  now,
  idleMinutes = DEFAULT_SESSION_IDLE_MINUTES,
}: LoadSessionUserOptions): Promise<{ user: SessionUser; tokenHash: string } | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashSessionToken(token);
  const [row] = await preparedQuery<SessionRow>(em, SESSION_SQL, [tokenHash, now, now, idleMinutes, now, now]);
  if (!row) return null;
  return {
    tokenHash,
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      clinicIds: row.clinicIds,
      practitionerId: row.practitionerId,
      insurerId: row.insurerId,
      insurerName: row.insurerName,
    },
  };
}
