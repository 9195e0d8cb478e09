// tRPC callers for integration tests: anonymous, signed in through `auth.signIn`, or given a session row directly.
import type { MikroORM } from '@bn/db';
import { Session, type User } from '@bn/db';
import { SESSION_TTL_HOURS, type NetworkContact } from '@bn/domain';
import { SESSION_COOKIE } from '../context.js';
import { createInnerContext } from '../create-context.js';
import type { CaseLookupFactory } from '../use-cases/cases/case-lookup.js';
import { createCaller } from '../root.js';
import { hashSessionToken, newSessionToken } from '../use-cases/auth/session-token.js';
import { memoryCookieJar, type MemoryCookieJar } from './cookie-jar.js';

export interface CallerOptions {
  /** The browser's cookies; a fresh, empty jar when omitted. */
  jar?: MemoryCookieJar;
  /** The clock every request of this caller sees. */
  now?: () => Date;
  ip?: string;
  /** The server's idle timeout (SESSION_IDLE_MINUTES); the default when omitted. */
  sessionIdleMinutes?: number;
  /** The case lookup the requests use; the operator's register when omitted. */
  caseLookup?: CaseLookupFactory;
  /** The server's NETWORK_CONTACT_* (null: none configured); the demo contact when omitted. */
  networkContact?: NetworkContact | null;
}

export type Caller = ReturnType<typeof createCaller>;

/** A caller that acts like one browser: each call gets a fresh EntityManager fork and reads the jar's cookies. */
export function browserCaller(orm: MikroORM, options: CallerOptions = {}): { caller: Caller; jar: MemoryCookieJar } {
  const jar = options.jar ?? memoryCookieJar();
  const caller = createCaller(() =>
    createInnerContext({
      em: orm.em.fork(),
      cookies: jar,
      ip: options.ip ?? '192.0.2.10',
      now: options.now,
      sessionIdleMinutes: options.sessionIdleMinutes,
      caseLookup: options.caseLookup,
      networkContact: options.networkContact,
    }),
  );
  return { caller, jar };
}

/** Signs in the way the SPA does, through `auth.signIn`; the jar then holds the session cookie. */
export async function signedInCaller(
  orm: MikroORM,
  credentials: { email: string; password: string },
  options: CallerOptions = {},
): Promise<{ caller: Caller; jar: MemoryCookieJar }> {
  const browser = browserCaller(orm, options);
  await browser.caller.auth.signIn(credentials);
  return browser;
}

/** A session row written directly (skips argon2); returns the cookie token. `lastSeenAt` defaults to `now`. */
export async function createSessionToken(
  orm: MikroORM,
  user: Pick<User, 'id'>,
  options: { now?: Date; lastSeenAt?: Date } = {},
): Promise<string> {
  const token = newSessionToken();
  const now = options.now ?? new Date();
  const em = orm.em.fork();
  em.create(Session, {
    tokenHash: hashSessionToken(token),
    user: user.id,
    createdAt: now,
    lastSeenAt: options.lastSeenAt ?? now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_HOURS * 3_600_000),
  });
  await em.flush();
  return token;
}

/** A caller with a session row written directly: for tests about access rather than sign-in (skips argon2). */
export async function callerAs(orm: MikroORM, user: User, options: CallerOptions = {}): Promise<Caller> {
  const token = await createSessionToken(orm, user, { now: options.now?.() });
  return browserCaller(orm, { ...options, jar: memoryCookieJar({ [SESSION_COOKIE]: token }) }).caller;
}
