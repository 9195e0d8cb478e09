// PostgreSQL errors the booking use cases turn into answers for the user.

/** The PostgreSQL error under a driver's or the ORM's wrapping: its SQLSTATE and the constraint it names. */
function pgError(e: unknown): { code: string; constraint?: string } | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 3 && cur && typeof cur === 'object'; i++) {
    const { code, constraint } = cur as { code?: unknown; constraint?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
    cur = (cur as { cause?: unknown; previous?: unknown }).previous ?? (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

function sqlState(e: unknown): string | undefined {
  return pgError(e)?.code;
}

/** 23P01: `appointment_no_overlap` refused the row — the safety net against double booking fired. */
export function isOverlapViolation(e: unknown): boolean {
  return sqlState(e) === '23P01';
}

/** 40P01: two transactions waited for each other; PostgreSQL aborted this one. */
export function isDeadlock(e: unknown): boolean {
  return sqlState(e) === '40P01';
}

/** 23505 on `idempotency_key_pkey`: a request with the same key committed first; its stored answer decides. */
export function isIdempotencyKeyTaken(e: unknown): boolean {
  const pg = pgError(e);
  return pg?.code === '23505' && pg.constraint === 'idempotency_key_pkey';
}
