// PostgreSQL errors the booking use cases turn into answers for the user.

function sqlState(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 3 && cur && typeof cur === 'object'; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    cur = (cur as { cause?: unknown; previous?: unknown }).previous ?? (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/** 23P01: `appointment_no_overlap` refused the row — the safety net against double booking fired. */
export function isOverlapViolation(e: unknown): boolean {
  return sqlState(e) === '23P01';
}

/** 40P01: two transactions waited for each other; PostgreSQL aborted this one. */
export function isDeadlock(e: unknown): boolean {
  return sqlState(e) === '40P01';
}
