// Tells "the database cannot be reached right now" from every other failure, so each transport answers it the same
// way (503 with Retry-After) instead of as a bug. One list, used by the tRPC error formatter and the HTTP layer.

/** Socket errors of a connection that could not be made or was lost. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
]);

/**
 * SQLSTATEs of a server that is going away or not yet there: class 08 (connection exception), admin_shutdown,
 * crash_shutdown, cannot_connect_now (starting up or shutting down), too_many_connections.
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * Messages of node-postgres and the knex pool that carry no code. Not anchored: knex puts the failed statement in
 * front of the driver's message ("update … - Connection terminated unexpectedly").
 */
const MESSAGES = [
  /Connection terminated/,
  /timeout exceeded when trying to connect/i,
  /Timeout acquiring a connection/i,
  /Client has encountered a connection error/i,
  /Connection ended unexpectedly/i,
];

/** True when `error` (or what it wraps, through `cause`) says the database is unreachable, down or restarting. */
export function databaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = error; e && typeof e === 'object' && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08')))
      return true;
    if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return true;
  }
  return false;
}

/** How long a client should wait before trying again (seconds): a restarting embedded PostgreSQL is back within it. */
export const RETRY_AFTER_SECONDS = 5;
