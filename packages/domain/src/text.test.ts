import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { birthDateSchema, calendarDateSchema, instantSchema, textProblem, textSchema } from './text.js';
import { inputIssueOf } from './input-issues.js';
import { idSchema } from './ids.js';
import { emailSchema, signInInput } from './auth.js';
import { patientDetailsSchema } from './booking/schemas.js';
import { nationalIdSchema } from './validators/national-id.js';

const issuesOf = (r: { success: boolean; error?: { issues: z.core.$ZodIssue[] } }) =>
  r.error?.issues.map((i) => inputIssueOf(i).code) ?? [];

describe('the text primitive', () => {
  it.each([
    ['NUL', 'Os\u0000lo', 'control'],
    ['a bell', 'a\u0007b', 'control'],
    ['an escape', '\u001b[31mrød', 'control'],
    ['DEL', 'x\u007f', 'control'],
    ['a lone high surrogate', 'a\ud800b', 'surrogate'],
    ['a lone high surrogate at the end', 'ab\ud83d', 'surrogate'],
    ['a lone low surrogate', '\udc00ab', 'surrogate'],
    ['two high surrogates', '\ud83d\ud83d', 'surrogate'],
  ] as const)('refuses %s', (_what, value, problem) => {
    expect(textProblem(value)).toBe(problem);
    expect(issuesOf(textSchema.safeParse(value))).toEqual([`text.${problem}`]);
  });

  it.each([
    ['Norwegian letters', 'Blåbærsyltetøy Æ Ø Å'],
    ['an emoji (a surrogate pair)', 'Hei 😀'],
    ['tabs and line breaks in a remark', 'Linje 1\r\nLinje 2\tinnrykk'],
    ['markup, kept as text', '<img src=x onerror=alert(1)>'],
    ['SQL, kept as text', "'; drop table patient; --"],
  ])('accepts %s', (_what, value) => {
    expect(textSchema.parse(value)).toBe(value);
  });

  it('is what the shared schemas are built from: ids, e-mail, passwords, names and national ids refuse NUL too', () => {
    expect(idSchema.safeParse('clinic\u0000a').success).toBe(false);
    expect(emailSchema.safeParse('a\u0000@b.no').success).toBe(false);
    expect(issuesOf(signInInput.safeParse({ email: 'a@b.no', password: 'pass\u0000word' }))).toEqual(['text.control']);
    expect(
      issuesOf(
        patientDetailsSchema.safeParse({ nationalId: '04819012372', name: 'Kari\u0000 Nordmann', phone: '91234567' }),
      ),
    ).toEqual(['text.control']);
    expect(nationalIdSchema.safeParse('0481901237\ud800').success).toBe(false);
  });
});

describe('calendar dates and instants', () => {
  it('accepts dates from 2000 to 2100 and refuses impossible and far-off ones', () => {
    expect(calendarDateSchema.parse('2000-01-01')).toBe('2000-01-01');
    expect(calendarDateSchema.parse('2100-12-31')).toBe('2100-12-31');
    expect(calendarDateSchema.parse('2028-02-29')).toBe('2028-02-29');
    for (const d of [
      '1999-12-31',
      '2101-01-01',
      '0001-01-01',
      '9999-12-31',
      '2026-02-29',
      '2026-13-01',
      '2026-1-1',
      '+02026-01-01',
    ]) {
      expect(calendarDateSchema.safeParse(d).success, d).toBe(false);
    }
  });

  it('takes birth dates from 1854 (national ids of the 1800s), still refusing impossible ones', () => {
    expect(birthDateSchema.parse('1854-01-01')).toBe('1854-01-01');
    expect(birthDateSchema.parse('1985-02-28')).toBe('1985-02-28');
    for (const d of ['1853-12-31', '1985-02-30', '2101-01-01'])
      expect(birthDateSchema.safeParse(d).success, d).toBe(false);
  });

  it('accepts instants in those years, as Dates or ISO strings, and refuses the extremes of Date', () => {
    expect(instantSchema.parse('2026-03-29T01:30:00.000Z')).toEqual(new Date('2026-03-29T01:30:00.000Z'));
    // Oslo midnight at the start of 2000 is still 1999 in UTC.
    expect(instantSchema.safeParse(new Date('1999-12-31T23:00:00Z')).success).toBe(true);
    for (const d of [
      new Date(-8.64e15),
      new Date(8.64e15),
      new Date(Number.NaN),
      'i morgen',
      new Date('2101-01-01T00:00:00Z'),
    ]) {
      expect(instantSchema.safeParse(d).success, String(d)).toBe(false);
    }
  });
});
