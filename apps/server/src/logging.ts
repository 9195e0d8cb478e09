// The server's logger, and what it writes about errors: never patient data. A database error is logged by its
// SQLSTATE, constraint, table and statement name — not its message, which carries the statement with its values
// (national id, name, e-mail) inlined, nor its `detail` ("Key (national_id)=(…) already exists").
import { pino, type DestinationStream, type Logger } from 'pino';
import { statementName } from '@bn/db';

const SQLSTATE = /^[0-9A-Z]{5}$/;
/** A national id (11 digits) or an e-mail address in a message that is not a database error's: masked all the same. */
const NATIONAL_ID = /\b\d{6}\s?\d{5}\b/g;
const EMAIL = /[^\s@"'<>()]+@[^\s@"'<>()]+\.[A-Za-z]{2,}/g;

type Fields = Record<string, unknown>;

function isDatabaseError(e: Fields): boolean {
  const code = e.sqlState ?? e.code;
  return (
    typeof code === 'string' &&
    SQLSTATE.test(code) &&
    ('severity' in e || 'routine' in e || 'sqlState' in e || typeof e.statement === 'string')
  );
}

function scrub(message: string): string {
  return message.replace(NATIONAL_ID, '[national id]').replace(EMAIL, '[e-mail]').slice(0, 500);
}

/** Stack frames only: the first line of a stack repeats the message. */
function frames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n').filter((l) => l.trim().startsWith('at '));
  return lines.length ? lines.join('\n') : undefined;
}

function causeOf(e: Fields): unknown {
  return e.cause ?? e.previous;
}

function chainHasDatabaseError(err: unknown): boolean {
  let cur: unknown = err;
  for (let i = 0; i < 8 && cur && typeof cur === 'object'; i++) {
    if (isDatabaseError(cur as Fields)) return true;
    cur = causeOf(cur as Fields);
  }
  return false;
}

function describe(e: Fields, withMessage: boolean, depth: number): Fields {
  // The class says more than `name`, which pg sets to "error" on every DatabaseError.
  const constructorName = (e.constructor as { name?: string } | undefined)?.name;
  const out: Fields = {
    type:
      constructorName && constructorName !== 'Object' ? constructorName : typeof e.name === 'string' ? e.name : 'Error',
  };
  if (isDatabaseError(e)) {
    out.code = e.sqlState ?? e.code;
    out.statement =
      typeof e.statement === 'string' ? e.statement : typeof e.message === 'string' ? statementName(e.message) : null;
    if (typeof e.constraint === 'string') out.constraint = e.constraint;
    if (typeof e.table === 'string') out.table = e.table;
  } else {
    if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
    if (withMessage && typeof e.message === 'string') out.message = scrub(e.message);
  }
  const stack = frames(e.stack);
  if (stack) out.stack = stack;
  const cause = causeOf(e);
  if (cause && typeof cause === 'object' && depth < 8) out.cause = describe(cause as Fields, withMessage, depth + 1);
  return out;
}

/**
 * pino's `err` serializer. Messages are kept (masked) unless a database error is anywhere in the chain: then every
 * wrapper's message goes too, because tRPC and the ORM copy the driver's message into their own.
 */
export function logSafeError(err: unknown): unknown {
  if (!err || typeof err !== 'object') return err;
  return describe(err as Fields, !chainHasDatabaseError(err), 0);
}

/** PostgreSQL's own log lines (the embedded server's output, at debug level): statements and details withheld. */
const PG_DATA_LINE = /\b(ERROR|DETAIL|STATEMENT|CONTEXT|HINT):\s+.*$/;
export function logSafePostgresLine(line: unknown): unknown {
  return typeof line === 'string'
    ? line.replace(PG_DATA_LINE, (_m, level: string) => `${level}: (withheld: may carry patient data)`)
    : line;
}

export const LOG_SERIALIZERS = { err: logSafeError, postgres: logSafePostgresLine };

export interface LoggerOptions {
  level: string;
  /** Where the lines go; stdout when omitted (tests pass a stream to read what was logged). */
  destination?: DestinationStream;
}

export function createLogger({ level, destination }: LoggerOptions): Logger {
  const options = {
    level,
    serializers: LOG_SERIALIZERS,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  };
  return destination ? pino(options, destination) : pino(options);
}
