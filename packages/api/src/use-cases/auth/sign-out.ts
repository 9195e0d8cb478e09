import type { EntityManager } from '@bn/db';
import { Session } from '@bn/db';

export interface SignOutOptions {
  em: EntityManager;
  tokenHash: string | null;
}

/** Ends the session in the database, so the cookie is worthless even if it was copied. */
export async function signOut({ em, tokenHash }: SignOutOptions): Promise<void> {
  if (tokenHash) await em.nativeDelete(Session, { tokenHash });
}
