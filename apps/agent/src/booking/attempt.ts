// One booking attempt: the id that is both idempotency keys (booking.hold and booking.confirm are separate scopes
// on the server), kept in the page's history entry so a reload continues the same hold instead of taking a second.

/**
 * A random UUID v4. `crypto.randomUUID` exists only in secure contexts (HTTPS, localhost); the app may be served
 * over plain HTTP inside a clinic network, so fall back to `getRandomValues`, which exists everywhere.
 */
export function newAttemptId(
  source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto,
): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const b = source.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const ENDED_PREFIX = 'bn.booking.ended.';

/**
 * An attempt whose hold was given back (the agent left the form) must not be continued by going forward in history:
 * the server would replay a hold that no longer exists. The mark lives for the tab's session.
 */
export function markAttemptEnded(id: string, storage: Pick<Storage, 'setItem'> | undefined = safeSession()): void {
  try {
    storage?.setItem(ENDED_PREFIX + id, '1');
  } catch {
    // Storage blocked: going forward then shows that the hold is gone, which is still correct.
  }
}

export function attemptEnded(id: string, storage: Pick<Storage, 'getItem'> | undefined = safeSession()): boolean {
  try {
    return storage?.getItem(ENDED_PREFIX + id) === '1';
  } catch {
    return false;
  }
}

function safeSession(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}
