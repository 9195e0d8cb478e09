// A name for an SQL statement that says what it did and to which table, and nothing about the values: what a log may
// say about a failed statement (the driver's own message carries the statement with its values inlined).

const VERB =
  /^\s*(?:\/\*[\s\S]*?\*\/\s*|--[^\n]*\n\s*)*(with|select|insert|update|delete|merge|call|create|alter|drop|truncate|lock|begin|commit|rollback|savepoint|release|set)\b/i;
const TABLE =
  /\b(?:from|into|update|join|table)\s+("?)([A-Za-z_][A-Za-z0-9_]*)\1(?:\s*\.\s*("?)([A-Za-z_][A-Za-z0-9_]*)\3)?/i;

/**
 * "insert patient", "with session", "select free_slot": the statement's first keyword and the first table it names.
 * Reads only the statement's head, where no value can appear before the first table name. Null when `sql` does not
 * start like a statement.
 */
export function statementName(sql: string): string | null {
  const verb = VERB.exec(sql);
  if (!verb) return null;
  const table = TABLE.exec(sql.slice(verb.index));
  const name = table ? (table[4] ?? table[2]) : null;
  return name ? `${verb[1]!.toLowerCase()} ${name}` : verb[1]!.toLowerCase();
}
