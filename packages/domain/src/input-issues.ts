// Field issues as codes with values: what a zod schema or a rule across rows refuses, where (a path), and the facts the
// sentence needs (a limit, a name). A schema's own message IS such a code (`issue('book.name_required')`); zod's own
// kinds map to generic codes (`too_long` with its maximum). No zod sentence ever reaches a person: each client words
// the code (i18n/refusals.*.ts) in its reader's language.
import type { z } from 'zod';
import type { WireValue, WireValues } from './errors.js';
import { refusalsNb } from './i18n/refusals.nb.js';

type IssueKey = Extract<keyof typeof refusalsNb, `issue.${string}`>;
/** Every field issue the product words; the catalogue's `issue.*` keys are the list. */
export type InputIssueCode = IssueKey extends `issue.${infer C}` ? C : never;

export interface InputIssue {
  path: readonly (string | number)[];
  code: InputIssueCode;
  values?: WireValues;
}

export function isInputIssueCode(code: unknown): code is InputIssueCode {
  return typeof code === 'string' && Object.hasOwn(refusalsNb, `issue.${code}`);
}

/**
 * A schema's message for a check: `.min(1, issue('book.name_required'))`, `.refine(f, issue('x', { max: 5 }))`. Zod
 * keeps a message, not values, for its own kinds (a literal, a maximum), so values ride in the message after the code
 * (`code {"hours":8}`, numbers and strings only) and come out again in `inputIssueOf`.
 */
export function issue(code: InputIssueCode, values?: Readonly<Record<string, string | number>>): { error: string } {
  return { error: values ? `${code} ${JSON.stringify(values)}` : code };
}

/** A message that is one of ours: its code and the values that rode with it, else null (one of zod's own). */
export function ownIssue(message: string): { code: InputIssueCode; values: Record<string, WireValue> } | null {
  const space = message.indexOf(' ');
  const code = space < 0 ? message : message.slice(0, space);
  if (!isInputIssueCode(code)) return null;
  if (space < 0) return { code, values: {} };
  try {
    const values: unknown = JSON.parse(message.slice(space + 1));
    return { code, values: typeof values === 'object' && values !== null ? (values as Record<string, WireValue>) : {} };
  } catch {
    return null;
  }
}

/** A custom issue for `ctx.addIssue` in a superRefine: `ctx.addIssue(customIssue(['to'], 'range.to_before_from'))`. */
export function customIssue(path: (string | number)[], code: InputIssueCode, values?: WireValues) {
  return { code: 'custom' as const, path, message: code, ...(values ? { params: values } : {}) };
}

const NUMBER_ORIGINS = new Set(['number', 'int', 'bigint']);
const LIST_ORIGINS = new Set(['array', 'set', 'map']);

/**
 * The generic code of one of zod's own issues (a check the schema gave no code of its own). Raw issues still hold the
 * input, so a missing value is told apart from a wrong one; final issues do not, and read the same codes from
 * zod-config.ts, which turns every raw issue into its code.
 */
export function genericIssueCode(iss: z.core.$ZodRawIssue | z.core.$ZodIssue): InputIssueCode {
  switch (iss.code) {
    case 'invalid_type': {
      if ('input' in iss && (iss.input === undefined || iss.input === null)) return 'required';
      if (iss.expected === 'int') return 'not_integer';
      if (iss.expected === 'number') return 'not_a_number';
      return 'invalid_type';
    }
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'string') return min <= 1 ? 'required' : 'too_short';
      if (LIST_ORIGINS.has(iss.origin)) return 'too_few';
      if (NUMBER_ORIGINS.has(iss.origin)) return iss.inclusive === false ? 'not_above' : 'too_small';
      return 'invalid';
    }
    case 'too_big': {
      if (iss.origin === 'string') return 'too_long';
      if (LIST_ORIGINS.has(iss.origin)) return 'too_many';
      if (NUMBER_ORIGINS.has(iss.origin)) return iss.inclusive === false ? 'not_below' : 'too_big';
      return 'invalid';
    }
    case 'invalid_format':
      return iss.format === 'email' ? 'invalid_email' : iss.format === 'date' ? 'invalid_date' : 'invalid_format';
    case 'not_multiple_of':
      return 'not_multiple_of';
    case 'invalid_value':
      return 'invalid_choice';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid';
  }
}

function wire(value: unknown): WireValue | undefined {
  if (typeof value === 'bigint') return Number(value);
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  return undefined;
}

/** The values a generic code's sentence needs, read from the issue. */
function issueValues(iss: z.core.$ZodIssue): Record<string, WireValue> {
  const out: Record<string, WireValue> = {};
  const put = (name: string, value: unknown) => {
    const v = wire(value);
    if (v !== undefined) out[name] = v;
  };
  if (iss.code === 'too_small') put('minimum', iss.minimum);
  if (iss.code === 'too_big') put('maximum', iss.maximum);
  if (iss.code === 'not_multiple_of') put('divisor', iss.divisor);
  if (iss.code === 'unrecognized_keys') put('keys', iss.keys);
  if (iss.code === 'custom' && iss.params) for (const [k, v] of Object.entries(iss.params)) put(k, v);
  return out;
}

/** One zod issue as the wire carries it: the schema's own code, else the generic one, with its values. */
export function inputIssueOf(iss: z.core.$ZodIssue): InputIssue {
  const own = ownIssue(iss.message);
  const code = own ? own.code : genericIssueCode(iss);
  const values = { ...issueValues(iss), ...own?.values };
  return {
    path: iss.path.map((p) => (typeof p === 'number' ? p : String(p))),
    code,
    ...(Object.keys(values).length ? { values } : {}),
  };
}

export function inputIssuesOf(error: z.ZodError): InputIssue[] {
  return error.issues.map(inputIssueOf);
}

/** Any input schema of the product (a form checks its value with the procedure's own). */
export type InputSchema = z.ZodType;

/** The issues `schema` refuses `value` with, or null when it takes it: the server's answer, before asking it. */
export function checkInput(schema: InputSchema, value: unknown): InputIssue[] | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : inputIssuesOf(parsed.error);
}
