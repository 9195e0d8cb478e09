// Walks an input schema (zod 4's own definitions) and lists every refusal each of its fields can give: the type check,
// each bound, format and refinement — each as the issue code and values the wire would carry. The wording test runs
// it over every procedure's input and every form's schema and proves each has a sentence in both languages.
import type { z } from 'zod';
import { genericIssueCode, ownIssue, type InputIssueCode } from '../input-issues.js';
import type { WireValue } from '../errors.js';

export interface PossibleIssue {
  /** Where in the input, `patient.name`; `[]` for an item of a list, `{}` for a value of a record. */
  path: string;
  /** What zod checks there: `type string`, `max_length 200`, `custom` … */
  check: string;
  code: InputIssueCode;
  values: Record<string, WireValue>;
  /** The message the schema gave for it, when it gave one (then it must be one of our codes). */
  message: string | null;
}

export interface SchemaWalk {
  issues: PossibleIssue[];
  /** Refinements that add their issues at run time (superRefine): their codes are typed, their values tested apart. */
  dynamic: string[];
}

type Def = Record<string, unknown> & { type: string; checks?: Check[]; error?: ErrorFn };
type Check = { _zod: { def: Record<string, unknown> & { check: string; error?: ErrorFn } } };
type ErrorFn = (issue: unknown) => unknown;
type Node = { _zod: { def: Def } };

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'nonoptional',
  'catch',
  'success',
]);
/** Types whose check refuses nothing a client sends (any value passes) or that only exist inside the server. */
const SILENT = new Set(['transform', 'any', 'unknown', 'custom', 'never', 'void', 'undefined', 'promise', 'function']);

function messageOf(error: ErrorFn | undefined, raw: Record<string, unknown>): string | null {
  const out = error?.(raw);
  if (typeof out === 'string') return out;
  if (out && typeof out === 'object' && typeof (out as { message?: unknown }).message === 'string')
    return (out as { message: string }).message;
  return null;
}

export function walkSchema(schema: z.ZodType): SchemaWalk {
  const issues: PossibleIssue[] = [];
  const dynamic: string[] = [];
  const seen = new Set<Node>();

  const add = (path: string, check: string, raw: Record<string, unknown>, error?: ErrorFn) => {
    const message = messageOf(error, raw);
    const own = message === null ? null : ownIssue(message);
    const code = own?.code ?? genericIssueCode(raw as unknown as z.core.$ZodRawIssue);
    const values: Record<string, WireValue> = { ...own?.values };
    if (raw.minimum !== undefined) values.minimum = Number(raw.minimum);
    if (raw.maximum !== undefined) values.maximum = Number(raw.maximum);
    if (raw.divisor !== undefined) values.divisor = Number(raw.divisor);
    if (raw.keys !== undefined) values.keys = raw.keys as string[];
    issues.push({ path, check, code, values, message });
  };

  const checks = (def: Def, path: string): void => {
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      const origin =
        def.type === 'array' || def.type === 'set' ? def.type : def.type === 'string' ? 'string' : 'number';
      switch (c.check) {
        case 'min_length':
          add(
            path,
            `min_length ${String(c.minimum)}`,
            { code: 'too_small', origin, minimum: c.minimum, inclusive: true },
            c.error,
          );
          break;
        case 'max_length':
          add(
            path,
            `max_length ${String(c.maximum)}`,
            { code: 'too_big', origin, maximum: c.maximum, inclusive: true },
            c.error,
          );
          break;
        case 'length_equals':
          add(
            path,
            `length ${String(c.length)}`,
            { code: 'too_big', origin, maximum: c.length, inclusive: true },
            c.error,
          );
          add(
            path,
            `length ${String(c.length)}`,
            { code: 'too_small', origin, minimum: c.length, inclusive: true },
            c.error,
          );
          break;
        case 'greater_than':
          add(
            path,
            `min ${String(c.value)}`,
            { code: 'too_small', origin: 'number', minimum: c.value, inclusive: c.inclusive },
            c.error,
          );
          break;
        case 'less_than':
          add(
            path,
            `max ${String(c.value)}`,
            { code: 'too_big', origin: 'number', maximum: c.value, inclusive: c.inclusive },
            c.error,
          );
          break;
        case 'multiple_of':
          add(path, `multiple_of ${String(c.value)}`, { code: 'not_multiple_of', divisor: c.value }, c.error);
          break;
        case 'number_format':
          add(path, `number ${String(c.format)}`, { code: 'invalid_type', expected: 'int', input: 1.5 }, c.error);
          break;
        case 'string_format':
          add(
            path,
            `format ${String(c.format)}`,
            { code: 'invalid_format', format: c.format, origin: 'string' },
            c.error,
          );
          break;
        case 'custom':
          if (c.error) add(path, 'refine', { code: 'custom', input: undefined }, c.error);
          else dynamic.push(path || '(input)');
          break;
        default:
          // overwrite (trim, lower case) and the like refuse nothing.
          break;
      }
    }
  };

  const visit = (node: Node, path: string): void => {
    const def = node._zod.def;
    if (WRAPPERS.has(def.type)) return visit(def.innerType as Node, path);
    if (def.type === 'pipe') {
      // A refinement after a transform sits on the pipe itself.
      checks(def, path);
      visit(def.in as Node, path);
      return visit(def.out as Node, path);
    }
    if (def.type === 'lazy') {
      if (seen.has(node)) return;
      seen.add(node);
      return visit((def.getter as () => Node)(), path);
    }
    if (SILENT.has(def.type)) return;

    // The type check: a value missing, and one of another type.
    const expected = typeof def.format === 'string' && def.format !== 'regex' ? def.format : def.type;
    if (!['object', 'union', 'intersection'].includes(def.type) || def.error) {
      add(path, `type ${expected}`, { code: 'invalid_type', expected: def.type, input: undefined }, def.error);
      add(path, `type ${expected}`, { code: 'invalid_type', expected: def.type, input: Symbol('wrong') }, def.error);
    }
    if (typeof def.format === 'string' && def.format !== 'regex')
      add(path, `format ${def.format}`, { code: 'invalid_format', format: def.format, origin: 'string' }, def.error);
    if (def.type === 'enum' || def.type === 'literal')
      add(path, def.type, { code: 'invalid_value', values: [] }, def.error);

    checks(def, path);

    const at = (segment: string) => (path ? `${path}.${segment}` : segment);
    switch (def.type) {
      case 'object': {
        for (const [key, value] of Object.entries(def.shape as Record<string, Node>)) visit(value, at(key));
        const catchall = def.catchall as Node | undefined;
        if (catchall?._zod.def.type === 'never')
          add(path, 'strict', { code: 'unrecognized_keys', keys: ['ukjent'] }, def.error);
        break;
      }
      case 'array':
      case 'set':
        visit((def.element ?? def.valueType) as Node, at('[]'));
        break;
      case 'record':
        visit(def.keyType as Node, at('{key}'));
        visit(def.valueType as Node, at('{}'));
        break;
      case 'tuple':
        (def.items as Node[]).forEach((item, i) => visit(item, at(String(i))));
        break;
      case 'union':
        add(path, 'union', { code: 'invalid_union' }, def.error);
        for (const option of def.options as Node[]) visit(option, path);
        break;
      case 'intersection':
        visit(def.left as Node, path);
        visit(def.right as Node, path);
        break;
      default:
        break;
    }
  };

  visit(schema as unknown as Node, '');
  return { issues, dynamic };
}
