// What the fuzzing sends: the classes of bad input a probing client found (NUL, lone surrogates, far dates, deep and
// wide values), unicode, SQL and HTML injection strings and impossible dates — as whole inputs, and as one field of a
// valid input replaced, removed or added, so that the bad value gets past the fields before it.
import fc from 'fast-check';

const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n',
  'Os\u0000lo',
  '\u0000',
  'a\ud800b',
  '\ud83d',
  '\udc00x',
  '\ud83d\ud83d',
  '\u202eevil',
  '\u0007\u001b[2J',
  '\u007f',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  "'; drop table patient; --",
  "' or '1'='1",
  '"; select pg_sleep(5); --',
  '%00',
  '%s%s%n',
  '${7*7}',
  '{{7*7}}',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'prototype',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '0x1F',
  '٣',
  '𝟘𝟙',
  'ǅ',
  'ß',
  'İ',
  'Æøå ÆØÅ',
  '😀👍🏽👩‍👩‍👧',
  'Z̷͈͊a̵̛l̴g̵o',
  'x'.repeat(201),
  'x'.repeat(5000),
  'B1011',
  'b1011',
  '2026-02-30',
  '2026-03-29T02:30',
  '0000-00-00',
  '9999-12-31',
  '-271821-04-20',
  '+275760-09-13T00:00:00.000Z',
  '04819012372',
  '00000000000',
  '99999999999',
  '2026-13-01',
  '2026-01-01T25:00',
  '24:00',
  '23:60',
  '7QX',
  'a@b',
  'a@b.no\u0000',
  `${'a'.repeat(64)}@${'b'.repeat(250)}.no`,
];

/** Strings of any UTF-16 code units: NUL, controls, lone surrogates, private use — the whole range. */
const anyCodeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 30,
});

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: anyCodeUnits },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3000 }) },
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    0.5,
    7,
    8,
    24,
    53,
    2 ** 31,
    -(2 ** 31),
    2 ** 53,
    -(2 ** 53),
    2 ** 53 + 2,
    1e308,
    -1e308,
    Number.NaN,
    Infinity,
    -Infinity,
    5e-324,
  ),
  fc.integer(),
  fc.double(),
);

export const nastyDate: fc.Arbitrary<Date | string | number> = fc.oneof(
  fc.constantFrom(
    new Date(-8.64e15),
    new Date(8.64e15),
    new Date(Number.NaN),
    new Date('1899-12-31T23:00:00Z'),
    new Date('0001-01-01T00:00:00Z'),
    new Date('2101-01-01T00:00:00Z'),
    new Date('2026-03-29T01:30:00Z'),
    new Date('2026-10-25T01:30:00Z'),
    new Date(0),
  ),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    '2026-02-30T10:00:00Z',
    '2026-03-29T02:30',
    'i morgen',
    '',
    '-271821-04-20T00:00:00.000Z',
    8.64e15 + 1,
  ),
);

/** Anything JSON or superjson can carry: nested values, big arrays, BigInt, Set, Map, RegExp, undefined. */
export const nastyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: nastyString },
    { weight: 3, arbitrary: nastyNumber },
    { weight: 3, arbitrary: nastyDate },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        null,
        undefined,
        true,
        false,
        [],
        {},
        [null],
        { '': '' },
        JSON.parse('{"__proto__":{"admin":true}}') as unknown,
      ),
    },
    { weight: 1, arbitrary: fc.bigInt() },
    { weight: 1, arbitrary: fc.constantFrom(new Set([1, 'a']), new Map([['k', 'v']]), /a+/g, new Error('boom')) },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 2, arbitrary: fc.dictionary(nastyString, tie('value'), { maxKeys: 4 }) },
    // Wide: more elements than any list of the API takes (templates take 500 windows).
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 501, max: 12_000 })
        .map((n) =>
          Array.from({ length: n }, (_, i) => ({ weekday: (i % 7) + 1, start: '08:00', end: '08:05', typeIds: ['t'] })),
        ),
    },
  ),
})).value;

/** Every path into a value (objects and arrays), the root first. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

/** Fragments that, put into an otherwise valid string, must not get it past the schemas into SQL or a page. */
const TAINTS = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\u0001',
  '\u001f',
  '\u007f',
  '<b onmouseover=alert(1)>',
  "'--",
  '\\',
  '%',
  '\u2028',
  '😀',
];
/** Dates of the same shape as a valid one, but impossible or outside the years the product handles. */
const FAR_DAYS = [
  '0001-01-01',
  '1899-12-31',
  '1999-12-31',
  '2101-01-01',
  '9999-12-31',
  '2026-02-29',
  '2026-02-30',
  '2026-04-31',
  '2026-00-10',
];
const FAR_INSTANTS = [
  new Date(-8.64e15),
  new Date(8.64e15),
  new Date('1899-12-31T23:00:00Z'),
  new Date('2101-01-01T00:00:00Z'),
  new Date(Number.NaN),
];

export type Mutation =
  | { op: 'whole'; value: unknown }
  | { op: 'replace' | 'add'; at: number; key: string; value: unknown }
  | { op: 'delete' | 'grow'; at: number }
  /** One string of the input (the at-th) gets a fragment at a position; with `all`, every string does. */
  | { op: 'taint'; at: number; position: number; fragment: string; all: boolean }
  /** One date or instant of the input (the at-th) becomes an impossible or far one of the same shape. */
  | { op: 'farDate'; at: number; which: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('taint' as const),
      at: fc.nat(),
      position: fc.nat(),
      fragment: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TAINTS) }, { weight: 1, arbitrary: anyCodeUnits }),
      all: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('farDate' as const), at: fc.nat(), which: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('whole' as const), value: nastyValue }) },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('replace' as const),
      at: fc.nat(),
      key: fc.constant(''),
      value: nastyValue,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('add' as const),
      at: fc.nat(),
      key: fc.constantFrom('__proto__', 'constructor', 'id', 'clinicId', 'insurerId', 'role', 'extra'),
      value: nastyValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('delete' as const, 'grow' as const), at: fc.nat() }) },
);

function clone<T>(value: T): T {
  return structuredClone(value);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function leavesOf(value: unknown, keep: (v: unknown) => boolean): (string | number)[][] {
  const leaves: (string | number)[][] = [];
  for (const path of pathsOf(value)) {
    const v = path.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], value);
    if (keep(v)) leaves.push(path);
  }
  return leaves;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>(
      (node, k) => node[k] as Record<string | number, unknown>,
      root as Record<string, unknown>,
    );
  parent[path[path.length - 1]!] = value;
  return root;
}

function getAt(root: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], root);
}

/**
 * The boundary cases, tried before the random ones: each string of the valid input with a NUL, a lone surrogate and
 * a control character in it, and each date or instant made impossible or far.
 */
export function boundaryMutations(valid: unknown): Mutation[] {
  const strings = leavesOf(valid, (v) => typeof v === 'string').length;
  const dates = leavesOf(valid, (v) => v instanceof Date || (typeof v === 'string' && DAY.test(v))).length;
  const out: Mutation[] = [];
  for (let at = 0; at < strings; at++) {
    for (const fragment of ['\u0000', '\ud800', '\u001b'])
      out.push({ op: 'taint', at, position: 1, fragment, all: false });
  }
  for (let at = 0; at < dates; at++) for (const which of [0, 1, 3, 6]) out.push({ op: 'farDate', at, which });
  return out;
}

/** The valid input with one mutation applied (the root may be replaced as a whole). */
export function applyMutation(valid: unknown, m: Mutation): unknown {
  if (m.op === 'whole') return m.value;
  if (m.op === 'taint') {
    let input = clone(valid);
    const strings = leavesOf(input, (v) => typeof v === 'string');
    if (strings.length === 0) return m.fragment;
    for (const path of m.all ? strings : [strings[m.at % strings.length]!]) {
      const s = getAt(input, path) as string;
      const i = m.position % (s.length + 1);
      input = setAt(input, path, s.slice(0, i) + m.fragment + s.slice(i));
    }
    return input;
  }
  if (m.op === 'farDate') {
    const input = clone(valid);
    const dates = leavesOf(input, (v) => v instanceof Date || (typeof v === 'string' && DAY.test(v)));
    if (dates.length === 0) return FAR_INSTANTS[m.which % FAR_INSTANTS.length];
    const path = dates[m.at % dates.length]!;
    const far =
      getAt(input, path) instanceof Date
        ? FAR_INSTANTS[m.which % FAR_INSTANTS.length]
        : FAR_DAYS[m.which % FAR_DAYS.length];
    return setAt(input, path, far);
  }
  if (valid === null || typeof valid !== 'object') return 'value' in m ? m.value : undefined;
  const input = clone(valid) as Record<string | number, unknown>;
  const paths = pathsOf(input);
  const path = paths[m.at % paths.length]!;
  if (path.length === 0) {
    if (m.op === 'add')
      Object.defineProperty(input, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    return m.op === 'replace' ? m.value : input;
  }
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>((node, k) => node[k] as Record<string | number, unknown>, input);
  const last = path[path.length - 1]!;
  switch (m.op) {
    case 'replace':
      parent[last] = m.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'add': {
      const target = parent[last];
      if (target && typeof target === 'object')
        Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
      break;
    }
    case 'grow': {
      const target = parent[last];
      if (Array.isArray(target) && target.length > 0)
        parent[last] = Array.from({ length: 3000 }, (_, i) => clone<unknown>(target[i % target.length]));
      else parent[last] = Array.from({ length: 3000 }, () => clone(target));
      break;
    }
  }
  return input;
}
