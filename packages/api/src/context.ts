// tRPC context: the inner part (database, session, client facts) is what tests build; the outer part adds HTTP.
import type { EntityManager } from '@bn/db';
import type { NetworkContact, SessionUser } from '@bn/domain';
import type { CaseLookup, CaseLookupFactory } from './use-cases/cases/case-lookup.js';

/** How a procedure sets or clears the session cookie, without knowing about Express. */
export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options: { expires: Date }): void;
  clear(name: string): void;
}

export interface InnerContext {
  em: EntityManager;
  user: SessionUser | null;
  /** SHA-256 of the session token the request carried, when it resolved to a session. */
  sessionTokenHash: string | null;
  ip: string;
  requestId: string;
  cookies: CookieJar;
  now: () => Date;
  /** The request's Idempotency-Key header, if any; an `idempotencyKey` input field wins over it. */
  idempotencyKey: string | null;
  /** P2: where case ids are looked up (the operator's register unless the server or a test chose another). */
  caseLookup: CaseLookup;
  /** PUBLIC_URL: where the network's pages are, for the links in account e-mails (never a request's Host). */
  publicUrl: string;
  /** Who a clinic contacts where only the network can fix its set-up (NETWORK_CONTACT_*); null: none configured. */
  networkContact: NetworkContact | null;
}

export interface CreateInnerContextOptions {
  em: EntityManager;
  cookies: CookieJar;
  ip?: string;
  requestId?: string;
  now?: () => Date;
  idempotencyKey?: string | null;
  /** The idle timeout of sessions (SESSION_IDLE_MINUTES); DEFAULT_SESSION_IDLE_MINUTES when omitted. */
  sessionIdleMinutes?: number;
  /** The case lookup for this request; the operator's register (`registeredCaseLookup`) when omitted. */
  caseLookup?: CaseLookupFactory;
  /** PUBLIC_URL; http://localhost:3000 when omitted. */
  publicUrl?: string;
  /** NETWORK_CONTACT_*; the demo contact when omitted, null when the server has none. */
  networkContact?: NetworkContact | null;
}

export const SESSION_COOKIE = 'bn_session';
