import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { assertOre, formatOre, MAX_AMOUNT_ORE, oreToDecimal, parseKroner, sumOre } from './money.js';

describe('øre', () => {
  it('writes two decimals with a point, as EHF does', () => {
    expect(oreToDecimal(0)).toBe('0.00');
    expect(oreToDecimal(5)).toBe('0.05');
    expect(oreToDecimal(65000)).toBe('650.00');
    expect(oreToDecimal(118299)).toBe('1182.99');
    expect(oreToDecimal(-250)).toBe('-2.50');
    expect(() => oreToDecimal(1.5)).toThrow(RangeError);
  });

  it('reads kroner as people type them', () => {
    expect(parseKroner('650')).toBe(65000);
    expect(parseKroner('1 234,5')).toBe(123450);
    expect(parseKroner('1234.56 kr')).toBe(123456);
    expect(parseKroner('0,07')).toBe(7);
    expect(parseKroner('-10')).toBe(-1000);
    expect(parseKroner('12,345')).toBeNull();
    expect(parseKroner('abc')).toBeNull();
    expect(parseKroner('')).toBeNull();
  });

  it('refuses a negative amount with NEGATIVE_AMOUNT and a fraction of an øre with BAD_INPUT', () => {
    expect(assertOre(100, 'price')).toBe(100);
    for (const [value, code] of [
      [-1, 'NEGATIVE_AMOUNT'],
      [0.5, 'BAD_INPUT'],
      [MAX_AMOUNT_ORE + 1, 'BAD_INPUT'],
      [Number.NaN, 'BAD_INPUT'],
    ] as const) {
      try {
        assertOre(value, 'price');
        throw new Error('accepted');
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe(code);
        expect((e as AppError).values).toEqual({ field: 'price' });
      }
    }
  });

  it('sums exactly and refuses to leave the safe range', () => {
    expect(sumOre([10, 20, 30])).toBe(60);
    expect(() => sumOre([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('shows amounts in Norwegian and English', () => {
    // ICU separates with no-break spaces; compare them as spaces.
    expect(formatOre(123450, 'nb').replace(/\s/g, ' ')).toBe('1 234,50 kr');
    expect(formatOre(123450, 'en').replace(/\s/g, ' ')).toBe('NOK 1,234.50');
  });
});
