// The tRPC wire format: superjson's, so both SPAs' superjson clients read it unchanged, with a serializer that costs a
// fraction of superjson's for the answers this API gives. superjson.serialize copies every value through a generic
// walker (about 0.5 ms for one search answer, measured with `pnpm bench:load`'s CPU profile); the answers here are
// plain objects, arrays, strings, numbers, booleans, null, undefined and Dates. For those, the JSON tree can be the
// value itself — a Date becomes the same ISO string through its toJSON, as superjson writes it — and only the paths of
// Dates and undefineds need recording in superjson's `meta`. Anything else (a Map, a bigint, NaN, a class instance, a
// cycle) is left to superjson itself, whole.
import superjson from 'superjson';

type Meta = Record<string, ['Date'] | ['undefined']>;

// superjson's path syntax (pathstringifier.js, meta.v = 1): segments joined by '.', with '\' and '.' escaped.
const escapeKey = (key: string) => (/[\\.]/.test(key) ? key.replace(/\\/g, '\\\\').replace(/\./g, '\\.') : key);

/**
 * Records the paths of Dates and undefineds under `value`; false when something in it needs superjson's own handling.
 * `path`: superjson's path of `value`, null for the whole answer (whose own Date or undefined is handled before).
 */
function walk(value: unknown, path: string | null, meta: Meta, ancestors: object[]): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      // NaN, ±Infinity and -0 carry superjson's 'number' type.
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'undefined':
      if (path !== null) meta[path] = ['undefined'];
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  const object = value;
  if (object instanceof Date) {
    if (Number.isNaN(object.getTime())) return false;
    if (path !== null) meta[path] = ['Date'];
    return true;
  }
  if (ancestors.includes(object)) return false;
  ancestors.push(object);
  const prefix = path === null ? '' : `${path}.`;
  if (Array.isArray(object)) {
    // Holes and extra properties are superjson's business.
    if (Object.keys(object).length !== object.length) return false;
    for (let i = 0; i < object.length; i++) if (!walk(object[i], `${prefix}${i}`, meta, ancestors)) return false;
  } else {
    const proto = Object.getPrototypeOf(object) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    if (Object.getOwnPropertySymbols(object).length > 0) return false;
    const record = object as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      if (key === '__proto__' || (key === 'toJSON' && typeof v === 'function')) return false;
      if (!walk(v, `${prefix}${escapeKey(key)}`, meta, ancestors)) return false;
    }
  }
  ancestors.pop();
  return true;
}

type Serialized = ReturnType<typeof superjson.serialize>;

/** superjson.serialize's answer for `value`, read the same by superjson.deserialize after JSON.stringify. */
export function serializeForWire(value: unknown): Serialized {
  // A Date or undefined as the whole answer: superjson writes its type as the values themselves, not under a path.
  if (value === undefined) return { json: null, meta: { values: ['undefined'], v: 1 } };
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return { json: value.toISOString(), meta: { values: ['Date'], v: 1 } };
  const meta: Meta = {};
  if (!walk(value, null, meta, [])) return superjson.serialize(value);
  // The Dates stay Dates in the tree: JSON.stringify writes them through Date.prototype.toJSON, the ISO string.
  const json = value as Serialized['json'];
  return Object.keys(meta).length > 0 ? { json, meta: { values: meta, v: 1 } } : { json };
}

/** The server's transformer: superjson on the wire, its own reader for inputs. */
export const wireTransformer = {
  serialize: serializeForWire,
  deserialize: (data: unknown) => superjson.deserialize(data as Serialized),
};
