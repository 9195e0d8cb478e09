// Values from raw SQL results.
/** A timestamptz from a raw query: the driver hands back text ("2026-11-30 07:30:00+00") or a Date. */
export function toInstant(value: Date | string): Date {
  if (value instanceof Date) return value;
  const iso = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return new Date(iso);
}
