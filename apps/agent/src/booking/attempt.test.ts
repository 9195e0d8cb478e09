import { describe, expect, it } from 'vitest';
import { attemptEnded, markAttemptEnded, newAttemptId } from './attempt.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('a booking attempt', () => {
  it('gets a fresh UUID v4, also where crypto.randomUUID is missing (plain HTTP)', () => {
    expect(newAttemptId()).toMatch(UUID_V4);
    expect(newAttemptId()).not.toBe(newAttemptId());
    const withoutRandomUuid: Pick<Crypto, 'getRandomValues'> = {
      getRandomValues: (array) => crypto.getRandomValues(array),
    };
    const ids = Array.from({ length: 50 }, () => newAttemptId(withoutRandomUuid));
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(50);
  });

  it('remembers an ended attempt for the session, and survives blocked storage', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(attemptEnded('a', storage)).toBe(false);
    markAttemptEnded('a', storage);
    expect(attemptEnded('a', storage)).toBe(true);
    expect(attemptEnded('b', storage)).toBe(false);
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(() => markAttemptEnded('a', blocked)).not.toThrow();
    expect(attemptEnded('a', blocked)).toBe(false);
  });
});
