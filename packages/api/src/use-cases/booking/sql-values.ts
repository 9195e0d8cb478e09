// Values from raw SQL results, and statements built with their values in place.
/** A timestamptz from a raw query: the driver hands back text ("2026-11-30 07:30:00+00") or a Date. */
export function toInstant(value: Date | string): Date {
  if (value instanceof Date) return value;
  const iso = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return new Date(iso);
}

/** A statement (or a piece of one) with `?` placeholders and their values in order. */
export interface Sql {
  text: string;
  values: unknown[];
}

const isSql = (v: unknown): v is Sql =>
  typeof v === 'object' && v !== null && 'text' in v && 'values' in v && Array.isArray((v as Sql).values);

/**
 * sql`select … where id = ${id}::text` → `{ text: 'select … where id = ?::text', values: [id] }`; an interpolated Sql
 * is spliced in with its values, so statements are composed of pieces from the modules that own them. Cast every
 * value: as a prepared statement PostgreSQL must know each parameter's type.
 */
export function sql(strings: TemplateStringsArray, ...args: unknown[]): Sql {
  let text = strings[0]!;
  const values: unknown[] = [];
  args.forEach((arg, i) => {
    if (isSql(arg)) {
      text += arg.text;
      values.push(...arg.values);
    } else {
      text += '?';
      values.push(arg);
    }
    text += strings[i + 1]!;
  });
  return { text, values };
}
