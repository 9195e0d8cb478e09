import { randomUUID } from 'node:crypto';
import { DEMO_NETWORK_CONTACT } from '@bn/domain';
import type { CreateInnerContextOptions, InnerContext } from './context.js';
import { SESSION_COOKIE } from './context.js';
import { loadSessionUser } from './use-cases/auth/load-session-user.js';
import { setRequestClock } from './request-clock.js';
import { registeredCaseLookup } from './use-cases/cases/case-lookup.js';

/** Builds the context every procedure sees, from a request-scoped EntityManager fork and a cookie jar. */
export async function createInnerContext(opts: CreateInnerContextOptions): Promise<InnerContext> {
  const now = opts.now ?? (() => new Date());
  setRequestClock(opts.em, now);
  const session = await loadSessionUser({
    em: opts.em,
    token: opts.cookies.get(SESSION_COOKIE),
    now: now(),
    idleMinutes: opts.sessionIdleMinutes,
  });
  return {
    em: opts.em,
    user: session?.user ?? null,
    sessionTokenHash: session?.tokenHash ?? null,
    ip: opts.ip ?? 'unknown',
    requestId: opts.requestId ?? randomUUID(),
    cookies: opts.cookies,
    now,
    idempotencyKey: opts.idempotencyKey ?? null,
    caseLookup: (opts.caseLookup ?? registeredCaseLookup)(opts.em),
    publicUrl: opts.publicUrl ?? 'http://localhost:3000',
    networkContact: opts.networkContact === undefined ? DEMO_NETWORK_CONTACT : opts.networkContact,
  };
}
