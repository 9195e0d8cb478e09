import { describe, expect, it } from 'vitest';
import { storedTariffCode, tariffSchema } from './tariffs.js';

describe('tariff codes as stored', () => {
  it('takes a B-code typed in lower case (and with spaces around) as the upper-case B-code', () => {
    expect(storedTariffCode(' b1010 ')).toBe('B1010');
    expect(tariffSchema.parse({ id: 't-1', code: 'b1011', name: 'Kiropraktikk', kind: 'insurance' }).code).toBe(
      'B1011',
    );
  });

  it('keeps the case of every other code: Helfo’s A3a is not A3A', () => {
    expect(storedTariffCode('A3a')).toBe('A3a');
    expect(storedTariffCode('b10100')).toBe('b10100');
    expect(tariffSchema.safeParse({ id: 't-2', code: 'x100', name: 'Feil', kind: 'insurance' }).success).toBe(false);
  });
});
