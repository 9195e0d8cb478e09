import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import superjson from 'superjson';
import { serializeForWire } from './wire.js';

/** What a superjson client reads from the wire. */
const overTheWire = (serialized: unknown) =>
  superjson.deserialize(JSON.parse(JSON.stringify(serialized)) as Parameters<typeof superjson.deserialize>[0]);

const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true });
// Values like the API's answers (objects, arrays, strings, numbers, booleans, null, undefined, Dates), keys with dots
// and backslashes included, and now and then something only superjson itself handles.
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    date,
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, new Date(Number.NaN), new Map([[1, 2]]), 10n),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.oneof(
        // superjson itself refuses these keys (a prototype pollution guard), so it cannot be the reference for them.
        fc.string().filter((k) => !['__proto__', 'prototype', 'constructor'].includes(k)),
        fc.constantFrom('a.b', 'a\\b', 'x\\.y', '0', ''),
      ),
      tie('value'),
      {
        maxKeys: 5,
      },
    ),
  ),
}));

describe('the wire format (superjson-compatible)', () => {
  it('a superjson client reads back exactly what superjson itself would have sent', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(overTheWire(serializeForWire(v))).toStrictEqual(overTheWire(superjson.serialize(v)));
      }),
      { numRuns: 2000 },
    );
  });

  it('a search answer keeps its Dates, undefineds and nulls', () => {
    const startAt = new Date('2026-03-29T00:30:00.000Z');
    const answer = {
      hits: [{ startAt, endAt: new Date(startAt.getTime() + 1_800_000), clinicName: 'Majorstuen', phone: undefined }],
      nextCursor: null,
      'odd.key\\': startAt,
    };
    const read = overTheWire(serializeForWire(answer)) as typeof answer;
    expect(read).toStrictEqual(answer);
    expect(read.hits[0]!.startAt).toBeInstanceOf(Date);
    expect('phone' in read.hits[0]!).toBe(true);
  });

  it('a Date or undefined as the whole answer, and a cycle, are written as superjson writes them', () => {
    const when = new Date('2026-10-25T01:30:00.000Z');
    expect(serializeForWire(when)).toEqual(superjson.serialize(when));
    expect(serializeForWire(undefined)).toEqual(superjson.serialize(undefined));
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => JSON.stringify(serializeForWire(cyclic))).not.toThrow();
  });
});
