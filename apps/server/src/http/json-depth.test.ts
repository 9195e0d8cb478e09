import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from './json-depth.js';

describe('jsonDepthExceeds', () => {
  it('counts arrays and objects inside each other', () => {
    expect(jsonDepthExceeds('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(jsonDepthExceeds('[1,[2],[3],{"x":[]}]', 3)).toBe(false);
    expect(jsonDepthExceeds('[1,[2],[3],{"x":[]}]', 2)).toBe(true);
    expect(jsonDepthExceeds('1', 0)).toBe(false);
  });

  it('does not count brackets inside strings, also after escaped quotes and backslashes', () => {
    expect(jsonDepthExceeds('{"a":"[[[[{{{{"}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\"[[[[","b":"\\\\"}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\\\",  "b":[[1]]}', 2)).toBe(true);
  });

  it('reads a UTF-8 buffer the same way as its text', () => {
    const text = '{"navn":"Blåbær 😀 [{","x":[[["ø"]]]}';
    for (const max of [1, 3, 4])
      expect(jsonDepthExceeds(Buffer.from(text, 'utf8'), max)).toBe(jsonDepthExceeds(text, max));
    expect(jsonDepthExceeds(Buffer.from(text, 'utf8'), 3)).toBe(true);
    expect(jsonDepthExceeds(Buffer.from(text, 'utf8'), 4)).toBe(false);
  });

  it('stops at the first level too many in a body nested 100,000 levels deep', () => {
    expect(jsonDepthExceeds('['.repeat(100_000) + ']'.repeat(100_000), 32)).toBe(true);
  });
});
